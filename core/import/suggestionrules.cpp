// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionrules.h"

#include "model/sanctiontype.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::suggestionrules {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::suggestionrules)
};

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, u"d MMM yyyy"_s) : QString();
}

template <typename E>
QString labelOf(const QString &identifier)
{
    const auto value = enumFromIdentifier<E>(identifier);
    return value ? enumLabel(*value) : identifier;
}

QString durationText(std::optional<int> months)
{
    if (!months)
        return {};
    if (*months >= 24 && *months % 12 == 0)
        return Tr::tr("%1 years").arg(*months / 12);
    return *months == 1 ? Tr::tr("1 month") : Tr::tr("%1 months").arg(*months);
}

QString sanctionText(SanctionType type, std::optional<int> months)
{
    const QString duration = durationText(months);
    return duration.isEmpty() ? enumLabel(type) : enumLabel(type) + u", "_s + duration;
}

/// The entry of the history that a sanction suggestion would be: the last of its type.
std::optional<Sanction> lastOfType(const SanctionHistory &history, SanctionType type)
{
    const QList<Sanction> &entries = history.entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->type == type)
            return *it;
    }
    return std::nullopt;
}

} // namespace

QString suggestedText(const StoredSuggestion &s)
{
    using F = SuggestionField;
    switch (s.field) {
    case F::Regulator:
        return labelOf<Regulator>(s.value);
    case F::HearingType:
        return labelOf<HearingType>(s.value);
    case F::HearingDate:
    case F::DecisionDate:
        return dateText(QDate::fromString(s.value, Qt::ISODate));
    case F::Facts:
        return labelOf<FactsFinding>(s.value);
    case F::Ground:
        return labelOf<StatutoryGround>(s.value);
    case F::Impairment:
        return labelOf<ImpairmentFinding>(s.value);
    case F::Sanction:
    case F::InterimOrder:
        if (const auto sanction = s.sanction()) {
            QString text = sanctionText(sanction->type, sanction->durationMonths);
            if (sanction->outcome != ReviewOutcome::Imposed)
                text += u" ("_s + enumLabel(sanction->outcome).toLower() + u')';
            return text;
        }
        return s.value;
    case F::Profession:
    case F::Reference:
        break;
    }
    return s.value;
}

QString currentText(const StoredSuggestion &s, const Case &c, const SanctionHistory &history)
{
    using F = SuggestionField;
    switch (s.field) {
    case F::Regulator:
        return enumLabel(c.regulator);
    case F::Profession:
        return c.profession;
    case F::Reference:
        return c.reference;
    case F::HearingType:
        return enumLabel(c.hearingType);
    case F::HearingDate:
        return dateText(c.hearingDate);
    case F::DecisionDate:
        return dateText(c.decisionDate);
    case F::Facts:
        return enumLabel(c.factsFinding);
    case F::Ground: {
        QStringList grounds;
        for (StatutoryGround ground : c.grounds)
            grounds.append(enumLabel(ground));
        return grounds.join(u", "_s);
    }
    case F::Impairment:
        return enumLabel(c.impairment);
    case F::Sanction:
    case F::InterimOrder:
        break;
    }
    const auto current = history.current();
    return current ? sanctionText(current->type, current->durationMonths) : QString();
}

bool isHeld(const StoredSuggestion &s, const Case &c, const SanctionHistory &history)
{
    if (s.field == SuggestionField::Sanction || s.field == SuggestionField::InterimOrder) {
        const auto sanction = s.sanction();
        if (!sanction)
            return false;
        const auto entry = lastOfType(history, sanction->type);
        return entry && entry->durationMonths == sanction->durationMonths;
    }
    if (s.field == SuggestionField::Ground) {
        const auto ground = enumFromIdentifier<StatutoryGround>(s.value);
        return ground && c.grounds.contains(*ground);
    }
    return accepted(s, c) == c;
}

Case accepted(const StoredSuggestion &s, const Case &c)
{
    using F = SuggestionField;
    Case result = c;
    switch (s.field) {
    case F::Regulator:
        result.regulator = enumFromIdentifier<Regulator>(s.value).value_or(c.regulator);
        break;
    case F::Profession:
        result.profession = s.value;
        break;
    case F::Reference:
        result.reference = s.value.isEmpty() ? c.reference : s.value;
        break;
    case F::HearingType:
        result.hearingType = enumFromIdentifier<HearingType>(s.value).value_or(c.hearingType);
        break;
    case F::HearingDate:
        if (const QDate date = QDate::fromString(s.value, Qt::ISODate); date.isValid())
            result.hearingDate = date;
        break;
    case F::DecisionDate:
        if (const QDate date = QDate::fromString(s.value, Qt::ISODate); date.isValid())
            result.decisionDate = date;
        break;
    case F::Facts:
        result.factsFinding = enumFromIdentifier<FactsFinding>(s.value).value_or(c.factsFinding);
        break;
    case F::Ground:
        if (const auto ground = enumFromIdentifier<StatutoryGround>(s.value);
            ground && !c.grounds.contains(*ground)) {
            result.grounds.append(*ground);
            std::sort(result.grounds.begin(), result.grounds.end());
        }
        break;
    case F::Impairment:
        result.impairment = enumFromIdentifier<ImpairmentFinding>(s.value).value_or(c.impairment);
        break;
    case F::Sanction:
    case F::InterimOrder:
        break;
    }
    return result;
}

std::optional<Sanction> acceptedSanction(const StoredSuggestion &s, const Case &c)
{
    const auto suggestion = s.sanction();
    if (!suggestion)
        return std::nullopt;
    Sanction sanction;
    sanction.caseId = c.id;
    sanction.type = suggestion->type;
    sanction.durationMonths = suggestion->durationMonths;
    sanction.outcome = suggestion->outcome;
    sanction.decidedOn = c.decisionDate;
    return sanction;
}

} // namespace casebench::suggestionrules
