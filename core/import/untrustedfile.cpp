// SPDX-License-Identifier: GPL-3.0-or-later
#include "untrustedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace casebench::untrustedfile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::untrustedfile)
};

/// What a file that is not regular is, from its stat mode.
QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return Tr::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Tr::tr("a device");
    if (S_ISSOCK(mode))
        return Tr::tr("a socket");
    if (S_ISDIR(mode))
        return Tr::tr("a folder");
    return Tr::tr("a special file");
}

QString notRegular(mode_t mode)
{
    return Tr::tr("it is not a regular file but %1, which Casebench does not read")
        .arg(kindOf(mode));
}

QString tooLarge(qint64 size, qint64 maxBytes)
{
    return Tr::tr("it is %1, more than the limit of %2").arg(sizeText(size), sizeText(maxBytes));
}

} // namespace

QString sizeText(qint64 bytes)
{
    constexpr qint64 mb = 1024 * 1024;
    if (bytes >= mb)
        return Tr::tr("%1 MB").arg(bytes / mb);
    return Tr::tr("%1 KB").arg(qMax<qint64>(1, (bytes + 1023) / 1024));
}

QString problem(const QString &path, qint64 maxBytes)
{
    // stat(), not QFileInfo: the mode tells a FIFO from a device, and it follows symbolic links
    // the way opening the file would.
    struct stat status = {};
    const QByteArray local = QFile::encodeName(path);
    if (::stat(local.constData(), &status) != 0) {
        return QFileInfo::exists(path) || QFileInfo(path).isSymLink()
                   ? Tr::tr("it cannot be read")
                   : Tr::tr("there is no such file");
    }
    if (!S_ISREG(status.st_mode))
        return notRegular(status.st_mode);
    if (status.st_size > maxBytes)
        return tooLarge(status.st_size, maxBytes);
    return {};
}

std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString &error)
{
    error = problem(path, maxBytes);
    if (!error.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = Tr::tr("it cannot be read (%1)").arg(file.errorString());
        return std::nullopt;
    }
    // The file might have been replaced between the check and the open: check what was opened.
    struct stat status = {};
    if (::fstat(file.handle(), &status) != 0 || !S_ISREG(status.st_mode)) {
        error = notRegular(status.st_mode);
        return std::nullopt;
    }
    // Read in chunks up to one byte past the cap, so a file that grew since it was measured is
    // caught without reading it all.
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(qMin<qint64>(status.st_size, maxBytes) + 1));
    constexpr qint64 chunk = 1024 * 1024;
    while (bytes.size() <= maxBytes) {
        const QByteArray part = file.read(qMin<qint64>(chunk, maxBytes + 1 - bytes.size()));
        if (part.isEmpty())
            break;
        bytes += part;
    }
    if (file.error() != QFileDevice::NoError) {
        error = Tr::tr("it cannot be read (%1)").arg(file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > maxBytes) {
        error = Tr::tr("it is more than the limit of %1").arg(sizeText(maxBytes));
        return std::nullopt;
    }
    return bytes;
}

} // namespace casebench::untrustedfile
