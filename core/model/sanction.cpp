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

SanctionHistory::SanctionHistory(QList<Sanction> entries) : m_entries(std::move(entries))
{
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Sanction &a, const Sanction &b) { return a.sequence < b.sequence; });
}

std::optional<Sanction> SanctionHistory::outcomeEntry() const
{
    // An interim order (one made for the appeal period, or while the case waits) never stands
    // for the case's outcome once a final order is in the history: the last final entry does.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (!sanctionladder::isInterim(it->type))
            return *it;
    }
    if (m_entries.isEmpty())
        return std::nullopt;
    return m_entries.constLast();
}

std::optional<Sanction> SanctionHistory::current() const
{
    const auto entry = outcomeEntry();
    if (!entry || entry->outcome == ReviewOutcome::Revoked)
        return std::nullopt;
    return entry;
}

std::optional<Sanction> SanctionHistory::standingBefore(qsizetype index, bool interim) const
{
    std::optional<Sanction> standing;
    for (qsizetype i = 0; i < index && i < m_entries.size(); ++i) {
        const Sanction &s = m_entries.at(i);
        if (sanctionladder::isInterim(s.type) != interim)
            continue;
        if (s.outcome == ReviewOutcome::Revoked)
            standing.reset();
        else
            standing = s;
    }
    return standing;
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
