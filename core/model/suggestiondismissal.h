// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QDateTime>
#include <QString>

namespace casebench {

/// A suggestion the reviewer dismissed, as stored (table suggestion_dismissals, migration 4).
/// A suggestion is dismissed when one with the same factor and the same quote was dismissed in
/// the same document, so that a dismissal survives small edits elsewhere in the text.
struct SuggestionDismissal
{
    qint64 id = 0; ///< row id; 0 before it is stored
    DocumentId document;
    FactorId factor;
    int start = 0;
    int end = 0;
    QString quote;

    friend bool operator==(const SuggestionDismissal &, const SuggestionDismissal &) = default;
};

} // namespace casebench
