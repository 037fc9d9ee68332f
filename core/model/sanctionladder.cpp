// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanctiontype.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebench::sanctionladder {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::sanctionladder)
};

} // namespace

std::optional<int> rank(SanctionType type)
{
    switch (type) {
    case SanctionType::NoFurtherAction:
        return 0;
    case SanctionType::Advice:
        return 1;
    case SanctionType::Warning:
        return 2;
    case SanctionType::Mediation:
        return 3;
    case SanctionType::CautionOrder:
        return 4;
    case SanctionType::ConditionsOfPractice:
        return 5;
    case SanctionType::Suspension:
        return 6;
    case SanctionType::StrikingOff:
        return 7;
    case SanctionType::VoluntaryRemoval:
    case SanctionType::InterimConditions:
    case SanctionType::InterimSuspension:
        break;
    }
    return std::nullopt;
}

bool isOnLadder(SanctionType type)
{
    return rank(type).has_value();
}

bool isInterim(SanctionType type)
{
    return type == SanctionType::InterimConditions || type == SanctionType::InterimSuspension;
}

bool isTimeLimited(SanctionType type, Regulator regulator)
{
    return durationRule(type, regulator).durationAllowed;
}

QString regulatorTerm(SanctionType type, Regulator regulator)
{
    switch (type) {
    case SanctionType::StrikingOff:
        switch (regulator) {
        case Regulator::SocialWorkEngland:
            return Tr::tr("Removal order");
        case Regulator::Gphc:
        case Regulator::Gosc:
            return Tr::tr("Removal from the register");
        case Regulator::Gmc:
        case Regulator::Gdc:
        case Regulator::Goc:
            return Tr::tr("Erasure");
        default:
            break;
        }
        break;
    case SanctionType::VoluntaryRemoval:
        switch (regulator) {
        case Regulator::Nmc:
            return Tr::tr("Agreed removal");
        case Regulator::Gmc:
            return Tr::tr("Voluntary erasure");
        case Regulator::SocialWorkEngland:
            return Tr::tr("Voluntary removal order");
        default:
            break;
        }
        break;
    case SanctionType::Warning:
        switch (regulator) {
        case Regulator::Gdc:
            return Tr::tr("Reprimand");
        case Regulator::Gosc:
            return Tr::tr("Admonishment");
        default:
            break;
        }
        break;
    case SanctionType::Suspension:
        if (regulator == Regulator::Gmc || regulator == Regulator::Gdc
            || regulator == Regulator::Goc)
            return Tr::tr("Suspension");
        break;
    case SanctionType::ConditionsOfPractice:
        if (regulator == Regulator::Gmc || regulator == Regulator::Gdc
            || regulator == Regulator::Goc)
            return Tr::tr("Conditions");
        break;
    default:
        break;
    }
    return enumLabel(type);
}

namespace {

struct Wording
{
    const char16_t *pattern;
    SanctionType type;
};

// Ordered most specific first: "interim suspension order" must win over "suspension", "agreed
// removal" over "removal", "no further action" over everything.
constexpr Wording wordings[] = {
    {u"\\binterim\\s+conditions", SanctionType::InterimConditions},
    {u"\\binterim\\s+suspension", SanctionType::InterimSuspension},
    {u"\\binterim\\s+order\\s+of\\s+suspension", SanctionType::InterimSuspension},
    {u"\\bno\\s+further\\s+action\\b|\\bno\\s+action\\b|\\btake\\s+no\\s+action\\b",
     SanctionType::NoFurtherAction},
    {u"\\bagreed\\s+removal\\b|\\bvoluntary\\s+(?:removal|erasure)\\b|\\bconsensual\\s+removal\\b|\\bremoval\\s+by\\s+agreement\\b",
     SanctionType::VoluntaryRemoval},
    {u"\\bstriking[-\\s]off\\b|\\bstruck\\s+off\\b|\\bstrike\\s+(?:\\w+\\s+)?off\\b|\\bremoval\\s+order\\b|\\berasure\\b|\\berased\\b|\\bremoved\\s+from\\s+the\\s+register\\b|\\bremoval\\s+from\\s+the\\s+register\\b",
     SanctionType::StrikingOff},
    {u"\\bsuspension\\b|\\bsuspended\\b|\\bsuspend\\b", SanctionType::Suspension},
    {u"\\bconditions\\s+of\\s+practice\\b|\\bconditions\\s+order\\b|\\bconditional\\s+registration\\b|\\bconditions\\b",
     SanctionType::ConditionsOfPractice},
    {u"\\bcaution(?:\\s+order)?\\b|\\bcautioned\\b", SanctionType::CautionOrder},
    {u"\\bmediation\\b", SanctionType::Mediation},
    {u"\\bwarning\\b|\\breprimand(?:ed)?\\b|\\badmonish(?:ment|ed)?\\b", SanctionType::Warning},
    {u"\\badvice\\b", SanctionType::Advice},
};

} // namespace

