// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanction.h"

#include <algorithm>

namespace casebench {

std::optional<QDate> Sanction::expiryDate() const
{
    if (!startDate.isValid() || !durationMonths)
        return std::nullopt;
    return startDate.addMonths(*durationMonths);
}

SanctionHistory::SanctionHistory(QList<Sanction> entries)
    : m_entries(std::move(entries))
{
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Sanction &a, const Sanction &b) { return a.sequence < b.sequence; });
}

std::optional<Sanction> SanctionHistory::current() const
{
    if (m_entries.isEmpty() || m_entries.constLast().outcome == ReviewOutcome::Revoked)
        return std::nullopt;
    return m_entries.constLast();
}

std::optional<Sanction> SanctionHistory::inForceOn(const QDate &date) const
{
    // Walk the history up to the date: the last entry decided on or before it is what stands.
    std::optional<Sanction> standing;
    for (const Sanction &s : m_entries) {
        const QDate from = s.startDate.isValid() ? s.startDate : s.decidedOn;
        if (from.isValid() && from > date)
            break;
        standing = s;
    }
    if (!standing || standing->outcome == ReviewOutcome::Revoked)
        return std::nullopt;
    if (const auto expiry = standing->expiryDate(); expiry && *expiry <= date)
        return std::nullopt;
    return standing;
}

std::optional<Sanction> SanctionHistory::mostRestrictive() const
{
    std::optional<Sanction> best;
    for (const Sanction &s : m_entries) {
        if (s.outcome == ReviewOutcome::Revoked)
            continue;
        const auto r = sanctionladder::rank(s.type);
        if (!r)
            continue;
        if (!best || *r > *sanctionladder::rank(best->type))
            best = s;
    }
    return best;
}

} // namespace casebench
