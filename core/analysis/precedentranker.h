// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefilters.h"
#include "caseprofile.h"

#include <QList>
#include <QString>

#include <memory>

namespace casebench {

class Library;
class TextSimilarity;

/// How much each part of the likeness counts. The three main weights are what the settings
/// show; they need not add up to 1 (the total is divided by their sum). The factor details tune
/// the factor part and are shown as advanced settings.
struct PrecedentWeights
{
    double factors = 0.6;  ///< shared and distinguishing factors (HYPO/CATO style)
    double text = 0.25;    ///< likeness of the decision texts
    double context = 0.15; ///< same grounds, profession, regulator

    // Inside the factor part (each 0 … 1 unless said otherwise):
    /// How much a factor of this case that the precedent lacks counts against it (≥ 0). A factor
    /// only the precedent has counts `precedentOnlyFactor`. Shared factors count 1 each.
    double subjectOnlyFactor = 1.0;
    double precedentOnlyFactor = 0.5;
    /// Share of the factor part given to covering this case's aggravating factors: a precedent
    /// sharing all of them ranks above one sharing some.
    double aggravatingCoverage = 0.2;
    /// How much distinguishing factors that pull the outcome in opposite directions (one case
    /// has extra aggravation, the other extra mitigation) lower the factor part, against
    /// distinguishing factors that pull the same way.
    double polarityBalance = 0.3;
    /// Context factors (category Context) count this much of a full factor.
    double contextCategoryFactor = 0.5;
    /// How sure a factor is that only the codebook's phrases suggest (0 … 1; a tagged factor is
    /// 1, and 0 leaves suggestions out). A factor counts with its certainty: a shared one with
    /// the product of both sides', a distinguishing one with its side's certainty against what
    /// the other side lacks. Below ½, so that one tagged shared factor outweighs two suggested
    /// ones; well above 0, so that a library nobody has tagged still ranks by its factors.
    double suggestedFactor = 0.4;

    friend bool operator==(const PrecedentWeights &, const PrecedentWeights &) = default;
};

/// One ranked precedent: its score, the parts of the score, and why.
struct PrecedentMatch
{
    CaseProfile precedent;

    double score = 0;        ///< 0 … 1: the weighted mean of the three parts below
    double factorScore = 0;  ///< 0 … 1
    double textScore = 0;    ///< 0 … 1: text similarity (1 = as alike as the case to itself)
    double contextScore = 0; ///< 0 … 1

    QList<Factor> shared;          ///< factors both cases have, in codebook order
    QList<Factor> onlyInSubject;   ///< factors of this case the precedent lacks
    QList<Factor> onlyInPrecedent; ///< factors of the precedent this case lacks
    /// The factors of the three lists above that rest on a phrase suggestion rather than a tagged
    /// passage: a shared factor when either case only has it suggested, the others when the case
    /// that has it only has it suggested. Ascending by id.
    QList<FactorId> suggested;
    bool sharesAllAggravating = false; ///< the precedent has every aggravating factor of this case

    /// Whether the factor rests on a suggestion (see `suggested`).
    [[nodiscard]] bool isSuggested(FactorId factor) const;

