// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace casebench {

class Database;
class Library;

/// Everything that belongs to one case, row for row: the case, and every row of every table
/// that refers to it directly (sanctions, documents, its anonymisation list) or through its
/// documents (sources, pages, outlines, import suggestions, passages, dismissed suggestions,
/// fingerprints). Removing a case and restoring its snapshot leaves the library as it was, ids,
/// row versions and authorship stamps included. The tables are listed once, in tables(), beside
/// the copier's order (a test fails when the schema gains a table that refers to a case and is
/// not listed here).
class CaseSnapshot
{
public:
    /// A table that belongs to a case and how its rows are found: `condition` is an SQL
    /// condition with one '?' for the case id.
    struct Table
    {
        QString name;
        QString condition;
    };
    /// The tables a snapshot covers, parents before children (the order restore() writes in).
    /// A table this schema does not have yet (an older library) is skipped.
    [[nodiscard]] static const QList<Table> &tables();

    /// Reads every row of the case. Call it inside the transaction that removes the case, so
    /// that what is kept is what is removed. Throws LibraryError (NotFound when the case does
    /// not exist).
    [[nodiscard]] static CaseSnapshot read(Library &library, CaseId id);

    /// Writes every row back under its ids, in one transaction (or inside the caller's).
    /// Throws LibraryError; nothing is written then.
    void restore(Library &library) const;

    [[nodiscard]] CaseId caseId() const { return m_caseId; }
    [[nodiscard]] bool isEmpty() const { return !m_caseId.isValid(); }
    /// Rows held of one table (0 for a table not covered).
    [[nodiscard]] qsizetype rowCount(const QString &table) const;

private:
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };

    CaseId m_caseId;
    QList<Rows> m_tables;
};

} // namespace casebench
