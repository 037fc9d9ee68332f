// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

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

} // namespace casebench
