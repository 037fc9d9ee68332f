// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumtable.h"
#include "ids.h"
#include "regulator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace casebench {

enum class HearingType { Final, Review, InterimOrder, Restoration };

/// The panel's finding on the facts alleged.
enum class FactsFinding { NotDetermined, Proved, PartlyProved, NotProved };

/// The statutory ground on which fitness to practise was found impaired (or considered).
enum class StatutoryGround { Misconduct, LackOfCompetence, Conviction, Health, Other };

/// Tri-state finding on current impairment.
enum class ImpairmentFinding { NotDetermined, Impaired, NotImpaired };

/// What the case is in the library for.
enum class CaseRole { Precedent, Preparation };

template <>
struct EnumTable<HearingType>
{
    static constexpr std::array<EnumEntry<HearingType>, 4> entries{{
        {HearingType::Final, u"final", QT_TRANSLATE_NOOP("casebench", "Final hearing")},
        {HearingType::Review, u"review", QT_TRANSLATE_NOOP("casebench", "Review hearing")},
        {HearingType::InterimOrder, u"interim_order",
         QT_TRANSLATE_NOOP("casebench", "Interim order hearing")},
        {HearingType::Restoration, u"restoration",
         QT_TRANSLATE_NOOP("casebench", "Restoration hearing")},
    }};
};

template <>
struct EnumTable<FactsFinding>
{
    static constexpr std::array<EnumEntry<FactsFinding>, 4> entries{{
        {FactsFinding::NotDetermined, u"not_determined",
         QT_TRANSLATE_NOOP("casebench", "Not determined")},
        {FactsFinding::Proved, u"proved", QT_TRANSLATE_NOOP("casebench", "Proved")},
        {FactsFinding::PartlyProved, u"partly_proved",
         QT_TRANSLATE_NOOP("casebench", "Partly proved")},
        {FactsFinding::NotProved, u"not_proved", QT_TRANSLATE_NOOP("casebench", "Not proved")},
    }};
};

template <>
struct EnumTable<StatutoryGround>
{
    static constexpr std::array<EnumEntry<StatutoryGround>, 5> entries{{
        {StatutoryGround::Misconduct, u"misconduct", QT_TRANSLATE_NOOP("casebench", "Misconduct")},
        {StatutoryGround::LackOfCompetence, u"lack_of_competence",
         QT_TRANSLATE_NOOP("casebench", "Lack of competence")},
        {StatutoryGround::Conviction, u"conviction",
         QT_TRANSLATE_NOOP("casebench", "Conviction or caution")},
        {StatutoryGround::Health, u"health", QT_TRANSLATE_NOOP("casebench", "Health")},
        {StatutoryGround::Other, u"other", QT_TRANSLATE_NOOP("casebench", "Other")},
    }};
};

template <>
struct EnumTable<ImpairmentFinding>
{
    static constexpr std::array<EnumEntry<ImpairmentFinding>, 3> entries{{
        {ImpairmentFinding::NotDetermined, u"not_determined",
         QT_TRANSLATE_NOOP("casebench", "Not determined")},
        {ImpairmentFinding::Impaired, u"impaired", QT_TRANSLATE_NOOP("casebench", "Impaired")},
        {ImpairmentFinding::NotImpaired, u"not_impaired",
         QT_TRANSLATE_NOOP("casebench", "Not impaired")},
    }};
};

template <>
struct EnumTable<CaseRole>
{
    static constexpr std::array<EnumEntry<CaseRole>, 2> entries{{
        {CaseRole::Precedent, u"precedent", QT_TRANSLATE_NOOP("casebench", "Precedent")},
        {CaseRole::Preparation, u"preparation",
         QT_TRANSLATE_NOOP("casebench", "Under preparation")},
    }};
};

/// A fitness-to-practise case: one registrant's matter before one regulator.
struct Case
{
    CaseId id;
    QString reference; ///< unique in the library, e.g. the regulator's case number
    QString title;
    Regulator regulator = Regulator::Other;
    QString profession; ///< e.g. "Social worker"; see professions::known()
    QString registrant; ///< display name, may be a pseudonym
    HearingType hearingType = HearingType::Final;
    QDate hearingDate; ///< first day of the hearing
    QDate decisionDate;
    QString allegationSummary;
    FactsFinding factsFinding = FactsFinding::NotDetermined;
    QList<StatutoryGround> grounds; ///< in enum order, no duplicates
    ImpairmentFinding impairment = ImpairmentFinding::NotDetermined;
    CaseRole role = CaseRole::Precedent;
    QString notes;
    QDateTime created;  ///< set by the repository (UTC)
    QDateTime modified; ///< set by the repository (UTC)
    int rowVersion = 0; ///< incremented by every write; checked on update
    QString modifiedBy; ///< who last wrote it; a stamp set by the repository (schema 6)

    /// The year the case is filed under: the decision date's, else the hearing date's, else 0.
    [[nodiscard]] int year() const;

    /// Every field but the modifiedBy stamp.
    friend bool operator==(const Case &a, const Case &b)
    {
        return a.id == b.id && a.reference == b.reference && a.title == b.title
               && a.regulator == b.regulator && a.profession == b.profession
               && a.registrant == b.registrant && a.hearingType == b.hearingType
               && a.hearingDate == b.hearingDate && a.decisionDate == b.decisionDate
               && a.allegationSummary == b.allegationSummary && a.factsFinding == b.factsFinding
               && a.grounds == b.grounds && a.impairment == b.impairment && a.role == b.role
               && a.notes == b.notes && a.created == b.created && a.modified == b.modified
               && a.rowVersion == b.rowVersion;
    }
};

namespace professions {
/// Professions regulated by the bodies above, for pick lists (free text is also allowed).
QStringList known();
} // namespace professions

} // namespace casebench
