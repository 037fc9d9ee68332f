// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/sanction.h"

#include <QHash>
#include <QList>

#include <optional>

namespace casebench {

class Database;

/// A case with what the case table shows about it.
struct CaseSummary
{
    Case caseRecord;
    std::optional<Sanction> currentSanction; ///< SanctionHistory::current()
    int documentCount = 0;
    int passageCount = 0;
};

/// Cases. Removing a case removes its sanctions, documents and passages.
class CaseRepository
{
public:
    explicit CaseRepository(Database &db) : m_db(db) {}

    /// Inserts a case and returns it as stored (id, timestamps, rowVersion 1). A valid id in
    /// the argument is kept (used to restore a removed case). Throws Constraint when the
    /// reference is already used.
    Case add(const Case &c);

    /// Writes every field. Throws Conflict when c.rowVersion differs from the stored one
    /// (someone else changed it), NotFound when it is gone, Constraint on a duplicate reference.
    /// Returns the case as stored (rowVersion incremented, modified set).
    Case update(const Case &c);

    /// Removes a case and everything that belongs to it. Throws NotFound.
    void remove(CaseId id);

    [[nodiscard]] std::optional<Case> find(CaseId id);
    [[nodiscard]] std::optional<Case> findByReference(const QString &reference);
    /// All cases ordered by reference.
    [[nodiscard]] QList<Case> all();
    /// All cases with their current sanction and counts, ordered by reference.
    [[nodiscard]] QList<CaseSummary> summaries();
    [[nodiscard]] std::optional<CaseSummary> summary(CaseId id);
    [[nodiscard]] int count();

    /// The row version this connection's own last write left on the case, else `fallback`
    /// (see PassageRepository::versionWritten()).
    [[nodiscard]] int versionWritten(CaseId id, int fallback) const
    {
        return m_written.value(id, fallback);
    }

private:
    Database &m_db;
    QHash<CaseId, int> m_written;
};

} // namespace casebench
