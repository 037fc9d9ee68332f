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

    [[nodiscard]] QString beginTransaction() const; ///< "BEGIN IMMEDIATE" on SQLite
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
    /// The larger of two values in one row: "max" ("greatest").
    [[nodiscard]] QString greatest() const;
    /// Takes the row of `table` whose id is bound ('?') until commit, so that what is read of
    /// it stays true; empty on SQLite, whose write transaction holds the whole file already.
    [[nodiscard]] QString lockRow(const QString &table) const;

    // The schema's bookkeeping (migrations.cpp, library*.cpp).
    /// Whether the schema's bookkeeping exists yet (a statement returning a boolean); empty on
    /// SQLite, where every file has a version (0 when empty).
    [[nodiscard]] QString hasSchemaQuery() const;
    /// The recorded schema version: PRAGMA user_version (casebench_meta on PostgreSQL).
    [[nodiscard]] QString schemaVersionQuery() const;
    /// The statement recording `version`.
    [[nodiscard]] QString setSchemaVersion(int version) const;
    /// Casebench's mark: the statement reading it and the value it must return.
    [[nodiscard]] QString applicationMarkQuery() const;
    [[nodiscard]] QString applicationMark() const;
    /// Serialises migrations between clients of one server until commit; empty on SQLite.
    [[nodiscard]] QString migrationLock() const;
    /// Whether the schema may be built inside an enclosing transaction (PostgreSQL's DDL is
    /// transactional; SQLite's PRAGMAs are not all).
    [[nodiscard]] bool transactionalSchema() const { return isPostgres(); }

    /// The library's own tables, one name a row: not the backend's bookkeeping, SQLite's FTS5
    /// index (rebuilt, not copied) or PostgreSQL's casebench_meta (written by the schema itself).
    [[nodiscard]] QString libraryTables() const;
    /// The columns a row of one table (bound, '?') is written with, in order, one name a row
    /// (PostgreSQL's generated columns, such as the tsvector, are computed and left out).
    [[nodiscard]] QString writtenColumns() const;

    /// Whether the connected role may write the library (a statement returning a boolean);
    /// empty on SQLite, where the file's permissions say it.
    [[nodiscard]] QString writePrivilegeQuery() const;
    /// The backend's name for the connected user (a statement); empty on SQLite.
    [[nodiscard]] QString currentUserQuery() const;
    /// Keeps the change notifications of this transaction quiet (a copy is not an edit); empty
    /// on SQLite, which sends none.
    [[nodiscard]] QString quietChanges() const;
    /// Rebuilds the full-text index from the documents; empty on PostgreSQL, whose index is a
    /// generated column.
    [[nodiscard]] QString rebuildFullText() const;
};

} // namespace casebench
