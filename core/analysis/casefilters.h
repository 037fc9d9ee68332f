// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/sanctiontype.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace casebench {

struct CaseProfile;

/// Which cases may appear among precedents and search results. Each list is "any of"; an empty
/// list or an unset bound lets every case through. The filters of the precedent list and of the
/// search dialog are the same value.
struct CaseFilters
{
    QList<Regulator> regulators;
    QStringList professions;     ///< matched case-insensitively, as whole names
    std::optional<int> yearFrom; ///< inclusive; cases of unknown year are then left out
    std::optional<int> yearTo;   ///< inclusive
    /// Outcomes (the order each case ended with). An entry of nothing stands for "no order".
    QList<std::optional<SanctionType>> sanctions;
    QList<StatutoryGround> grounds; ///< a case passes when it has any of them
    /// Cases in the library for preparation (CaseRole::Preparation) are not precedents; the
    /// precedent list leaves them out unless this is set. Search always covers them.
    bool includePreparation = false;

    /// True when no filter narrows the cases (includePreparation aside).
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool accepts(const CaseProfile &profile) const;

    friend bool operator==(const CaseFilters &, const CaseFilters &) = default;
};

} // namespace casebench
