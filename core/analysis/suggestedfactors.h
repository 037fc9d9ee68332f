// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"
#include "model/ids.h"

#include <QHash>
#include <QList>

namespace casebench {

class Library;

/// The factors that the codebook's phrases suggest for each case: every factor with a phrase
/// suggestion (PhraseSuggester) in one of the case's documents that the reviewer did not
/// dismiss. Precedent ranking counts them as weaker evidence than tagged passages, so that a
/// library of imported decisions nobody has tagged yet still gives useful precedents.
///
/// Finding the phrases in every document at every ranking would be far too slow for a large
/// library, so each document's suggestions (factor and sentence hash) are found once and kept in
/// memory for the whole process, keyed on the library, the document id, its content hash (which
/// replacing a document's text changes) and a revision of the codebook's phrases (a hash of every
/// factor's phrases). A later call reads only those stamps (one lean query, no text), finds the
/// suggestions of new and changed documents (a batch of texts at a time, searched on a thread
/// pool of the call's own), and applies the dismissals, which it reads each time (a small
/// table). Nothing is stored in the library. Thread-safe: the precedents dock's worker and a bundle
/// on the UI thread share the cache.
class SuggestedFactors
{
public:
    /// What one call did, for tests and benchmarks.
    struct Stats
    {
        int documents = 0; ///< documents of the library
        int computed = 0;  ///< documents whose phrases were looked for (not in the cache)
    };

    /// Every case's suggested factors (distinct, ascending by id), dismissed suggestions left
    /// out; cases with none are absent. Tagged factors are not taken out: the caller knows them.
    /// Reads the library on the calling thread (which must own it); throws LibraryError.
    [[nodiscard]] static QHash<CaseId, QList<FactorId>> byCase(Library &library,
                                                               const QList<Factor> &codebook,
                                                               Stats *stats = nullptr);

    /// A hash of the codebook's phrases (factor ids and phrases, in order): suggestions found
    /// under one revision are found again under it.
    [[nodiscard]] static size_t phrasesRevision(const QList<Factor> &codebook);

    /// Forgets every cached document, of every library (benchmarks measure the first ranking).
    static void clearCache();
};

} // namespace casebench
