// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>

namespace casebench {

/// Thrown by the storage layer. The message is one complete sentence for the user, naming the
/// file or record and the problem; kind() lets callers choose an exit code or a reaction.
class LibraryError : public std::exception
{
public:
    enum class Kind {
        FileNotFound,  ///< the library file does not exist
        AlreadyExists, ///< create() refused to overwrite a file
        NotALibrary,   ///< the file is not a Casebench library (not SQLite, or another app's)
        Damaged,       ///< the file is a library but fails its integrity check or cannot be read
        TooNew,        ///< written by a newer Casebench; left untouched
        Io,            ///< the file could not be read, written or copied
        Sql,           ///< the database refused a statement (an internal error)
        Constraint,    ///< a value breaks a rule of the library (duplicate reference, in use, …)
        NotFound,      ///< a record asked for does not exist
        Conflict,      ///< the record was changed by someone else since it was read
        InvalidQuery,  ///< a malformed full-text query
        InvalidData,   ///< bad input data (e.g. a malformed codebook or demo file)
    };

    LibraryError(Kind kind, QString message);

    [[nodiscard]] Kind kind() const noexcept { return m_kind; }
    [[nodiscard]] const QString &message() const noexcept { return m_message; }
    [[nodiscard]] const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace casebench
