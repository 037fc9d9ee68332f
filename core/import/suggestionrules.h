// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/sanction.h"
#include "model/storedsuggestion.h"

#include <QString>

#include <optional>

namespace casebench {

/// What an import suggestion means for a case: whether the case already holds it, what the
/// case holds now, and the case (or sanction entry) accepting it gives. Pure: the caller makes
/// the edit (through LibrarySession, so that it can be undone).
namespace suggestionrules {

/// The suggested value in words: "HCPC", "14 Apr 2026", "Suspension order, 12 months".
QString suggestedText(const StoredSuggestion &s);

/// What the case holds for the suggestion's field now, in words ("" when nothing).
QString currentText(const StoredSuggestion &s, const Case &c, const SanctionHistory &history);

/// True when the case already holds the suggested value (the suggestion was accepted, or the
/// reviewer entered the same).
bool isHeld(const StoredSuggestion &s, const Case &c, const SanctionHistory &history);

/// The case with the suggestion accepted; unchanged for Sanction and InterimOrder, and for a
/// value that cannot be read.
Case accepted(const StoredSuggestion &s, const Case &c);

/// The sanction entry accepting a Sanction or InterimOrder suggestion appends to the history
/// (dated with the case's decision date); nothing for other fields.
std::optional<Sanction> acceptedSanction(const StoredSuggestion &s, const Case &c);

} // namespace suggestionrules

} // namespace casebench
