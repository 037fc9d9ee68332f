// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/analysis: the sentence that explains a precedent's rank.

#include "model/ids.h"

#include <QList>
#include <QString>

namespace casebench {

struct Factor;
struct PrecedentMatch;

namespace precedentexplanation {

/// A factor's name as it reads inside a sentence ("workload pressure"; "HCPC" stays).
QString inlineName(const Factor &factor);

/// "workload pressure, lack of supervision, …": up to `shown` names, then an ellipsis. A factor
/// in `suggested` (ascending) is marked: "dishonesty (suggested)".
QString nameList(const QList<Factor> &factors, int shown, const QList<FactorId> &suggested = {});

/// "shares 5 factors (…); differs: this case has …, the precedent has …; text similarity
/// 0.42; outcome: caution order, 3 years" ("texts not compared" when the case's text gave no
/// distinctive terms to compare). Factors that rest on a phrase suggestion are marked
/// "(suggested)".
QString explain(const PrecedentMatch &match, bool textAvailable);

} // namespace precedentexplanation

} // namespace casebench
