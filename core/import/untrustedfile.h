// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a file the user chose to import (a document, a case JSON file, a REFI-QDA project, a
// codebook): only a regular file, and never more than a cap, so that /dev/zero, a FIFO or a
// file that grows while it is read cannot make an import run without end or fill the memory.

#include <QByteArray>
#include <QString>

#include <optional>

namespace casebench::untrustedfile {

/// What is wrong with importing `path`, as a phrase to follow "“name” cannot be imported: "
/// ("it is not a regular file but a named pipe (FIFO)"); empty when it is a regular file of at
/// most `maxBytes`. Checks without opening the file (opening a FIFO would wait for a writer).
QString problem(const QString &path, qint64 maxBytes);

/// The file's bytes, read only when problem() finds nothing and never more than `maxBytes`
/// (a file that grew past it since it was measured is refused); nothing with `error` set to a
/// phrase as problem() gives.
std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString &error);

/// `bytes` as "200 MB" (binary megabytes, rounded down; "1 KB" and so on below a megabyte).
QString sizeText(qint64 bytes);

} // namespace casebench::untrustedfile
