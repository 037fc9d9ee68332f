// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymiser.h"

#include <QList>
#include <QStringList>

namespace casebench {

/// A name or identifier found in a case's text, with a proposed replacement (unconfirmed).
struct AnonymisationSuggestion
{
    AnonymisationEntry entry; ///< id 0, confirmed false
    int occurrences = 0;      ///< how often apply() would replace it in the texts
};

/// Finds what a reviewer is likely to want on a case's anonymisation list, from its documents'
/// text. Pure: no database, usable off the UI thread.
///
/// - people: sequences of capitalised words found at least twice, at least once not opening a
///   sentence, that are not headings, legal terms, regulator names, month or day names or
///   common words; or a name after a title ("Mr", "Ms", "Dr", "Nurse"…), found once or more.
///   Names that are already anonymous ("Service User A", "Colleague 2") are skipped. Each
///   person gets "Person A", "Person B"… (letters already on the list are not reused); the parts
///   of a full name found on their own get its letter.
/// - places: capitalised words ending in Hospital, Council, Ward, Trust, Home, School,
///   Surgery… ("the Hospital"; a second hospital "Hospital B").
/// - identifiers: PINs and registration numbers ("[identifier]"), UK postcodes ("[postcode]").
class AnonymisationSuggester
{
public:
    /// Suggestions for `texts` in order of first appearance, leaving out originals already on
    /// `existing` (compared case-insensitively).
    [[nodiscard]] static QList<AnonymisationSuggestion> suggest(
        const QStringList &texts, const QList<AnonymisationEntry> &existing);

    /// True for a word never suggested on its own (stop list, legal terms, months…).
    [[nodiscard]] static bool isStopWord(const QString &word);

    /// True for a medicine or controlled drug on the built-in list ("Naproxen", "Oramorph").
    [[nodiscard]] static bool isMedicine(const QString &word);

    /// True for a word with the ending of a generic drug name ("-azepam", "-olol", "-statin"…).
    /// Some surnames end so too: only a lone word never written after a title or with a first
    /// name is taken for a medicine by it.
    [[nodiscard]] static bool looksLikeMedicine(const QString &word);

    /// True for a name (one word, or "Janet Smith") that decisions routinely cite as case law or
    /// a legal test ("Roylance", "Cohen", "Grant", "Ghosh").
    [[nodiscard]] static bool isCitedAuthority(const QString &name);
};

} // namespace casebench