std::optional<SanctionType> fromWording(QStringView wording, Regulator regulator)
{
    static const auto compiled = [] {
        QList<std::pair<QRegularExpression, SanctionType>> list;
        for (const auto &w : wordings) {
            list.append({QRegularExpression(QString::fromUtf16(w.pattern),
                                            QRegularExpression::CaseInsensitiveOption),
                         w.type});
        }
        return list;
    }();
    const QString text = wording.toString();
    for (const auto &[re, type] : compiled) {
        if (re.match(text).hasMatch()) {
            // The GMC's and SWE's "warning" are regulator-specific words for the same rung.
            Q_UNUSED(regulator)
            return type;
        }
    }
    return std::nullopt;
}

bool isAvailable(SanctionType type, Regulator regulator)
{
    using T = SanctionType;
    if (regulator == Regulator::Other)
        return true;
    switch (type) {
    case T::NoFurtherAction:
    case T::ConditionsOfPractice:
    case T::Suspension:
    case T::StrikingOff:
    case T::InterimConditions:
    case T::InterimSuspension:
    case T::VoluntaryRemoval:
        return true;
    case T::Advice:
        return regulator == Regulator::SocialWorkEngland || regulator == Regulator::Gmc;
    case T::Warning:
        return regulator == Regulator::SocialWorkEngland || regulator == Regulator::Gmc
               || regulator == Regulator::Gdc || regulator == Regulator::Gphc
               || regulator == Regulator::Gosc;
    case T::Mediation:
        return regulator == Regulator::Hcpc;
    case T::CautionOrder:
        return regulator == Regulator::Hcpc || regulator == Regulator::Nmc;
    }
    return false;
}

namespace {

DurationRule noDuration()
{
    DurationRule rule;
    rule.description = Tr::tr("no duration");
    return rule;
}

DurationRule range(int minMonths, int maxMonths, QString description)
{
    DurationRule rule;
    rule.durationAllowed = true;
    rule.durationRequired = true;
    rule.minMonths = minMonths;
    rule.maxMonths = maxMonths;
    rule.description = std::move(description);
    return rule;
}

} // namespace

DurationRule durationRule(SanctionType type, Regulator regulator)
{
    using T = SanctionType;
    switch (type) {
    case T::NoFurtherAction:
    case T::Advice:
    case T::Mediation:
    case T::StrikingOff:
    case T::VoluntaryRemoval:
        return noDuration();
    case T::Warning:
        if (regulator == Regulator::SocialWorkEngland) {
            DurationRule rule = range(12, 60, Tr::tr("1, 3 or 5 years"));
            rule.allowedMonths = {12, 36, 60};
            return rule;
        }
        if (regulator == Regulator::Other) {
            DurationRule rule = range(1, 120, Tr::tr("up to 10 years, if any"));
            rule.durationRequired = false;
            return rule;
        }
        return noDuration();
    case T::CautionOrder:
        return range(12, 60, Tr::tr("between 1 and 5 years"));
    case T::ConditionsOfPractice:
        return range(1, 36, Tr::tr("up to 3 years"));
    case T::Suspension:
        if (regulator == Regulator::SocialWorkEngland)
            return range(1, 36, Tr::tr("up to 3 years"));
        if (regulator == Regulator::Other)
            return range(1, 60, Tr::tr("up to 5 years"));
        return range(1, 12, Tr::tr("up to 1 year"));
    case T::InterimConditions:
    case T::InterimSuspension:
        return range(1, 18, Tr::tr("up to 18 months (a court may extend it)"));
    }
    return noDuration();
}

} // namespace casebench::sanctionladder
