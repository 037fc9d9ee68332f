// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedsuggestion.h"

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

template <typename T>
StoredSuggestion row(SuggestionField field, const QString &value, const Suggestion<T> &s)
{
    StoredSuggestion stored;
    stored.field = field;
    stored.value = value;
    stored.start = s.start;
    stored.end = s.end;
    return stored;
}

StoredSuggestion sanctionRow(SuggestionField field, const SanctionSuggestion &s)
{
    StoredSuggestion stored;
    stored.field = field;
    stored.value = enumIdentifier(s.type);
    stored.durationMonths = s.durationMonths;
    stored.outcome = s.outcome;
    stored.previousType = s.previousType;
    stored.start = s.start;
    stored.end = s.end;
    return stored;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QList<StoredSuggestion> StoredSuggestion::fromSuggestions(const MetadataSuggestions &m)
{
    using F = SuggestionField;
    QList<StoredSuggestion> rows;
    if (m.regulator)
        rows.append(row(F::Regulator, enumIdentifier(m.regulator->value), *m.regulator));
    if (m.profession)
        rows.append(row(F::Profession, m.profession->value, *m.profession));
    if (m.reference)
        rows.append(row(F::Reference, m.reference->value, *m.reference));
    if (m.hearingType)
        rows.append(row(F::HearingType, enumIdentifier(m.hearingType->value), *m.hearingType));
    if (m.hearingDate && m.hearingDate->value.isValid())
        rows.append(row(F::HearingDate, isoDate(m.hearingDate->value), *m.hearingDate));
    if (m.decisionDate && m.decisionDate->value.isValid())
        rows.append(row(F::DecisionDate, isoDate(m.decisionDate->value), *m.decisionDate));
    if (m.facts)
        rows.append(row(F::Facts, enumIdentifier(m.facts->value), *m.facts));
    for (const Suggestion<StatutoryGround> &ground : m.grounds)
        rows.append(row(F::Ground, enumIdentifier(ground.value), ground));
    if (m.impairment)
        rows.append(row(F::Impairment, enumIdentifier(m.impairment->value), *m.impairment));
    if (m.sanction)
        rows.append(sanctionRow(F::Sanction, *m.sanction));
    if (m.interimOrder)
        rows.append(sanctionRow(F::InterimOrder, *m.interimOrder));
    return rows;
}

std::optional<SanctionSuggestion> StoredSuggestion::sanction() const
{
    if (field != SuggestionField::Sanction && field != SuggestionField::InterimOrder)
        return std::nullopt;
    const auto type = enumFromIdentifier<SanctionType>(value);
    if (!type)
        return std::nullopt;
    SanctionSuggestion s;
    s.type = *type;
    s.durationMonths = durationMonths;
    s.outcome = outcome.value_or(ReviewOutcome::Imposed);
    s.previousType = previousType;
    s.start = start;
    s.end = end;
    return s;
}

} // namespace casebench
