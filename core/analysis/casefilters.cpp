// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilters.h"

#include "caseprofile.h"

namespace casebench {

bool CaseFilters::isEmpty() const
{
    return regulators.isEmpty() && professions.isEmpty() && !yearFrom && !yearTo
           && sanctions.isEmpty() && grounds.isEmpty();
}

bool CaseFilters::accepts(const CaseProfile &profile) const
{
    if (!includePreparation && profile.role == CaseRole::Preparation)
        return false;
    if (!regulators.isEmpty() && !regulators.contains(profile.regulator))
        return false;
    if (!professions.isEmpty()) {
        const bool any = std::any_of(
            professions.cbegin(), professions.cend(), [&](const QString &p) {
                return p.trimmed().compare(profile.profession.trimmed(), Qt::CaseInsensitive) == 0;
            });
        if (!any)
            return false;
    }
    if ((yearFrom || yearTo) && profile.year == 0)
        return false;
    if (yearFrom && profile.year < *yearFrom)
        return false;
    if (yearTo && profile.year > *yearTo)
        return false;
    if (!sanctions.isEmpty()) {
        // Compared by hand: GCC 12 warns (wrongly) about an uninitialised optional otherwise.
        const bool hasOutcome = profile.sanction.has_value();
        const bool any = std::any_of(
            sanctions.cbegin(), sanctions.cend(), [&](const std::optional<SanctionType> &s) {
                return hasOutcome ? (s.has_value() && *s == profile.sanction->type)
                                  : !s.has_value();
            });
        if (!any)
            return false;
    }
    if (!grounds.isEmpty()) {
        const bool any = std::any_of(grounds.cbegin(), grounds.cend(), [&](StatutoryGround g) {
            return profile.grounds.contains(g);
        });
        if (!any)
            return false;
    }
    return true;
}

} // namespace casebench
