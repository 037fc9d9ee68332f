// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case.h"

#include <QString>

namespace casebench {

/// A case cited in one line, for a note, an email or a submission: its reference and title as
/// the bundle's subtitle gives them, then the regulator and the date of the decision (else of
/// the hearing): "NMC-0412 — Failure to escalate (NMC, 4 March 2021)". What is not known is
/// left out (the regulator "Other" too); line breaks and runs of spaces become one space.
QString caseCitation(const Case &c);

} // namespace casebench
