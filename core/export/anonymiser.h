// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anonymisationentry.h"
#include "model/ids.h"

#include <QList>
#include <QPair>
#include <QSharedPointer>
#include <QString>

namespace casebench {

class Library;

/// Replaces the names and identifiers on an anonymisation list in text. Cheap to copy (the
/// compiled patterns are shared) and safe to use from several threads at once.
///
/// Matching is case-insensitive and by whole words (a name inside a longer word is left alone);
/// any run of whitespace or line breaks inside a name matches, a hyphen may be followed by a line
/// break, straight and curly apostrophes match each other and accented letters match in composed
/// and decomposed form. Invisible characters (soft hyphens, zero-width spaces and joiners: Unicode
/// Cf) and a hyphen breaking a word before a line break or space ("Smi-⏎th") may hide inside a
/// name; a person's name of several words also matches with capital initials ("J. Smith",
/// "J Smith", "Ms J. A. Smith"). Possessives are kept ("Smith's" → "Person A's"). Longer originals
/// win over shorter ones they overlap ("Jane Smith" before "Smith"), and replacements are never
/// searched again. A lower-case replacement opening a sentence is capitalised ("The Registrant"),
/// and an all-capitals name gets an all-capitals replacement.
class Anonymiser
{
public:
    Anonymiser() = default;                                 ///< applies nothing
    explicit Anonymiser(QList<AnonymisationEntry> entries); ///< confirmed entries only are used
    /// The case's stored, confirmed list, with the registrant's names (see
    /// anonymisation::registrantEntries) wherever the stored list does not mention them.
    /// Throws LibraryError.
    static Anonymiser forCase(Library &library, CaseId id);

    [[nodiscard]] bool isEmpty() const;
    /// The entries in use (confirmed, non-empty), longest original first.
    [[nodiscard]] QList<AnonymisationEntry> entries() const;

    /// The text with every confirmed original replaced.
    [[nodiscard]] QString apply(const QString &text) const;

    /// Anonymised text with anchors from offsets in the original text to offsets in the new one.
    struct Mapped
    {
        QString text;
        QList<QPair<int, int>> offsets; ///< (original offset, new offset) anchors, ascending
        /// The offset in `text` of an offset in the original: unchanged stretches shift, an offset
        /// inside a replaced name lands inside (or at the end of) its replacement.
        [[nodiscard]] int map(int originalOffset) const;
    };
    [[nodiscard]] Mapped applyMapped(
        const QString &text) const; ///< for exports that keep positions

    /// How many replacements apply() makes in `text`.
    [[nodiscard]] int count(const QString &text) const;

private:
    struct Compiled;
    struct Claim
    {
        qsizetype start;
        qsizetype end;
        qsizetype entry;
    };
    /// Where apply() replaces, in text order.
    [[nodiscard]] QList<Claim> claims(const QString &text) const;

    QSharedPointer<const QList<Compiled>> m_compiled;
};

/// The stem of a suggested file name for an export of the case `reference`: the reference, or
/// when anonymising (`anonymiser` given) the reference through the case's list followed by
/// "-anonymised", so that an anonymised file is never named after a real reference the list
/// changes. Characters file systems refuse, and spaces, become "-".
[[nodiscard]] QString exportFileStem(const QString &reference, const Anonymiser *anonymiser);
/// The same with the case's own list read from `library`; "anonymised" alone when it cannot be.
[[nodiscard]] QString anonymisedFileStem(Library &library, CaseId id, const QString &reference);

} // namespace casebench
