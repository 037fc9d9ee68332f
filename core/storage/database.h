// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/storage: the connection and its exec(). Everything else reaches the library
// through Library's repositories and Transaction (storage/transaction.h).
#if !defined(CASEBENCH_STORAGE_INTERNAL)
#error "storage/database.h is private to core/storage: use Library's repositories and Transaction"
#endif

#include "storage/dialect.h"
#include "storage/transaction.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>

class QSqlQuery;

namespace casebench {

/// One named Qt SQL connection, created, used and closed on one thread. Owns the transaction
/// depth: the outermost Transaction begins and commits, inner ones become savepoints.
class Database
{
public:
    /// Opens a connection to an SQLite file (read-only when asked). Throws LibraryError.
    static std::unique_ptr<Database> openSqlite(const QString &path, bool readOnly);
    /// Opens an SQLite file read-only in SQLite's immutable mode: no locks are taken and no
    /// journal or shared-memory file is created beside it, so looking at a file leaves its folder
    /// exactly as it was. Only for a file no other connection is writing. Throws LibraryError.
    static std::unique_ptr<Database> openSqliteImmutable(const QString &path);
    /// Opens a connection to a PostgreSQL database named by a URL (postgresql://user@host:port/db
    /// ?sslmode=…&host=/socket/dir&service=…). TLS when the server offers it unless the URL says
    /// otherwise. The password is `password` (given by a prompt), else the URL's, else one given
    /// earlier in this run for the same user@host:port/db while a connection using it is still
    /// open (SessionCredentials: so background workers reopen the library by path() alone), else
    /// libpq's (.pgpass, PGPASSFILE, a service file, PGPASSWORD). A password the server accepts
    /// is kept in memory while this connection is open, never written anywhere. path() is the
    /// URL without any password. Throws LibraryError naming the server and database; when the
    /// server wants a password and none was found, the message says so (isPasswordRequired()).
    static std::unique_ptr<Database> openPostgres(const QString &url, const QString &password = {});
    ~Database();

    /// Whether a connection error's message says the server wants a password that was not
    /// given, or refused the one given.
    [[nodiscard]] static bool isPasswordRequired(const QString &message);

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] const Dialect &dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const QString &path() const { return m_path; }
    /// The reviewer name stamped on writes (created_by/modified_by); empty until set, when
    /// authorship::currentAuthor() fills it from the backend (PostgreSQL's current_user, else
    /// the OS user). Tests and the settings set it.
    [[nodiscard]] const QString &author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    /// Prepares and runs a statement with bound values (positional '?'). Throws LibraryError
    /// (Kind::Sql, or Kind::Constraint for constraint violations) with the file named.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {});
    QSqlQuery exec(const QString &sql, const QVariantList &values);
    /// Runs a statement and returns the first column of its first row (invalid if none).
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    // Used by Transaction only.
    void begin();
    void commit();
    void rollback();
    [[nodiscard]] int transactionDepth() const { return m_depth; }

private:
    Database(QString connectionName, QString path, Dialect dialect);

    QString m_connectionName;
    QString m_path;
    Dialect m_dialect;
    int m_depth = 0;
    QString m_author;
    QString m_credentialKey;    ///< the SessionCredentials entry this connection holds, if any
    QString m_sslCredentialKey; ///< the same for the passphrase of an encrypted client key
    QString m_companionKey;     ///< companionguard's mark on an SQLite file, held while open
};

/// The connection of a library, for storage itself (and storage's own tests).
Database &databaseOf(Library &library);

} // namespace casebench
