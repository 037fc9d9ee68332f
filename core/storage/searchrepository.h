// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace casebench {

class Database;

/// A full-text search over the documents of a library.
struct SearchRequest
{
    /// FTS5 syntax: words, "phrases", prefix*, AND / OR / NOT (upper case), parentheses;
    /// title: or text: before a word or group limits it to that field. Words side by side must
    /// all occur (an implicit AND).
    QString query;
    /// Only documents of these cases; nothing = every case. (An empty list matches nothing.)
    std::optional<QList<CaseId>> cases;
    int limit = 50;        ///< at most this many hits (1 … 10000)
    int offset = 0;        ///< hits to skip, for paging
    int snippetWords = 16; ///< words around the match in each snippet (1 … 64)
    bool countAll = true;  ///< also count every matching document (SearchResult::total)
};

/// One matching document.
struct SearchHit
{
    DocumentId document;
    CaseId caseId;
    QString caseReference;
    QString documentTitle;
    /// An excerpt of the document around the best match, without markup; `highlights` says
    /// which parts of it matched. The excerpt is taken from the title when only the title
    /// matched.
    QString snippet;
    QList<QPair<int, int>> highlights; ///< (start, length) in snippet, ascending
    bool snippetFromTitle = false;
    bool snippetStartsDocument = false; ///< nothing of the text comes before the excerpt
    bool snippetEndsDocument = false;   ///< nothing of the text comes after it
    /// Where the excerpt starts in Document::text, for a citation and for opening the document
    /// there; -1 when it comes from the title. Counted in characters as SQLite counts them,
    /// which is the UTF-16 offset unless the text before it holds characters outside the Basic
    /// Multilingual Plane (emoji, rare scripts).
    int offset = -1;
    double score = 0; ///< BM25 (title twice the weight); higher is better
};

struct SearchResult
{
    QList<SearchHit> hits; ///< best first
    int total = -1;        ///< every matching document (within `cases`); -1 when not counted
};

/// Full-text search over documents, through the FTS5 index. Malformed queries are caught before
/// they reach SQLite where the syntax allows, and any the engine still refuses are explained.
class SearchRepository
{
public:
    explicit SearchRepository(Database &db) : m_db(db) {}

    /// Runs a search. Throws LibraryError InvalidQuery with one plain sentence for an empty or
    /// malformed query (unbalanced quotes or parentheses, an operator with nothing to work on,
    /// a bare NOT, "*" anywhere but the end of a word, an unknown field).
    [[nodiscard]] SearchResult search(const SearchRequest &request);

    /// What is wrong with a query, in words ("a quotation mark is not closed"); empty when the
    /// query is well-formed. Does not touch the database.
    [[nodiscard]] static QString queryProblem(const QString &query);

    /// The sentence refusing a query: "The search “…” is not a valid query: <problem>." A query
    /// of thousands of characters is shown by its beginning, so the sentence stays short.
    [[nodiscard]] static QString invalidQueryMessage(const QString &query, const QString &problem);

    /// The SQL statement search() runs for a request without a case restriction; the FTS5
    /// query is bound to both of its placeholders (for comparing with the sqlite3 shell in
    /// benchmarks).
    [[nodiscard]] static QString searchStatement(const SearchRequest &request);

private:
    Database &m_db;
};

} // namespace casebench
