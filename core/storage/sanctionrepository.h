// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sanction.h"

#include <QHash>
#include <QList>

#include <optional>

namespace casebench {

class Database;

/// Sanction histories. Entries of a case are kept ordered by sequence.
class SanctionRepository
{
public:
    explicit SanctionRepository(Database &db) : m_db(db) {}

    /// Inserts an entry; a valid id is kept. Throws NotFound when the case does not exist.
    Sanction add(const Sanction &s);
    /// Writes every field of an existing entry. Throws NotFound.
    void update(const Sanction &s);
    /// Removes an entry. Throws NotFound.
    void remove(SanctionId id);
    /// Replaces a case's whole history in one transaction (ids of the given entries kept).
    void replaceHistory(CaseId caseId, const QList<Sanction> &history);

    [[nodiscard]] std::optional<Sanction> find(SanctionId id);
    /// A case's entries ordered by sequence.
    [[nodiscard]] QList<Sanction> forCase(CaseId caseId);
    [[nodiscard]] SanctionHistory history(CaseId caseId);
    [[nodiscard]] QHash<CaseId, QList<Sanction>> allByCase();

private:
    Database &m_db;
};

} // namespace casebench
