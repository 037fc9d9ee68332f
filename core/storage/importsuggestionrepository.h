// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storedsuggestion.h"

#include <QList>

#include <optional>

namespace casebench {

class Database;

/// The metadata suggestions made when documents were imported (table import_suggestions,
/// schema 3), kept for the reviewer to accept or dismiss later.
class ImportSuggestionRepository
{
public:
    explicit ImportSuggestionRepository(Database &db) : m_db(db) {}

    /// Stores suggestions for a document (their `document` is set to `id`); returns them with
    /// their ids. One transaction. Throws NotFound when the document does not exist.
    QList<StoredSuggestion> add(DocumentId id, const QList<StoredSuggestion> &suggestions);

    /// One suggestion, or nothing when there is no such id.
    [[nodiscard]] std::optional<StoredSuggestion> find(SuggestionId id);
    [[nodiscard]] QList<StoredSuggestion> forDocument(DocumentId id);
    /// The suggestions of all a case's documents, oldest document first.
    [[nodiscard]] QList<StoredSuggestion> forCase(CaseId caseId);
    /// The cases with at least one suggestion not dismissed (accepted or not), by id.
    [[nodiscard]] QList<CaseId> casesWithOpenSuggestions();

    /// Marks a suggestion pending or dismissed. Throws NotFound.
    void setStatus(SuggestionId id, SuggestionStatus status);

private:
    Database &m_db;
};

} // namespace casebench
