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

} // namespace casebench
