// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/factor.h"
#include "model/sanction.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace casebench {

class Library;

/// What precedent ranking, the sanction picture and the compare view know about one case: its
/// context (regulator, profession, grounds, year), its stage findings, the order it ended with
/// and the factors tagged in its documents. A plain value, read in one go from the library.
struct CaseProfile
{
    CaseId id;
    QString reference;
    QString title;
    Regulator regulator = Regulator::Other;
    QString profession;
    CaseRole role = CaseRole::Precedent;
    int year = 0; ///< Case::year(): decision year, else hearing year, 0 unknown

    // Stage findings.
    FactsFinding factsFinding = FactsFinding::NotDetermined;
    QList<StatutoryGround> grounds; ///< in enum order, no duplicates
    ImpairmentFinding impairment = ImpairmentFinding::NotDetermined;

    /// The order the case ended with (SanctionHistory::current()); nothing when none stands.
    std::optional<Sanction> sanction;
    /// sanction's place on the ladder (0 no further action … 7 striking-off); nothing for no
    /// order, interim orders and voluntary removal.
    std::optional<int> sanctionRank;

    /// The factors tagged in any of the case's documents, distinct, ascending by id.
    QList<FactorId> factors;
    /// The factors only phrase suggestions propose in the case's documents (SuggestedFactors):
    /// none of them tagged in the case, none from a dismissed suggestion; distinct, ascending.
    /// Weaker evidence than `factors`. Filled by PrecedentRanker; empty from loadAll() and load().
    QList<FactorId> suggestedFactors;

    /// Whether the factor is tagged in the case (suggestions do not count).
    [[nodiscard]] bool hasFactor(FactorId factor) const;

    /// Every case of the library, ordered by reference. A handful of queries whatever the size.
    static QList<CaseProfile> loadAll(Library &library);
    /// One case; nothing when there is no case with this id.
    static std::optional<CaseProfile> load(Library &library, CaseId id);

    friend bool operator==(const CaseProfile &, const CaseProfile &) = default;
};

/// The codebook by id: what ranking and comparison look up to name, group and weigh factors.
using FactorCatalogue = QHash<FactorId, Factor>;

/// The library's codebook as a catalogue.
FactorCatalogue loadFactorCatalogue(Library &library);

/// "Caution order, 3 years", "Striking-off order", "no order": an outcome in the regulator's terms.
QString outcomeText(const std::optional<Sanction> &sanction, Regulator regulator);

} // namespace casebench
