// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/passage.h"

#include <QHash>
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
    /// Writes every field and sets modified (and, from schema 6, modified_by). When
    /// p.rowVersion is set (> 0) the write is made only over that version, and the row version
    /// is incremented; a row changed or deleted meanwhile throws ConflictError carrying the row
    /// as it now stands. Throws NotFound.
    Passage update(const Passage &p);
    /// Deletes a passage; with expectedVersion > 0 (schema 6) only that version of it, else
    /// ConflictError. Throws NotFound when there is nothing to delete.
    void remove(PassageId id, int expectedVersion = 0);

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

    /// The row version this connection's own last write left on the passage (schema 6), else
    /// `fallback`. Undo and redo write over it: a different stored version means another
    /// reviewer wrote the passage since.
    [[nodiscard]] int versionWritten(PassageId id, int fallback) const
    {
        return m_written.value(id, fallback);
    }

private:
    Database &m_db;
    QHash<PassageId, int> m_written;
};

} // namespace casebench
