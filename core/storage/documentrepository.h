// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/textfingerprint.h"

#include <QList>

#include <optional>

namespace casebench {

class Database;

/// Documents and the full-text index over their text (FTS5 on SQLite).
class DocumentRepository
{
public:
    explicit DocumentRepository(Database &db) : m_db(db) {}

    /// Inserts a document (and indexes its text, and from schema 8 stores its text
    /// fingerprint); a valid id is kept. An empty contentHash is filled with
    /// Document::hashOfText. Throws NotFound when the case does not exist.
    Document add(const Document &d);
    /// add() with the fingerprint of d.text already computed (ImportService::prepare does it
    /// off the UI thread): it must be fingerprint::compute(d.text).
    Document add(const Document &d, const TextFingerprint &fingerprint);
    /// Writes every field and re-indexes (the fingerprint too, when the text changed). Throws
    /// NotFound.
    void update(const Document &d);
    /// Removes a document and its passages. Throws NotFound.
    void remove(DocumentId id);

    [[nodiscard]] std::optional<Document> find(DocumentId id);
    /// A case's documents ordered by date then title; without text when withText is false.
    [[nodiscard]] QList<Document> forCase(CaseId caseId, bool withText = true);
    /// Documents with this content hash anywhere in the library (duplicate detection).
    [[nodiscard]] QList<Document> findByHash(const QString &contentHash);

    /// Documents whose title or text match an FTS5 query (words, "phrases", prefix*, AND/OR/NOT),
    /// best match first. Throws InvalidQuery with a plain message for a malformed query.
    [[nodiscard]] QList<DocumentId> search(const QString &query);

private:
    Database &m_db;
};

} // namespace casebench
