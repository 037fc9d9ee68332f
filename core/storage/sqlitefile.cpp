// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace casebench::sqlitefile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::sqlitefile)
};

struct FilenameDeleter
{
    void operator()(const char *name) const { sqlite3_free_filename(name); }
};

} // namespace

HeadRead readHead(const QString &path, qint64 count)
{
    HeadRead result;
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    if (vfs == nullptr) {
        result.errorString = Tr::tr("SQLite has no file system layer");
        return result;
    }
    const QByteArray native = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    // xOpen wants a name made by SQLite for a main database file (it may look for URI parameters
    // after it).
    const std::unique_ptr<const char, FilenameDeleter> name(
        sqlite3_create_filename(native.constData(), "", "", 0, nullptr));
    if (!name) {
        result.errorString = Tr::tr("out of memory");
        return result;
    }
    auto storage = std::make_unique<char[]>(static_cast<size_t>(vfs->szOsFile));
    auto *file = reinterpret_cast<sqlite3_file *>(storage.get());
    int outFlags = 0;
    const int rc = vfs->xOpen(vfs, name.get(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB,
                              &outFlags);
    if (rc != SQLITE_OK) {
        // xOpen leaves pMethods null on failure: there is nothing to close.
        const QFileInfo info(path);
        result.errorString = info.exists() && !info.isReadable()
                                 ? Tr::tr("permission denied")
                                 : QString::fromUtf8(sqlite3_errstr(rc));
        return result;
    }
    result.ok = true;
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) == SQLITE_OK)
        result.size = size;
    const qint64 wanted = std::min<qint64>(count, result.size);
    if (wanted > 0) {
        result.bytes.resize(wanted);
        if (file->pMethods->xRead(file, result.bytes.data(), static_cast<int>(wanted), 0)
            != SQLITE_OK) {
            result.bytes.clear();
        }
    }
    // SQLite's close keeps the descriptor open while this process holds locks on the file.
    file->pMethods->xClose(file);
    return result;
}

} // namespace casebench::sqlitefile
