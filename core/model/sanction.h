// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumtable.h"
#include "ids.h"
#include "sanctiontype.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace casebench {

/// What a decision did to the order that stood before it. The first entry of a case's history
/// is Imposed; each review hearing adds an entry.
enum class ReviewOutcome {
    Imposed,   ///< a new order made at a final (or interim order) hearing
    Confirmed, ///< a review let the order run on unchanged
    Extended,  ///< a review extended the order by a new period
    Varied,    ///< a review changed the order's conditions or terms
    Replaced,  ///< a review replaced the order with one of another kind
    Revoked,   ///< a review ended the order
};

template <>
struct EnumTable<ReviewOutcome>
{
    static constexpr std::array<EnumEntry<ReviewOutcome>, 6> entries{{
        {ReviewOutcome::Imposed, u"imposed", QT_TRANSLATE_NOOP("casebench", "Imposed")},
        {ReviewOutcome::Confirmed, u"confirmed", QT_TRANSLATE_NOOP("casebench", "Confirmed")},
        {ReviewOutcome::Extended, u"extended", QT_TRANSLATE_NOOP("casebench", "Extended")},
        {ReviewOutcome::Varied, u"varied", QT_TRANSLATE_NOOP("casebench", "Varied")},
        {ReviewOutcome::Replaced, u"replaced",
         QT_TRANSLATE_NOOP("casebench", "Replaced by another order")},
        {ReviewOutcome::Revoked, u"revoked", QT_TRANSLATE_NOOP("casebench", "Revoked")},
    }};
};

/// One order in a case's sanction history.
struct Sanction
{
    SanctionId id;
    CaseId caseId;
    int sequence = 0; ///< position in the history, 0 = the original order
    ReviewOutcome outcome = ReviewOutcome::Imposed;
    SanctionType type = SanctionType::NoFurtherAction;
    std::optional<int> durationMonths; ///< nothing for orders without a duration
    QDate decidedOn;                   ///< date of the decision that made this entry
    QDate startDate;                   ///< when the order takes effect
    bool reviewHearing = false;        ///< a review hearing is to be held before expiry
    QString conditions;                ///< conditions text, for conditions orders
    /// Stamps set by the repository (schema 7), left out of operator==: when the entry was
    /// last written (UTC), by whom, and its row version, checked by every update and delete.
    QDateTime modified;
    QString modifiedBy;
    int rowVersion = 0;

    /// The day after the order lapses, when it has a start date and a duration.
    [[nodiscard]] std::optional<QDate> expiryDate() const;

    /// Every field but the stamps.
    friend bool operator==(const Sanction &a, const Sanction &b)
    {
        return a.id == b.id && a.caseId == b.caseId && a.sequence == b.sequence
               && a.outcome == b.outcome && a.type == b.type && a.durationMonths == b.durationMonths
               && a.decidedOn == b.decidedOn && a.startDate == b.startDate
               && a.reviewHearing == b.reviewHearing && a.conditions == b.conditions;
    }
};

/// A case's sanctions in history order, and the order each step leaves in force.
class SanctionHistory
{
public:
    SanctionHistory() = default;
    explicit SanctionHistory(QList<Sanction> entries); ///< sorted by sequence on construction

    [[nodiscard]] const QList<Sanction> &entries() const { return m_entries; }
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }

    /// The entry that decides the case's outcome: the last final (non-interim) entry, or the
    /// last entry when the history holds interim orders only. An interim order made beside a
    /// final one (to cover the appeal period) stays in the history but never displaces it.
    [[nodiscard]] std::optional<Sanction> outcomeEntry() const;

    /// The order the history ends with: outcomeEntry(), unless it revoked the order (then
    /// nothing). This is the case's outcome, whether or not the order has since lapsed.
    [[nodiscard]] std::optional<Sanction> current() const;

    /// The order of one kind (interim or final) standing before entry `index`: the last such
    /// entry before it, unless that one revoked its order. Interim and final orders form two
    /// chains: a review of a final order reviews the final chain only.
    [[nodiscard]] std::optional<Sanction> standingBefore(qsizetype index, bool interim) const;

    /// The order in force on a date: current(), unless it started after `date` or had lapsed
    /// by then. Orders without a duration (e.g. striking-off) do not lapse.
    [[nodiscard]] std::optional<Sanction> inForceOn(const QDate &date) const;

    /// The most restrictive ladder order in the history (for precedent comparison).
    [[nodiscard]] std::optional<Sanction> mostRestrictive() const;

private:
    QList<Sanction> m_entries;
};

} // namespace casebench
