// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench", text);
}

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
        return {Kind::Constraint, tr("The library %1 refused the change: %2.").arg(file, detail)};
    case sqliteBusy:
    case sqliteLocked:
        return {
            Kind::Io,
            tr("The library %1 is busy: another program is writing to it; try again.").arg(file)};
    case sqliteReadOnly:
        return {Kind::Io, tr("The library %1 cannot be written to: %2.").arg(file, detail)};
    case sqliteFull:
        return {Kind::Io, tr("The library %1 cannot grow: the disk is full.").arg(file)};
    case sqliteIoErr:
    case sqliteCantOpen:
        return {Kind::Io, tr("The library %1 could not be read or written: %2.").arg(file, detail)};
    case sqliteCorrupt:
    case sqliteNotADb:
        return {Kind::Damaged, tr("The library %1 is damaged: %2.").arg(file, detail)};
    default:
        return {Kind::Sql, tr("The library %1 could not run a statement: %2.").arg(file, detail)};
    }
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
                tr("The SQLite driver for Qt is not installed, so the library %1 cannot be opened.")
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

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen()) {
            // Should a Transaction have leaked, do not leave the file locked.
            if (m_depth > 0)
                QSqlQuery(u"ROLLBACK"_s, connection);
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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
    query.setForwardOnly(true);
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
