// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "companionguard.h"
#include "library.h"
#include "model/libraryerror.h"
#include "postgresurl.h"
#include "sessioncredentials.h"
#include "sqlvalues.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::Database)
};

// SQLite result codes (primary code = extended code & 0xff).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADb = 26;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"casebench-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

/// Turns a driver error into a sentence naming the file; the kind follows the SQLite code.
LibraryError translate(const QSqlError &error, const QString &path)
{
    using Kind = LibraryError::Kind;
    const QString file = sqlvalues::displayPath(path);
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    switch (ok ? code : 0) {
    case sqliteConstraint:
        return {Kind::Constraint,
                Tr::tr("The library %1 refused the change: %2.").arg(file, detail)};
    case sqliteBusy:
    case sqliteLocked:
        return {Kind::Io,
                Tr::tr("The library %1 is busy: another program is writing to it; try again.")
                    .arg(file)};
    case sqliteReadOnly:
        return {Kind::Io, Tr::tr("The library %1 cannot be written to: %2.").arg(file, detail)};
    case sqliteFull:
        return {Kind::Io, Tr::tr("The library %1 cannot grow: the disk is full.").arg(file)};
    case sqliteIoErr:
    case sqliteCantOpen:
        return {Kind::Io,
                Tr::tr("The library %1 could not be read or written: %2.").arg(file, detail)};
    case sqliteCorrupt:
    case sqliteNotADb:
        return {Kind::Damaged, Tr::tr("The library %1 is damaged: %2.").arg(file, detail)};
    default:
        return {Kind::Sql,
                Tr::tr("The library %1 could not run a statement: %2.").arg(file, detail)};
    }
}

/// A PostgreSQL error (by SQLSTATE) as a sentence naming the library; never the password, which
/// libpq does not repeat in its messages.
LibraryError translatePostgres(const QSqlError &error, const QString &url)
{
    using Kind = LibraryError::Kind;
    const QString library = sqlvalues::displayPath(url);
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    detail.remove(u"ERROR:  "_s);
    detail = detail.section(u'\n', 0, 0).trimmed();
    if (detail.endsWith(u'.'))
        detail.chop(1);
    const QString state = error.nativeErrorCode();
    if (state.startsWith(u"23"_s))
        return {Kind::Constraint,
                Tr::tr("The library %1 refused the change: %2.").arg(library, detail)};
    if (state == u"42501"_s) {
        return {
            Kind::Io,
            Tr::tr(
                "The library %1 refused the change: your role on the server may not make it (%2).")
                .arg(library, detail)};
    }
    if (state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s) {
        return {
            Kind::Io,
            Tr::tr("The library %1 is busy: another reviewer's change is being written; try again.")
                .arg(library)};
    }
    if (state.startsWith(u"08"_s) || state.startsWith(u"57P"_s) || state.isEmpty()) {
        if (error.type() == QSqlError::ConnectionError || state.startsWith(u"08"_s)
            || state.startsWith(u"57P"_s)) {
            return {Kind::Io,
                    Tr::tr("The connection to the library %1 failed: %2.").arg(library, detail)};
        }
    }
    if (state == u"53100"_s)
        return {Kind::Io,
                Tr::tr("The library %1 cannot grow: the server's disk is full.").arg(library)};
    if (state.startsWith(u"XX"_s))
        return {Kind::Damaged, Tr::tr("The library %1 is damaged: %2.").arg(library, detail)};
    return {Kind::Sql,
            Tr::tr("The library %1 could not run a statement: %2.").arg(library, detail)};
}

