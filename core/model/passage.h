// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QDateTime>
#include <QString>

namespace casebench {

/// A tagged span of a document's text. Offsets are UTF-16 positions in Document::text; the quote
/// and its surrounding text let the passage be found again when the text changes.
struct Passage
{
    PassageId id;
    DocumentId document;
    FactorId factor;
    int start = 0;  ///< first character, inclusive
    int end = 0;    ///< one past the last character
    QString quote;  ///< exactly text.mid(start, end - start) when tagged
    QString prefix; ///< up to contextLength characters before the quote
    QString suffix; ///< up to contextLength characters after the quote
    QString note;
    QString author;     ///< who tagged it (the reviewer's name)
    QString modifiedBy; ///< who last wrote it; a stamp set by the repository (schema 6)
    QDateTime created;  ///< set by the repository (UTC) when not given
    QDateTime modified; ///< set by the repository (UTC)
    /// Not found again when its document was replaced: the quote is kept for the reviewer to
    /// re-place it, and start/end are the old offsets, which mean nothing in the new text.
    bool orphaned = false;
    /// The storage's concurrency stamp (schema 6): incremented by every write and checked by
    /// PassageRepository::update()/remove(). Stamps are not part of the value: operator==
    /// ignores rowVersion and modifiedBy.
    int rowVersion = 0;

    static constexpr int contextLength = 32;

    /// A passage over text[start, end) with its quote, prefix and suffix filled from the text.
    static Passage fromSpan(const QString &text, DocumentId document, FactorId factor, int start,
                            int end);

    friend bool operator==(const Passage &a, const Passage &b)
    {
        return a.id == b.id && a.document == b.document && a.factor == b.factor
               && a.start == b.start && a.end == b.end && a.quote == b.quote && a.prefix == b.prefix
               && a.suffix == b.suffix && a.note == b.note && a.author == b.author
               && a.created == b.created && a.modified == b.modified && a.orphaned == b.orphaned;
    }
};

} // namespace casebench
