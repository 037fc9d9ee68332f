// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace casebench {

class Library;

/// Writes libraries of synthetic cases for tests and benchmarks: decisions of realistic length
/// (5–40 pages, most of them short) built from a decision's usual sections, a theme per case
/// with its own vocabulary, factor mixes that fit the theme tagged as passages, and a sanction
/// history that follows the factors. The same options always give the same library.
/// Every case is fictional; names are made up from syllables.
class CorpusGenerator
{
public:
    struct Options
    {
        int cases = 100;
        quint32 seed = 1;
        int minPages = 5;
        int maxPages = 40;
        int wordsPerPage = 450;
        int casesPerTransaction = 500; ///< cases written per transaction
    };

    /// Called after each transaction with the cases written so far; return false to stop.
    using Progress = std::function<bool(int written, int total)>;

    /// Adds the cases to an open library (references GEN-000001 …, which must be free). The
    /// codebook must hold the default factors. Throws LibraryError; a transaction that fails
    /// is rolled back, earlier ones stay.
    static void populate(Library &library, const Options &options, const Progress &progress = {});

    /// Creates a new library file at `path` (refusing to overwrite) and fills it.
    static std::unique_ptr<Library> create(const QString &path, const Options &options,
                                           const Progress &progress = {});
};

} // namespace casebench
