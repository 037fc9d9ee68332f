// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {

/// One consideration of the checklist and the codebook factors that evidence it.
struct ChecklistItem
{
    QString consideration;  ///< e.g. "Insight into the failings"
    QString question;       ///< what a panel asks itself about it, one sentence
    QStringList factorKeys; ///< codebook keys (the default codebook's); sub-factors count too
    friend bool operator==(const ChecklistItem &, const ChecklistItem &) = default;
};

/// The considerations that regulators' sanctions guidance generally asks panels to weigh, in our
/// own words (not any regulator's text), each mapped to the default codebook's factor keys.
class GuidanceChecklist
{
public:
    /// The checklist, in the order a panel usually works through it.
    static QList<ChecklistItem> items();
};

} // namespace casebench