/// Runs a statement on PostgreSQL: QPSQL prepares with PREPARE, which takes no BEGIN, SET or
/// DDL, so statements without values run directly (one round trip instead of three).
bool runPostgres(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (values.isEmpty())
        return query.exec(sql);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

/// libpq's words when the server wants a password it was not given.
bool noPasswordSupplied(const QString &detail)
{
    return detail.contains(u"no password supplied"_s);
}

/// libpq's words when the server refused the password given.
bool passwordRefused(const QString &detail)
{
    return detail.contains(u"password authentication failed"_s);
}

/// The last connection of a process to close takes an exclusive lock, checkpoints and deletes
/// the write-ahead log and shared-memory file when it gets that lock, that is when no other
/// process holds a POSIX lock on the file. But a process's POSIX locks vanish when it closes any
/// descriptor of the file, which code outside Casebench may do (Qt's file-type detection reads
/// files): another window would then lose its log. So while companionguard says that another
/// Casebench program has the file open, a closing connection leaves the companion files alone;
/// the last program to close checkpoints and removes them as usual.
void keepCompanionFiles(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (sqlite == nullptr)
        return;
    sqlite3_db_config(sqlite, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

} // namespace

Database::Database(QString connectionName, QString path, Dialect dialect)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_dialect(dialect)
{}

std::unique_ptr<Database> Database::openSqlite(const QString &path, bool readOnly)
{
    Dialect dialect;
    dialect.backend = Dialect::Backend::Sqlite;
    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(name, path, dialect));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(dialect.driverName(), name);
        if (!connection.isValid()) {
            throw LibraryError(
                LibraryError::Kind::Sql,
                Tr::tr(
                    "The SQLite driver for Qt is not installed, so the library %1 cannot be opened.")
                    .arg(sqlvalues::displayPath(path)));
        }
        connection.setDatabaseName(path);
        QStringList options{u"QSQLITE_BUSY_TIMEOUT=5000"_s};
        if (readOnly)
            options.append(u"QSQLITE_OPEN_READONLY"_s);
        connection.setConnectOptions(options.join(u';'));
        if (!connection.open())
            throw translate(connection.lastError(), path);
    }
    db->m_companionKey = companionguard::acquire(path);
    return db;
}

std::unique_ptr<Database> Database::openSqliteImmutable(const QString &path)
{
    Dialect dialect;
    dialect.backend = Dialect::Backend::Sqlite;
    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(name, path, dialect));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(dialect.driverName(), name);
        const QString uri
            = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
        connection.setDatabaseName(uri + u"?mode=ro&immutable=1"_s);
        connection.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        if (!connection.open())
            throw translate(connection.lastError(), path);
    }
    return db;
}

