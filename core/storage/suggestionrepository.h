// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/suggestiondismissal.h"

#include <QList>

namespace casebench {

class Database;

/// Phrase suggestions the reviewer dismissed (table suggestion_dismissals, schema 4).
class SuggestionRepository
{
public:
    explicit SuggestionRepository(Database &db) : m_db(db) {}

    /// Stores a dismissal; a non-zero id is kept (for undo). Returns it as stored.
    SuggestionDismissal add(const SuggestionDismissal &dismissal);
    /// Removes a dismissal (the suggestion shows again). Throws NotFound.
    void remove(qint64 id);
    /// A document's dismissals ordered by start.
    [[nodiscard]] QList<SuggestionDismissal> forDocument(DocumentId document);

private:
    Database &m_db;
};

} // namespace casebench
