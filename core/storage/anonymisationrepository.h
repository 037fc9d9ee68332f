// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anonymisationentry.h"
#include "model/ids.h"

#include <QList>

namespace casebench {

class Database;

/// Each case's anonymisation list (table anonymisation_entries, schema 5). Removing a case
/// removes its list.
class AnonymisationRepository
{
public:
    /// An entry with where it sits.
    struct Row
    {
        CaseId caseId;
        int position = 0;
        AnonymisationEntry entry;
    };

    explicit AnonymisationRepository(Database &db) : m_db(db) {}

    /// The case's stored entries in list order.
    [[nodiscard]] QList<AnonymisationEntry> forCase(CaseId caseId);
    /// The case's rows in list order (for restoring them after the case is removed).
    [[nodiscard]] QList<Row> rows(CaseId caseId);
    /// One row. Throws NotFound.
    [[nodiscard]] Row find(qint64 id);

    /// Stores an entry at `position` (-1: after the last). A non-zero id is kept (for undo).
    /// Throws Constraint for an empty original or a case that does not exist.
    AnonymisationEntry add(CaseId caseId, const AnonymisationEntry &entry, int position = -1);
    /// Puts rows back exactly as they were (ids and positions), in one transaction.
    void restore(const QList<Row> &rows);
    /// Makes `entries` the case's whole list, in this order, in one transaction: rows not in it
    /// go, the others are written (non-zero ids kept). Returns the entries as stored.
    QList<AnonymisationEntry> replaceForCase(CaseId caseId,
                                             const QList<AnonymisationEntry> &entries);
    /// Writes original, replacement, kind and confirmed. Throws NotFound.
    void update(const AnonymisationEntry &entry);
    /// Removes an entry. Throws NotFound.
    void remove(qint64 id);

private:
    Database &m_db;
};

} // namespace casebench