std::unique_ptr<Database> Database::openPostgres(const QString &url, const QString &password)
{
    PostgresUrl parsed;
    QString problem;
    if (!PostgresUrl::parse(url, parsed, problem))
        throw LibraryError(LibraryError::Kind::NotALibrary, problem);
    const QString shownUrl = parsed.withoutPassword();
    const QString credentialKey = SessionCredentials::key(parsed);
    QString secret = password.isEmpty() ? parsed.password : password;
    // A password given earlier in this run (a prompt) for the same role and database: libpq's
    // own places did not have it then, or the reviewer would not have been asked.
    const bool fromSession = secret.isEmpty();
    if (fromSession)
        secret = SessionCredentials::password(credentialKey);
    // The passphrase of an encrypted client key is never part of path(): workers reopening the
    // library find it where the first connection left it, in memory.
    const QString sslKey = credentialKey + u"\nsslpassword"_s;
    if (parsed.sslPassword.isEmpty())
        parsed.sslPassword = SessionCredentials::password(sslKey);
    Dialect dialect;
    dialect.backend = Dialect::Backend::Postgres;
    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(name, shownUrl, dialect));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(dialect.driverName(), name);
        if (!connection.isValid()) {
            throw LibraryError(
                LibraryError::Kind::Sql,
                Tr::tr(
                    "The PostgreSQL driver for Qt (package libqt6sql6-psql) is not installed, so %1 cannot be opened.")
                    .arg(parsed.display()));
        }
        connection.setHostName(parsed.host);
        connection.setPort(parsed.port);
        connection.setDatabaseName(parsed.database);
        connection.setUserName(parsed.user);
        connection.setPassword(secret);
        connection.setConnectOptions(parsed.connectOptions());
        if (!connection.open()) {
            QString detail = connection.lastError().databaseText().trimmed();
            if (detail.isEmpty())
                detail = connection.lastError().text().trimmed();
            detail = detail.simplified();
            if (detail.endsWith(u'.'))
                detail.chop(1);
            if (fromSession && !secret.isEmpty() && passwordRefused(detail))
                SessionCredentials::forget(credentialKey); // changed on the server since
            if (secret.isEmpty() && noPasswordSupplied(detail)) {
                const QString role = parsed.user.isEmpty()
                                         ? QString()
                                         : Tr::tr(" for the role “%1”").arg(parsed.user);
                throw LibraryError(
                    LibraryError::Kind::Io,
                    Tr::tr(
                        "Casebench could not connect to %1: a password is required%2, and none was given or found in ~/.pgpass, a service file or PGPASSWORD.")
                        .arg(parsed.display(), role));
            }
            throw LibraryError(
                LibraryError::Kind::Io,
                Tr::tr("Casebench could not connect to %1: %2.").arg(parsed.display(), detail));
        }
        // The connection's settings would otherwise hold the password for as long as it is open.
        connection.setPassword(QString());
    }
    if (!secret.isEmpty()) {
        SessionCredentials::hold(credentialKey, secret);
        db->m_credentialKey = credentialKey;
    }
    if (!parsed.sslPassword.isEmpty()) {
        SessionCredentials::hold(sslKey, parsed.sslPassword);
        db->m_sslCredentialKey = sslKey;
    }
    // Notices (a search of stop words, IF NOT EXISTS) are not for the user's terminal.
    db->exec(u"SET client_min_messages = warning"_s);
    // New words of saved documents wait in the GIN index's pending list (up to 4 MB by default)
    // until a vacuum, and every search and ranking reads that list in full (10-30 ms each): this
    // connection's writes move them into the index once the list passes 64 kB.
    db->exec(u"SET gin_pending_list_limit = 64"_s);
    return db;
}

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen()) {
            // Should a Transaction have leaked, do not leave the file locked.
            if (m_depth > 0)
                QSqlQuery(u"ROLLBACK"_s, connection);
            if (m_dialect.backend == Dialect::Backend::Sqlite && !m_companionKey.isEmpty()
                && companionguard::othersPresent(m_companionKey)) {
                keepCompanionFiles(connection);
            }
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    companionguard::release(m_companionKey);
    if (!m_credentialKey.isEmpty())
        SessionCredentials::release(m_credentialKey);
    if (!m_sslCredentialKey.isEmpty())
        SessionCredentials::release(m_sslCredentialKey);
}

bool Database::isPasswordRequired(const QString &message)
{
    return message.contains(u"a password is required"_s) || noPasswordSupplied(message)
           || passwordRefused(message);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    return exec(sql, QVariantList(values));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection());
    // QPSQL reads a forward-only result a row at a time from the server, and loses it when another
    // statement runs on the connection before the last row is read, which repositories do (a
    // query per row read). So PostgreSQL results are read whole.
    query.setForwardOnly(m_dialect.backend != Dialect::Backend::Postgres);
    if (m_dialect.backend == Dialect::Backend::Postgres) {
        if (!runPostgres(query, sql, values))
            throw translatePostgres(query.lastError(), m_path);
        return query;
    }
    if (!query.prepare(sql))
        throw translate(query.lastError(), m_path);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw translate(query.lastError(), m_path);
    return query;
}

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void Database::begin()
{
    exec(m_depth == 0 ? m_dialect.beginTransaction() : m_dialect.savepoint(m_depth));
    ++m_depth;
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    const int depth = m_depth - 1;
    exec(depth == 0 ? u"COMMIT"_s : m_dialect.releaseSavepoint(depth));
    m_depth = depth;
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    const int depth = m_depth - 1;
    // The depth drops even when the statement fails: SQLite may already have rolled the whole
    // transaction back (after SQLITE_FULL, say), and the caller is unwinding either way.
    m_depth = depth;
    if (depth == 0) {
        exec(u"ROLLBACK"_s);
    } else {
        exec(m_dialect.rollbackToSavepoint(depth));
        exec(m_dialect.releaseSavepoint(depth));
    }
}

Transaction::Transaction(Library &library) : Transaction(library.database()) {}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_db.rollback();
    } catch (const LibraryError &) {
        // Unwinding already; the transaction is gone either way.
    }
}

void Transaction::commit()
{
    Q_ASSERT(!m_done);
    m_db.commit();
    m_done = true;
}

} // namespace casebench
