// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/passage.h"

#include <QList>

#include <optional>

namespace casebench {

class Database;

/// Tagged passages.
class PassageRepository
{
public:
    explicit PassageRepository(Database &db) : m_db(db) {}

    /// Inserts a passage; a valid id is kept; created/modified default to now. Throws NotFound
    /// when the document or factor does not exist, Constraint when the span is empty or
    /// negative.
    Passage add(const Passage &p);
    /// Writes every field and sets modified. Throws NotFound.
    Passage update(const Passage &p);
    void remove(PassageId id);

    [[nodiscard]] std::optional<Passage> find(PassageId id);
    /// Passages of a document ordered by start.
    [[nodiscard]] QList<Passage> forDocument(DocumentId document);
    /// Passages of every document of a case ordered by document then start.
    [[nodiscard]] QList<Passage> forCase(CaseId caseId);
    [[nodiscard]] int countForFactor(FactorId factor);
    /// Passages tagged with a factor, ordered by id.
    [[nodiscard]] QList<Passage> forFactor(FactorId factor);
    /// Re-tags passages with another factor, leaving every other field (and `modified`) as it
    /// is: for merging and deleting factors, which change the codebook, not the passages.
    void setFactor(const QList<PassageId> &ids, FactorId factor);

private:
    Database &m_db;
};

} // namespace casebench
