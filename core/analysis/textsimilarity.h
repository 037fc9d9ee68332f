// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/analysis: the text part of precedent ranking.

#include "model/ids.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace casebench {

class Library;

/// Likeness of decision texts through the full-text index: the case's most distinctive terms
/// (high in the case, rare in the library: tf·idf) are run as one BM25 OR query, and each
/// case's best document score is divided by the score of the case's own text, so that 1 means
/// "as alike as the case to itself".
///
/// Why BM25 through FTS5 rather than TF-IDF cosine over stored vectors: the index already
/// exists and stays current through its triggers, so no migration, no second copy of every
/// document's terms and no invalidation; the query costs one vocabulary look-up and one
/// OR query whose doclists are short because the terms are rare.
class TextSimilarity
{
public:
    explicit TextSimilarity(Library &library) : m_library(library) {}

    struct Scores
    {
        QHash<CaseId, double> byCase; ///< 0 … 1; cases not listed score 0
        QStringList terms;            ///< the distinctive terms queried
        bool available = false;       ///< false: the case has no usable text
    };

    /// Text likeness of every other case to `subject`.
    Scores scoresFor(CaseId subject);

    /// Forgets the document frequencies learnt from the index (after the library changed).
    void invalidate();

    /// Terms of a text as the index tokenises them (lower case, diacritics removed, letters and
    /// digits), with counts; words shorter than three characters, numbers and common function
    /// words left out.
    static QHash<QString, int> termCounts(const QString &text);

    static constexpr int queryTerms = 24;      ///< distinctive terms per query
    static constexpr int candidateTerms = 150; ///< most frequent terms looked up in the index
    static constexpr int sampleSize = 40;      ///< documents sampled to learn common words

private:
    Library &m_library;
    // Document frequencies already looked up. Counting a term's documents reads its whole
    // doclist, so a common word costs in proportion to the library; each is read once.
    QHash<QString, int> m_frequencies;
    int m_documents = -1;
    // Words in a quarter or more of a sample of documents: common, so never looked up.
    QSet<QString> m_common;
    bool m_sampled = false;

    void learnCommonWords();
};

} // namespace casebench
