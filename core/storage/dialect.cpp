// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

#include "migrations.h"

using namespace Qt::StringLiterals;

namespace casebench {

QString Dialect::beginTransaction() const
{
    // IMMEDIATE takes the write lock up front, so two writers wait (busy_timeout) instead of
    // one failing half-way through with SQLITE_BUSY on lock upgrade.
    return backend == Backend::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

QString Dialect::savepoint(int depth) const
{
    return u"SAVEPOINT casebench_sp%1"_s.arg(depth);
}

QString Dialect::releaseSavepoint(int depth) const
{
    return u"RELEASE SAVEPOINT casebench_sp%1"_s.arg(depth);
}

QString Dialect::rollbackToSavepoint(int depth) const
{
    return u"ROLLBACK TO SAVEPOINT casebench_sp%1"_s.arg(depth);
}

QString Dialect::driverName() const
{
    return backend == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString Dialect::isNot() const
{
    return isPostgres() ? u"IS DISTINCT FROM"_s : u"IS NOT"_s;
}

QString Dialect::noCase(const QString &column) const
{
    return isPostgres() ? u"lower(%1)"_s.arg(column) : column;
}

QString Dialect::noCaseValue() const
{
    return isPostgres() ? uR"(lower(CAST(? AS TEXT) COLLATE "C"))"_s : u"?"_s;
}

QString Dialect::groupConcatDistinct(const QString &expression) const
{
    return isPostgres() ? u"string_agg(DISTINCT CAST(%1 AS TEXT), ',')"_s.arg(expression)
                        : u"group_concat(DISTINCT %1)"_s.arg(expression);
}

QString Dialect::integersFromJson() const
{
    return isPostgres()
               ? u"SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json)) AS j (value)"_s
               : u"SELECT value FROM json_each(?)"_s;
}

QString Dialect::stringsFromJson() const
{
    return isPostgres()
               ? uR"(SELECT value COLLATE "C" AS value FROM json_array_elements_text(CAST(? AS json)) AS j (value))"_s
               : u"SELECT value FROM json_each(?)"_s;
}

QString Dialect::greatest() const
{
    return isPostgres() ? u"greatest"_s : u"max"_s;
}

QString Dialect::lockRow(const QString &table) const
{
    return isPostgres() ? u"SELECT id FROM %1 WHERE id = ? FOR UPDATE"_s.arg(table) : QString();
}

QString Dialect::hasSchemaQuery() const
{
    return isPostgres() ? u"SELECT to_regclass('casebench_meta') IS NOT NULL"_s : QString();
}

QString Dialect::schemaVersionQuery() const
{
    return isPostgres() ? u"SELECT value FROM casebench_meta WHERE key = 'schema_version'"_s
                        : u"PRAGMA user_version"_s;
}

QString Dialect::setSchemaVersion(int version) const
{
    // PRAGMA takes no bound values; the version is a number of ours.
    return isPostgres()
               ? u"UPDATE casebench_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(
                   version)
               : u"PRAGMA user_version = %1"_s.arg(version);
}

QString Dialect::applicationMarkQuery() const
{
    return isPostgres() ? u"SELECT value FROM casebench_meta WHERE key = 'application'"_s
                        : u"PRAGMA application_id"_s;
}

QString Dialect::applicationMark() const
{
    return isPostgres() ? u"casebench"_s : QString::number(migrations::applicationId);
}

QString Dialect::migrationLock() const
{
    return isPostgres() ? u"SELECT pg_advisory_xact_lock(4846791580151137091)"_s : QString();
}

QString Dialect::libraryTables() const
{
    return isPostgres() ? uR"(SELECT table_name FROM information_schema.tables
                            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                              AND table_name <> 'casebench_meta')"_s
                        : uR"(SELECT name FROM sqlite_schema WHERE type = 'table'
                            AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
                            AND name NOT LIKE 'documents\_fts%' ESCAPE '\')"_s;
}

QString Dialect::writtenColumns() const
{
    return isPostgres() ? uR"(SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'
            ORDER BY ordinal_position)"_s
                        : u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s;
}

QString Dialect::writePrivilegeQuery() const
{
    return isPostgres() ? u"SELECT has_table_privilege(current_user, 'passages', 'INSERT')"_s
                        : QString();
}

QString Dialect::currentUserQuery() const
{
    return isPostgres() ? u"SELECT current_user"_s : QString();
}

QString Dialect::quietChanges() const
{
    return isPostgres() ? u"SET LOCAL casebench.quiet = 'on'"_s : QString();
}

QString Dialect::rebuildFullText() const
{
    return isPostgres() ? QString()
                        : u"INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')"_s;
}

} // namespace casebench
