// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumtable.h"
#include "regulator.h"

#include <optional>

namespace casebench {

/// The kinds of outcome a panel can order. The first eight form the sanction ladder, least
/// restrictive first; voluntary removal and the interim orders are kinds of their own.
enum class SanctionType {
    NoFurtherAction,
    Advice,
    Warning,
    Mediation,
    CautionOrder,
    ConditionsOfPractice,
    Suspension,
    StrikingOff,
    VoluntaryRemoval,
    InterimConditions,
    InterimSuspension,
};

template <>
struct EnumTable<SanctionType>
{
    static constexpr std::array<EnumEntry<SanctionType>, 11> entries{{
        {SanctionType::NoFurtherAction, u"no_further_action",
         QT_TRANSLATE_NOOP("casebench", "No further action")},
        {SanctionType::Advice, u"advice", QT_TRANSLATE_NOOP("casebench", "Advice")},
        {SanctionType::Warning, u"warning", QT_TRANSLATE_NOOP("casebench", "Warning")},
        {SanctionType::Mediation, u"mediation", QT_TRANSLATE_NOOP("casebench", "Mediation")},
        {SanctionType::CautionOrder, u"caution_order",
         QT_TRANSLATE_NOOP("casebench", "Caution order")},
        {SanctionType::ConditionsOfPractice, u"conditions_of_practice",
         QT_TRANSLATE_NOOP("casebench", "Conditions of practice order")},
        {SanctionType::Suspension, u"suspension",
         QT_TRANSLATE_NOOP("casebench", "Suspension order")},
        {SanctionType::StrikingOff, u"striking_off",
         QT_TRANSLATE_NOOP("casebench", "Striking-off order")},
        {SanctionType::VoluntaryRemoval, u"voluntary_removal",
         QT_TRANSLATE_NOOP("casebench", "Voluntary removal")},
        {SanctionType::InterimConditions, u"interim_conditions",
         QT_TRANSLATE_NOOP("casebench", "Interim conditions of practice order")},
        {SanctionType::InterimSuspension, u"interim_suspension",
         QT_TRANSLATE_NOOP("casebench", "Interim suspension order")},
    }};
};

/// Rules of the sanction ladder and of how each regulator words and limits its orders.
namespace sanctionladder {

/// Position on the ladder (0 = no further action … 7 = striking-off), or nothing for
/// voluntary removal and interim orders, which are not sanctions on the ladder.
std::optional<int> rank(SanctionType type);

/// True for types that sit on the ladder.
bool isOnLadder(SanctionType type);

/// True for interim orders (made before the facts are decided).
bool isInterim(SanctionType type);

/// True for orders that run for a time (caution, conditions, suspension, interim orders, and
/// warnings where the regulator time-limits them).
bool isTimeLimited(SanctionType type, Regulator regulator);

/// The regulator's own name for an order, e.g. Social Work England's "Removal order" or the
/// GMC's "Erasure" for a striking-off; the generic label where the regulator has no term.
QString regulatorTerm(SanctionType type, Regulator regulator);

/// Maps a regulator's wording of an order ("removal order", "erasure", "agreed removal",
/// "caution", "conditions of practice order", "suspended", "struck off", "reprimand", …) onto
/// the ladder. Case-insensitive; surrounding words are ignored. Nothing when no order is named.
std::optional<SanctionType> fromWording(QStringView wording,
                                        Regulator regulator = Regulator::Other);

/// Whether the regulator's panels can make this order at all.
bool isAvailable(SanctionType type, Regulator regulator);

/// The duration limits a regulator sets for an order, in months.
struct DurationRule
{
    bool durationAllowed = false;  ///< false: the order has no duration (e.g. striking-off)
    bool durationRequired = false; ///< true: an order of this kind must state one
    int minMonths = 0;
    int maxMonths = 0;
    QList<int> allowedMonths; ///< non-empty: only these values (SWE warnings: 12, 36, 60)
    QString description;      ///< e.g. "between 1 and 5 years"
};

DurationRule durationRule(SanctionType type, Regulator regulator);

} // namespace sanctionladder

} // namespace casebench
