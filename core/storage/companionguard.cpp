// SPDX-License-Identifier: GPL-3.0-or-later
#include "companionguard.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace casebench::companionguard {

namespace {

/// Far above the bytes SQLite locks (0x40000000 and the 510 after it); a lock may lie past the
/// end of a file.
constexpr off_t markOffset = 0x7ff00000;

struct Mark
{
    int fd = -1;
    int holders = 0;
};

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Mark> &registry()
{
    static QHash<QString, Mark> marks;
    return marks;
}

QString keyOf(const struct stat &info)
{
    return u"%1:%2"_s.arg(static_cast<qulonglong>(info.st_dev))
        .arg(static_cast<qulonglong>(info.st_ino));
}

#ifdef F_OFD_SETLK
bool ofdLock(int fd, int command, short type, struct flock *out = nullptr)
{
    struct flock lock
    {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = markOffset;
    lock.l_len = 1;
    lock.l_pid = 0; // required for open-file-description locks
    const bool ok = ::fcntl(fd, command, &lock) == 0;
    if (out != nullptr)
        *out = lock;
    return ok;
}
#endif

} // namespace

QString acquire(const QString &path)
{
#ifdef F_OFD_SETLK
    const QByteArray native = QFile::encodeName(path);
    struct stat info
    {};
    if (::stat(native.constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    const QString key = keyOf(info);
    const QMutexLocker locker(&registryMutex());
    Mark &mark = registry()[key];
    if (mark.holders == 0) {
        // Opened only when this process has no mark on the file yet, and closed only when its
        // last connection has gone: a close while SQLite holds locks would drop them.
        const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || !ofdLock(fd, F_OFD_SETLK, F_RDLCK)) {
            if (fd >= 0)
                ::close(fd);
            registry().remove(key);
            return {};
        }
        mark.fd = fd;
    }
    ++mark.holders;
    return key;
#else
    Q_UNUSED(path);
    return {};
#endif
}

void release(const QString &key)
{
    if (key.isEmpty())
        return;
    const QMutexLocker locker(&registryMutex());
    const auto found = registry().find(key);
    if (found == registry().end())
        return;
    if (--found->holders == 0) {
        ::close(found->fd);
        registry().erase(found);
    }
}

bool othersPresent(const QString &key)
{
#ifdef F_OFD_SETLK
    if (key.isEmpty())
        return true; // unknown: assume someone may be there
    const QMutexLocker locker(&registryMutex());
    const auto found = registry().constFind(key);
    if (found == registry().constEnd())
        return true;
    // Through this process's own description, so only other processes' marks conflict.
    struct flock probe
    {};
    if (!ofdLock(found->fd, F_OFD_GETLK, F_WRLCK, &probe))
        return true;
    return probe.l_type != F_UNLCK;
#else
    Q_UNUSED(key);
    return true;
#endif
}

} // namespace casebench::companionguard
