// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/sanction.h"
#include "model/sanctiontype.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casebench {

/// A value the importer proposes for a case field, with the passage of the text that supports
/// it (UTF-16 offsets, end exclusive) so the user can check it before accepting.
template <typename T>
struct Suggestion
{
    T value{};
    int start = 0;
    int end = 0;

    friend bool operator==(const Suggestion &, const Suggestion &) = default;
};

/// The order a decision makes, as the importer reads it.
struct SanctionSuggestion
{
    SanctionType type = SanctionType::NoFurtherAction;
    std::optional<int> durationMonths;              ///< nothing when the text states none
    ReviewOutcome outcome = ReviewOutcome::Imposed; ///< for a review: what it did to the old order
    std::optional<SanctionType> previousType;       ///< for a review: the order under review
    int start = 0;                                  ///< the passage that makes the order
    int end = 0;

    friend bool operator==(const SanctionSuggestion &, const SanctionSuggestion &) = default;
};

/// Everything the importer proposes for a case from one decision. Absent values were not found.
struct MetadataSuggestions
{
    std::optional<Suggestion<Regulator>> regulator;
    std::optional<Suggestion<QString>> profession; ///< one of professions::known() where it fits
    /// The CASE's number as the decision states it ("F(24)20", "Case number: CAS-123456"); never
    /// the registrant's registration number or PIN, which identifies the person.
    std::optional<Suggestion<QString>> reference;
    /// The registrant's registration number, PIN or GMC/GDC number ("12A3456E", "SW12345"): a new
    /// case never takes it as its reference, and it goes on the case's anonymisation list.
    std::optional<Suggestion<QString>> registrationNumber;
    /// The registrant's name as the decision states it ("Registrant: Jane Smith", "Social worker:
    /// …", "Name: SMITH, Jane", "In the matter of …"), "SURNAME, Forenames" written "Forenames
    /// Surname": a new case takes it, and with it its anonymisation list starts with their names.
    std::optional<Suggestion<QString>> registrant;
    /// A title for a new case: profession, the gist of the allegation and the outcome, e.g.
    /// "Nurse: theft of medication — striking-off". The span is the passage the gist comes from
    /// (else the order's). Never the file name or a PDF's own title.
    std::optional<Suggestion<QString>> title;
    std::optional<Suggestion<HearingType>> hearingType;
    std::optional<Suggestion<QDate>> hearingDate;  ///< first day of the hearing
    std::optional<Suggestion<QDate>> decisionDate; ///< last day of the hearing, or the stated date
    std::optional<Suggestion<FactsFinding>> facts;
    QList<Suggestion<StatutoryGround>> grounds; ///< in enum order, no duplicates
    std::optional<Suggestion<ImpairmentFinding>> impairment;
    /// The order THIS decision makes: for a review, the order it leaves (or revokes); at an
    /// interim order hearing, the interim order.
    std::optional<SanctionSuggestion> sanction;
    /// An interim order made beside a final order, to cover the appeal period.
    std::optional<SanctionSuggestion> interimOrder;
};

} // namespace casebench
