// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace casebench {

/// Everything that differs between the SQL backends lives behind this, so a PostgreSQL
/// backend (a later issue) adds a dialect rather than editing repositories.
struct Dialect
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;

    [[nodiscard]] QString beginTransaction() const;   ///< "BEGIN IMMEDIATE" on SQLite
    [[nodiscard]] QString savepoint(int depth) const;
    [[nodiscard]] QString releaseSavepoint(int depth) const;
    [[nodiscard]] QString rollbackToSavepoint(int depth) const;
    /// Qt SQL driver name ("QSQLITE", "QPSQL").
    [[nodiscard]] QString driverName() const;
};

} // namespace casebench
