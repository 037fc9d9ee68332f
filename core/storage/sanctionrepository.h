// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sanction.h"

#include <QHash>
#include <QList>

#include <optional>

namespace casebench {

class Database;

/// Sanction histories. Entries of a case are kept ordered by sequence. From schema 7 every
/// entry carries a row version (and who wrote it, when): checked writes refuse an entry another
/// reviewer changed or removed since it was read, with a ConflictError carrying it as it now
/// stands.
class SanctionRepository
{
public:
    explicit SanctionRepository(Database &db) : m_db(db) {}

    /// Inserts an entry; a valid id is kept, and a valid `modified` (a restored or imported
    /// entry). An entry put back with its last row version carries on from it, so that a write
    /// made against an older version is still refused. Throws NotFound when the case does not
    /// exist.
    Sanction add(const Sanction &s);
    /// Writes every field of an existing entry and returns it as stored. With s.rowVersion > 0
    /// (schema 7) only over that version, else ConflictError. Throws NotFound.
    Sanction update(const Sanction &s);
    /// Removes an entry; with expectedVersion > 0 (schema 7) only that version of it, else
    /// ConflictError. Throws NotFound.
    void remove(SanctionId id, int expectedVersion = 0);
    /// Replaces a case's whole history in one transaction (ids of the given entries kept),
    /// whatever other reviewers wrote: for tools and tests. Edits use writeHistory().
    void replaceHistory(CaseId caseId, const QList<Sanction> &history);
    /// Changes a case's history from `expected` (the entries as the writer last saw them, with
    /// their row versions) to `history`, in one transaction, and returns it as stored. Only the
    /// entries that change are written, each over its expected version; a new entry, or moved
    /// ones, are refused when another reviewer added an entry meanwhile. Throws ConflictError
    /// (nothing written), NotFound when the case is gone.
    QList<Sanction> writeHistory(CaseId caseId, const QList<Sanction> &expected,
                                 const QList<Sanction> &history);

    [[nodiscard]] std::optional<Sanction> find(SanctionId id);
    /// A case's entries ordered by sequence.
    [[nodiscard]] QList<Sanction> forCase(CaseId caseId);
    [[nodiscard]] SanctionHistory history(CaseId caseId);
    [[nodiscard]] QHash<CaseId, QList<Sanction>> allByCase();

    /// The row version this connection's own last write left on the entry (schema 7), else
    /// `fallback` (see PassageRepository::versionWritten()).
    [[nodiscard]] int versionWritten(SanctionId id, int fallback) const
    {
        return m_written.value(id, fallback);
    }

private:
    Database &m_db;
    QHash<SanctionId, int> m_written;
};

} // namespace casebench
