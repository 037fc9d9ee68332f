// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace casebench::sqlitefile {

/// What a raw read of the start of a file found.
struct HeadRead
{
    bool ok = false;     ///< the file could be opened for reading
    QByteArray bytes;    ///< up to the bytes asked for (fewer when the file is shorter)
    qint64 size = 0;     ///< the file's size in bytes
    QString errorString; ///< why it could not be opened, when !ok
};

/// Reads the first `count` bytes of a library file through SQLite's own file layer instead of a
/// QFile. POSIX advisory locks belong to a process and a file, not to a descriptor: closing *any*
/// descriptor of a database file drops every lock this process holds on it, so another program
/// would think it is the last one using the file and delete the write-ahead log beside it. SQLite
/// knows which descriptors its connections use and keeps a closed one open until they are done.
/// Every read of a library file while a connection may be open goes through here.
[[nodiscard]] HeadRead readHead(const QString &path, qint64 count);

} // namespace casebench::sqlitefile
