// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "model/passage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebench {

class Library;
struct ParsedCase;

/// What importing a case JSON file did.
struct CaseJsonImportReport
{
    CaseId caseId;
    QString reference;    ///< as stored: the file's, or the one asked for, made unique
    QStringList warnings; ///< sentences for the user (a reference made unique)
    int documents = 0;
    int passages = 0;
    int placedAtPosition = 0; ///< the quote was at the file's offsets
    int placedByQuote = 0;    ///< the quote was found elsewhere in the text
    int orphaned = 0;         ///< not found (or orphaned in the file): kept as orphans
    int unsearched = 0; ///< of the orphans, those not looked for once the search budget was spent
    QList<FactorId> createdFactors; ///< factors the library lacked, added from the file
};

/// Stores a case read by CaseJsonReader in a library.
class CaseJsonImporter
{
public:
    /// Adds the case with its sanctions, documents (outlines and pages too) and passages, in
    /// one transaction: on any failure nothing is written. Factors are matched by key; those
    /// the library lacks are added with the file's label, category, polarity and parent.
    /// `reference`, when not empty, replaces the file's; a reference a case already has is made
    /// unique by the rule of uniqueReference() ("REF (2)"), with a warning in the report.
    /// Throws LibraryError InvalidData when a passage names a factor that neither the file nor
    /// the library has (naming `fileName`).
    static CaseJsonImportReport import(Library &library, const ParsedCase &parsed,
                                       const QString &fileName, const QString &reference = {});

    /// Most occurrences of one quote weighed when it is not at its offsets.
    static constexpr int maxQuoteCandidates = 1000;
    /// Work one import may spend looking for quotes away from their offsets: characters scanned
    /// plus 2 × Passage::contextLength per occurrence weighed. A file of 100,000 annotations
    /// quoting one letter thus costs about a second, not hours; passages left once it is spent
    /// are kept as orphans (counted in the report) for the reviewer to place.
    static constexpr qint64 quoteSearchBudget = 1'000'000'000;

    /// Where a passage's quote is in `text`: at its own offsets when it is there, else the
    /// occurrence whose surrounding text matches the passage's prefix and suffix best (the one
    /// nearest its old offset among equals) among the first maxQuoteCandidates; nothing when the
    /// quote is not in the text. With `budget`, the search spends from it as quoteSearchBudget
    /// says, stops when it is spent, and does not search at all once it is.
    [[nodiscard]] static std::optional<int> placeQuote(const QString &text, const Passage &passage,
                                                       qint64 *budget = nullptr);
};

} // namespace casebench