    /// One sentence: "shares 5 factors (workload pressure, lack of supervision (suggested), …);
    /// differs: this case has dishonesty, the precedent has remorse and apology; text similarity
    /// 0.42; outcome: caution order, 3 years".
    QString explanation;
};

/// The ranked precedents of one case.
struct PrecedentResult
{
    CaseProfile subject;
    QList<PrecedentMatch> matches; ///< best first, at most the number asked for
    int candidates = 0;            ///< cases that passed the filters (the subject excluded)
    /// Text similarity could not be computed (no text, or the full-text index unavailable);
    /// the text part then counts 0 for every precedent.
    bool textUnavailable = false;
};

/// Ranks the library's other cases by how alike they are to one case, combining (a) factors, in
/// the spirit of HYPO/CATO: shared factors raise the score, factors present on one side only
/// distinguish, covering all this case's aggravating factors counts, and the direction in which
/// distinguishing factors pull matters; (b) text: BM25 through the full-text index over the
/// case's most distinctive terms, as a share of the score the case's own text gets; (c) context:
/// statutory grounds, profession and regulator.
///
/// A case's factors are those tagged in its documents and, as weaker evidence
/// (PrecedentWeights::suggestedFactor), those the codebook's phrases suggest in them and the
/// reviewer did not dismiss (SuggestedFactors, cached per document for the whole process).
///
/// Reads the library on the thread that opened it. The case profiles are read once and kept;
/// call invalidate() after the library changes (the UI does on LibrarySession's signals).
class PrecedentRanker
{
public:
    explicit PrecedentRanker(Library &library);
    ~PrecedentRanker();
    PrecedentRanker(const PrecedentRanker &) = delete;
    PrecedentRanker &operator=(const PrecedentRanker &) = delete;

    [[nodiscard]] const PrecedentWeights &weights() const { return m_weights; }
    void setWeights(const PrecedentWeights &weights);

    /// The `top` cases most like `subject` that pass the filters, best first, each explained.
    /// Ties are broken by reference. Throws LibraryError (NotFound when the case does not
    /// exist).
    [[nodiscard]] PrecedentResult rank(CaseId subject, const CaseFilters &filters = {},
                                       int top = 20);

    /// Scores one precedent against one case, ignoring filters (for the compare view).
    [[nodiscard]] PrecedentMatch score(CaseId subject, CaseId precedent);

    /// Forgets the profiles read from the library, so the next call reads them again.
    void invalidate();

    /// The profiles the ranker works on (read on first use).
    [[nodiscard]] const QList<CaseProfile> &profiles();
    [[nodiscard]] const FactorCatalogue &catalogue();

    /// The factor part alone, for two sets of tagged factors (exposed for tests and the compare
    /// view).
    [[nodiscard]] static double factorSimilarity(const QList<FactorId> &subject,
                                                 const QList<FactorId> &precedent,
                                                 const FactorCatalogue &catalogue,
                                                 const PrecedentWeights &weights);
    /// The factor part for two cases, their tagged and suggested factors both counted.
    [[nodiscard]] static double factorSimilarity(const CaseProfile &subject,
                                                 const CaseProfile &precedent,
                                                 const FactorCatalogue &catalogue,
                                                 const PrecedentWeights &weights);

    /// One factor of a case and whether it is only suggested.
    struct Evidence
    {
        FactorId factor;
        bool suggested = false;
    };
    /// A case's tagged and suggested factors in one list, ascending by id.
    [[nodiscard]] static QList<Evidence> evidenceOf(const CaseProfile &profile);
    /// The factor part over two evidence lists (as evidenceOf() gives).
    [[nodiscard]] static double factorSimilarity(const QList<Evidence> &subject,
                                                 const QList<Evidence> &precedent,
                                                 const FactorCatalogue &catalogue,
                                                 const PrecedentWeights &weights);
    /// The context part alone: grounds in common, same profession, same regulator.
    [[nodiscard]] static double contextSimilarity(const CaseProfile &subject,
                                                  const CaseProfile &precedent);

private:
    void ensureLoaded();
    /// Fills the profiles' suggested factors (when suggestions count and they are not read yet).
    void ensureSuggestions();
    PrecedentMatch makeMatch(const CaseProfile &subject, const CaseProfile &precedent,
                             double text) const;

    Library &m_library;
    PrecedentWeights m_weights;
    QList<CaseProfile> m_profiles;
    QList<QList<Evidence>> m_evidence; ///< evidenceOf() of each profile, in the same order
    QList<Factor> m_codebook;
    bool m_suggestionsLoaded = false;
    QHash<CaseId, qsizetype> m_index;
    FactorCatalogue m_catalogue;
    QList<FactorId> m_codebookOrder;
    bool m_loaded = false;
    std::unique_ptr<TextSimilarity> m_text;
};

} // namespace casebench
