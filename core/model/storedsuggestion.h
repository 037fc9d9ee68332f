// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumtable.h"
#include "model/ids.h"
#include "model/metadatasuggestions.h"

#include <QList>
#include <QString>

#include <optional>

namespace casebench {

using SuggestionId = Id<struct SuggestionTag>;

/// The case field an import suggestion is for.
enum class SuggestionField {
    Regulator,
    Profession,
    Reference,
    HearingType,
    HearingDate,
    DecisionDate,
    Facts,
    Ground, ///< one row per statutory ground
    Impairment,
    Sanction,     ///< the order the decision makes: a new entry of the sanction history
    InterimOrder, ///< an interim order made beside the final one
};

template <>
struct EnumTable<SuggestionField>
{
    static constexpr std::array<EnumEntry<SuggestionField>, 11> entries{{
        {SuggestionField::Regulator, u"regulator", QT_TRANSLATE_NOOP("casebench", "Regulator")},
        {SuggestionField::Profession, u"profession", QT_TRANSLATE_NOOP("casebench", "Profession")},
        {SuggestionField::Reference, u"reference", QT_TRANSLATE_NOOP("casebench", "Reference")},
        {SuggestionField::HearingType, u"hearing_type",
         QT_TRANSLATE_NOOP("casebench", "Hearing type")},
        {SuggestionField::HearingDate, u"hearing_date",
         QT_TRANSLATE_NOOP("casebench", "Hearing date")},
        {SuggestionField::DecisionDate, u"decision_date",
         QT_TRANSLATE_NOOP("casebench", "Decision date")},
        {SuggestionField::Facts, u"facts", QT_TRANSLATE_NOOP("casebench", "Facts")},
        {SuggestionField::Ground, u"ground", QT_TRANSLATE_NOOP("casebench", "Ground")},
        {SuggestionField::Impairment, u"impairment", QT_TRANSLATE_NOOP("casebench", "Impairment")},
        {SuggestionField::Sanction, u"sanction", QT_TRANSLATE_NOOP("casebench", "Sanction")},
        {SuggestionField::InterimOrder, u"interim_order",
         QT_TRANSLATE_NOOP("casebench", "Interim order")},
    }};
};

/// Whether the reviewer has dealt with a suggestion. Accepting is not a status: a suggestion
/// whose value the case now holds is shown as accepted, so undoing the edit brings it back.
enum class SuggestionStatus { Pending, Dismissed };

template <>
struct EnumTable<SuggestionStatus>
{
    static constexpr std::array<EnumEntry<SuggestionStatus>, 2> entries{{
        {SuggestionStatus::Pending, u"pending", QT_TRANSLATE_NOOP("casebench", "Pending")},
        {SuggestionStatus::Dismissed, u"dismissed", QT_TRANSLATE_NOOP("casebench", "Dismissed")},
    }};
};

/// One suggestion made when a document was imported, as the library keeps it for the reviewer.
/// `value` is the field's stable identifier (enums), ISO date, or text.
struct StoredSuggestion
{
    SuggestionId id;
    DocumentId document;
    SuggestionField field = SuggestionField::Regulator;
    QString value;
    std::optional<int> durationMonths;        ///< Sanction / InterimOrder
    std::optional<ReviewOutcome> outcome;     ///< Sanction / InterimOrder
    std::optional<SanctionType> previousType; ///< Sanction: the order under review
    int start = 0;                            ///< the supporting passage (UTF-16, end exclusive)
    int end = 0;
    SuggestionStatus status = SuggestionStatus::Pending;

    /// One row per suggested value, in field order.
    static QList<StoredSuggestion> fromSuggestions(const MetadataSuggestions &suggestions);

    /// The suggested sanction entry (type, duration, outcome) for Sanction / InterimOrder rows.
    [[nodiscard]] std::optional<SanctionSuggestion> sanction() const;

    friend bool operator==(const StoredSuggestion &, const StoredSuggestion &) = default;
};

} // namespace casebench
