// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/precedentranker.h"
#include "anonymiser.h"
#include "bundleoptions.h"
#include "model/case.h"
#include "model/factor.h"
#include "model/passage.h"
#include "model/sanction.h"

#include <QHash>
#include <QList>
#include <QString>

namespace casebench {

class Library;

/// One tagged passage as a bundle prints it.
struct BundlePassage
{
    Passage passage;
    Factor factor;
    QString documentTitle;
    QString citation; ///< "¶ 27, Decision on sanction, p. 9"; empty when the outline says nothing
};

/// One precedent as a bundle prints it: the match and the factor comparison with this case.
struct BundlePrecedent
{
    PrecedentMatch match;
    QString outcome;               ///< "Caution order, 3 years", "no order"
    QList<Factor> shared;          ///< tagged in both, in category then codebook order
    QList<Factor> onlyInCase;      ///< tagged in this case only
    QList<Factor> onlyInPrecedent; ///< tagged in the precedent only
    bool lighter = false;          ///< its outcome is lower on the ladder than this case's
    /// The precedent's own anonymisation list (its effective list: stored entries and its
    /// registrant's names) and registrant: an anonymised bundle anonymises each precedent with
    /// its own list, and withholds the reference and title of one whose list is empty.
    QList<AnonymisationEntry> anonymisation;
    QString registrant;
};

/// Everything a bundle prints about one case, read from the library in one go on the thread that
/// owns it. A plain value: composing and writing the bundle (BundleBuilder) can then run on any
/// thread without touching the library.
struct BundleContent
{
    Case caseRecord;
    SanctionHistory sanctions;
    QList<Factor> codebook;        ///< in codebook order
    QList<BundlePassage> passages; ///< by document then start
    /// A pool of precedents, most alike first: more than BundleOptions::precedentCount, so that
    /// a preset putting lighter outcomes first can choose among them. See chosenPrecedents().
    QList<BundlePrecedent> precedents;
    int precedentCandidates = 0;     ///< cases the ranker considered
    std::optional<int> sanctionRank; ///< this case's ladder rank, when it has an order on it

    /// Reads the case, its sanctions, passages with citations (stored outline, else one detected
    /// from the text) and, when the options ask for them, its precedents with their factor
    /// comparison. Throws LibraryError (NotFound when there is no such case).
    static BundleContent load(Library &library, CaseId id, const BundleOptions &options);

    /// The precedents a bundle with these options prints: the pool in the options' order, at
    /// most precedentCount. Lighter first puts the outcomes lower on the ladder than this case's
    /// first; when this case has no order on the ladder, the lightest outcomes come first.
    [[nodiscard]] QList<BundlePrecedent> chosenPrecedents(const BundleOptions &options) const;

    /// How many precedents load() reads for options asking for `count`.
    static int poolSize(int count);
};

} // namespace casebench
