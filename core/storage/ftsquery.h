// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/storage: the search syntax users type, checked and translated into FTS5's.

#include <QString>

namespace casebench::ftsquery {

/// A user's query read as words, "phrases", prefix*, AND/OR/NOT, parentheses and title:/text:.
struct Parsed
{
    QString fts;      ///< the query in FTS5 syntax (every word quoted); empty when there is a problem
    QString problem;  ///< what is wrong, in words ("a quotation mark is not closed"); empty if fine
};

/// Checks a query and translates it. Words with punctuation inside ("child-protection",
/// "don't") become phrases, as the index splits them into words anyway; lower-case and/or/not
/// are ordinary words.
Parsed parse(const QString &query);

} // namespace casebench::ftsquery
