// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/storage: the search syntax users type, checked and translated into FTS5's.

#include <QString>
#include <QStringList>

namespace casebench::ftsquery {

/// A user's query read as words, "phrases", prefix*, AND/OR/NOT, parentheses and title:/text:.
struct Parsed
{
    QString fts; ///< the query in FTS5 syntax (every word quoted); empty when there is a problem
    /// The same query in PostgreSQL's to_tsquery syntax: words and phrases in single quotes
    /// (a phrase becomes words joined by <->), prefix as :*, title:/text: as the weights A/B of
    /// the documents' search_vector, AND/OR/NOT as & | & !. Empty when there is a problem.
    QString tsquery;
    QString problem; ///< what is wrong, in words ("a quotation mark is not closed"); empty if fine
    /// The first word of every term not under NOT, lower-cased, without '*': where a document's
    /// text first holds one of them is a good place to look for its excerpt (PostgreSQL). Only a
    /// hint: a word may also occur inside a longer one, or the match may need words far apart.
    QStringList hints;
};

/// Checks a query and translates it (to both syntaxes). Words with punctuation inside
/// ("child-protection", "don't") become phrases, as the index splits them into words anyway;
/// lower-case and/or/not are ordinary words.
Parsed parse(const QString &query);

} // namespace casebench::ftsquery
