// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case.h"
#include "sanction.h"

#include <QList>
#include <QString>

namespace casebench {

/// One problem with a value, tied to the field it concerns so the UI can show it beside it.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    QString field; ///< the field's JSON key, e.g. "duration_months", "reference"
    Severity severity = Severity::Error;
    QString message; ///< one sentence saying exactly what is wrong

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

using ValidationIssues = QList<ValidationIssue>;

namespace validation {

/// Rules on a case's own fields (reference present and well formed, dates in order, …).
ValidationIssues validateCase(const Case &c);

/// Rules on one order under a regulator: availability of the order, duration limits
/// (e.g. HCPC: caution 1–5 years, conditions up to 3 years, suspension up to 1 year,
/// striking-off has no duration), conditions text only on conditions orders.
ValidationIssues validateSanction(const Sanction &s, Regulator regulator);

/// Rules across a history: the first entry imposes, a confirmed/extended/varied order keeps
/// its type, a replacement changes it, nothing follows a revocation but a new order, dates
/// do not go backwards. Includes validateSanction for each entry; fields are prefixed with
/// the entry's sequence ("1.duration_months").
ValidationIssues validateHistory(const QList<Sanction> &history, Regulator regulator);

bool hasErrors(const ValidationIssues &issues);
/// Issues for one field only.
ValidationIssues forField(const ValidationIssues &issues, const QString &field);

} // namespace validation

} // namespace casebench
