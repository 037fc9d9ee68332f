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

    [[nodiscard]] bool isPostgres() const { return backend == Backend::Postgres; }
    /// The operator for "differs, NULL being a value": "IS NOT" ("IS DISTINCT FROM").
    [[nodiscard]] QString isNot() const;
    /// Text compared and ordered as SQLite's NOCASE column collation does (ASCII letters folded):
    /// the column itself on SQLite, whose collation does it; lower(column) on PostgreSQL (whose
    /// text columns compare as "C", so lower() folds only ASCII), matching its unique index.
    [[nodiscard]] QString noCase(const QString &column) const;
    /// A bound value ('?') to compare with noCase().
    [[nodiscard]] QString noCaseValue() const;
    /// The distinct values of an expression in a group, joined with commas.
    [[nodiscard]] QString groupConcatDistinct(const QString &expression) const;
    /// A sub-select of the integers in one bound JSON array ('?'), for "id IN (…)".
    [[nodiscard]] QString integersFromJson() const;
    /// A sub-select of the strings in one bound JSON array ('?'), in a column named value.
    [[nodiscard]] QString stringsFromJson() const;
};

} // namespace casebench
