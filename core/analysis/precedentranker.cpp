// SPDX-License-Identifier: GPL-3.0-or-later
#include "precedentranker.h"

#include "precedentexplanation.h"
#include "suggestedfactors.h"
#include "textsimilarity.h"

#include "model/libraryerror.h"
#include "storage/codebookrepository.h"
#include "storage/library.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace casebench {

namespace {

double factorWeight(const Factor &f, const PrecedentWeights &weights)
{
    return f.category == FactorCategory::Context ? weights.contextCategoryFactor : 1.0;
}

int direction(const Factor &f)
{
    switch (f.polarity) {
    case Polarity::MoreSevere:
        return 1;
    case Polarity::LessSevere:
        return -1;
    case Polarity::Neutral:
        return 0;
    }
    return 0;
}

/// How sure a piece of evidence is: 1 tagged, the weight of a suggestion otherwise.
double certainty(const PrecedentRanker::Evidence &e, const PrecedentWeights &weights)
{
    return e.suggested ? std::clamp(weights.suggestedFactor, 0.0, 1.0) : 1.0;
}

QList<PrecedentRanker::Evidence> taggedOnly(const QList<FactorId> &factors)
{
    QList<PrecedentRanker::Evidence> list;
    list.reserve(factors.size());
    for (FactorId id : factors)
        list.append({id, false});
    return list;
}

/// Where each factor of two cases stands: shared, or on one side only (a suggestion weighted 0
/// is no evidence at all). `suggested` collects the factors resting on a suggestion.
struct FactorSplit
{
    QList<FactorId> shared;
    QList<FactorId> onlySubject;
    QList<FactorId> onlyPrecedent;
    QList<FactorId> suggested;
};

FactorSplit split(const QList<PrecedentRanker::Evidence> &a,
                  const QList<PrecedentRanker::Evidence> &b, const PrecedentWeights &weights)
{
    FactorSplit s;
    const bool suggestionsCount = weights.suggestedFactor > 0;
    auto counts = [&](const PrecedentRanker::Evidence &e) {
        return !e.suggested || suggestionsCount;
    };
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() || j != b.cend()) {
        if (i != a.cend() && !counts(*i)) {
            ++i;
        } else if (j != b.cend() && !counts(*j)) {
            ++j;
        } else if (j == b.cend() || (i != a.cend() && i->factor < j->factor)) {
            s.onlySubject.append(i->factor);
            if (i->suggested)
                s.suggested.append(i->factor);
            ++i;
        } else if (i == a.cend() || j->factor < i->factor) {
            s.onlyPrecedent.append(j->factor);
            if (j->suggested)
                s.suggested.append(j->factor);
            ++j;
        } else {
            s.shared.append(i->factor);
            if (i->suggested || j->suggested)
                s.suggested.append(i->factor);
            ++i;
            ++j;
        }
    }
    std::sort(s.suggested.begin(), s.suggested.end());
    return s;
}

[[noreturn]] void noSuchCase(CaseId id)
{
    throw LibraryError(
        LibraryError::Kind::NotFound,
        QCoreApplication::translate("casebench", "There is no case with id %1.").arg(id.value));
}

} // namespace

bool PrecedentMatch::isSuggested(FactorId factor) const
{
    return std::binary_search(suggested.cbegin(), suggested.cend(), factor);
}

PrecedentRanker::PrecedentRanker(Library &library)
    : m_library(library), m_text(std::make_unique<TextSimilarity>(library))
{}

PrecedentRanker::~PrecedentRanker() = default;

void PrecedentRanker::setWeights(const PrecedentWeights &weights)
{
    m_weights = weights;
}

void PrecedentRanker::invalidate()
{
    m_loaded = false;
    m_suggestionsLoaded = false;
    m_profiles.clear();
    m_evidence.clear();
    m_index.clear();
    m_catalogue.clear();
    m_codebook.clear();
    m_codebookOrder.clear();
    m_text->invalidate();
}

void PrecedentRanker::ensureLoaded()
{
    if (m_loaded)
        return;
    m_profiles = CaseProfile::loadAll(m_library);
    m_index.clear();
    for (qsizetype i = 0; i < m_profiles.size(); ++i)
        m_index.insert(m_profiles.at(i).id, i);
    m_catalogue.clear();
    m_codebookOrder.clear();
    m_codebook = m_library.codebook().all();
    for (const Factor &f : std::as_const(m_codebook)) {
        m_catalogue.insert(f.id, f);
        m_codebookOrder.append(f.id);
    }
    m_evidence.clear();
    m_evidence.reserve(m_profiles.size());
    for (const CaseProfile &p : std::as_const(m_profiles))
        m_evidence.append(evidenceOf(p));
    m_suggestionsLoaded = false;
    m_loaded = true;
}

void PrecedentRanker::ensureSuggestions()
{
    ensureLoaded();
    if (m_suggestionsLoaded || m_weights.suggestedFactor <= 0)
        return;
    QHash<CaseId, QList<FactorId>> suggested = SuggestedFactors::byCase(m_library, m_codebook);
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        CaseProfile &p = m_profiles[i];
        const QList<FactorId> found = suggested.take(p.id);
        p.suggestedFactors.clear();
        // A factor tagged in the case is tagged evidence, whatever the phrases say.
        std::set_difference(found.cbegin(), found.cend(), p.factors.cbegin(), p.factors.cend(),
                            std::back_inserter(p.suggestedFactors));
        m_evidence[i] = evidenceOf(p);
    }
    m_suggestionsLoaded = true;
}

const QList<CaseProfile> &PrecedentRanker::profiles()
{
    ensureLoaded();
    return m_profiles;
}

const FactorCatalogue &PrecedentRanker::catalogue()
{
    ensureLoaded();
    return m_catalogue;
}

QList<PrecedentRanker::Evidence> PrecedentRanker::evidenceOf(const CaseProfile &profile)
{
    QList<Evidence> list;
    list.reserve(profile.factors.size() + profile.suggestedFactors.size());
    auto t = profile.factors.cbegin();
    auto s = profile.suggestedFactors.cbegin();
    while (t != profile.factors.cend() || s != profile.suggestedFactors.cend()) {
        if (s == profile.suggestedFactors.cend() || (t != profile.factors.cend() && *t <= *s)) {
            if (s != profile.suggestedFactors.cend() && *t == *s)
                ++s; // tagged wins
            list.append({*t++, false});
        } else {
            list.append({*s++, true});
        }
    }
    return list;
}

double PrecedentRanker::factorSimilarity(const QList<FactorId> &subject,
                                         const QList<FactorId> &precedent,
                                         const FactorCatalogue &catalogue,
                                         const PrecedentWeights &weights)
{
    return factorSimilarity(taggedOnly(subject), taggedOnly(precedent), catalogue, weights);
}

double PrecedentRanker::factorSimilarity(const CaseProfile &subject, const CaseProfile &precedent,
                                         const FactorCatalogue &catalogue,
                                         const PrecedentWeights &weights)
{
    return factorSimilarity(evidenceOf(subject), evidenceOf(precedent), catalogue, weights);
}

double PrecedentRanker::factorSimilarity(const QList<Evidence> &subject,
                                         const QList<Evidence> &precedent,
                                         const FactorCatalogue &catalogue,
                                         const PrecedentWeights &weights)
{
    // Each factor counts with how sure each side is of it (a, b: 1 tagged, the suggestion
    // weight when only suggested, 0 absent): the expected count of shared factors is a·b, of
    // factors only the subject has a·(1 − b), only the precedent b·(1 − a). With tagged
    // factors alone this is the plain count.
    double shared = 0;
    double onlySubject = 0;
    double onlyPrecedent = 0;
    double netSubject = 0;   // severity pull of the factors only the subject has
    double netPrecedent = 0; // … and of those only the precedent has
    double aggravating = 0;
    double aggravatingShared = 0;
    auto weigh = [&](FactorId id, double a, double b) {
        const auto it = catalogue.constFind(id);
        if (it == catalogue.cend())
            return;
        const double w = factorWeight(*it, weights);
        const int d = direction(*it);
        shared += w * a * b;
        onlySubject += w * a * (1 - b);
        onlyPrecedent += w * b * (1 - a);
        netSubject += w * a * (1 - b) * d;
        netPrecedent += w * b * (1 - a) * d;
        if (it->category == FactorCategory::Aggravating) {
            aggravating += a;
            aggravatingShared += a * b;
        }
    };
    auto i = subject.cbegin();
    auto j = precedent.cbegin();
    while (i != subject.cend() || j != precedent.cend()) {
        if (j == precedent.cend() || (i != subject.cend() && i->factor < j->factor)) {
            weigh(i->factor, certainty(*i, weights), 0);
            ++i;
        } else if (i == subject.cend() || j->factor < i->factor) {
            weigh(j->factor, 0, certainty(*j, weights));
            ++j;
        } else {
            weigh(i->factor, certainty(*i, weights), certainty(*j, weights));
            ++i;
            ++j;
        }
    }
    const double denominator = shared + weights.subjectOnlyFactor * onlySubject
                               + weights.precedentOnlyFactor * onlyPrecedent;
    if (denominator <= 0 || shared <= 0)
        return 0;
    const double overlap = shared / denominator;
    const double coverage = aggravating > 0 ? aggravatingShared / aggravating : overlap;
    const double c = std::clamp(weights.aggravatingCoverage, 0.0, 1.0);
    const double total = shared + onlySubject + onlyPrecedent;
    const double imbalance = total > 0 ? std::min(1.0, std::abs(netSubject - netPrecedent) / total)
                                       : 0;
    const double p = std::clamp(weights.polarityBalance, 0.0, 1.0);
    return ((1 - c) * overlap + c * coverage) * (1 - p * imbalance);
}

double PrecedentRanker::contextSimilarity(const CaseProfile &subject, const CaseProfile &precedent)
{
    double grounds = 0;
    if (!subject.grounds.isEmpty() || !precedent.grounds.isEmpty()) {
        int common = 0;
        for (StatutoryGround g : subject.grounds) {
            if (precedent.grounds.contains(g))
                ++common;
        }
        const auto all = subject.grounds.size() + precedent.grounds.size() - common;
        grounds = double(common) / double(all);
    }
    const bool profession = !subject.profession.trimmed().isEmpty()
                            && subject.profession.trimmed().compare(precedent.profession.trimmed(),
                                                                    Qt::CaseInsensitive)
                                   == 0;
    const bool regulator = subject.regulator == precedent.regulator;
    return 0.5 * grounds + 0.25 * (profession ? 1 : 0) + 0.25 * (regulator ? 1 : 0);
}

PrecedentMatch PrecedentRanker::makeMatch(const CaseProfile &subject, const CaseProfile &precedent,
                                          double text) const
{
    PrecedentMatch m;
    m.precedent = precedent;
    const QList<Evidence> subjectEvidence = m_evidence.at(m_index.value(subject.id));
    const QList<Evidence> precedentEvidence = m_evidence.at(m_index.value(precedent.id));
    m.factorScore = factorSimilarity(subjectEvidence, precedentEvidence, m_catalogue, m_weights);
    m.textScore = text;
    m.contextScore = contextSimilarity(subject, precedent);
    const double sum = m_weights.factors + m_weights.text + m_weights.context;
    m.score = sum > 0 ? (m_weights.factors * m.factorScore + m_weights.text * m.textScore
                         + m_weights.context * m.contextScore)
                            / sum
                      : 0;
    FactorSplit s = split(subjectEvidence, precedentEvidence, m_weights);
    m.suggested = std::move(s.suggested);
    // Lists in codebook order, as the factor table shows them.
    for (FactorId id : m_codebookOrder) {
        const Factor &f = m_catalogue[id];
        if (std::binary_search(s.shared.cbegin(), s.shared.cend(), id))
            m.shared.append(f);
        else if (std::binary_search(s.onlySubject.cbegin(), s.onlySubject.cend(), id))
            m.onlyInSubject.append(f);
        else if (std::binary_search(s.onlyPrecedent.cbegin(), s.onlyPrecedent.cend(), id))
            m.onlyInPrecedent.append(f);
    }
    const bool anyAggravating
        = std::any_of(m.shared.cbegin(), m.shared.cend(),
                      [](const Factor &f) { return f.category == FactorCategory::Aggravating; })
          || std::any_of(s.onlySubject.cbegin(), s.onlySubject.cend(), [&](FactorId id) {
                 return m_catalogue.value(id).category == FactorCategory::Aggravating;
             });
    m.sharesAllAggravating = anyAggravating
                             && std::none_of(m.onlyInSubject.cbegin(), m.onlyInSubject.cend(),
                                             [](const Factor &f) {
                                                 return f.category == FactorCategory::Aggravating;
                                             });
    return m;
}

PrecedentResult PrecedentRanker::rank(CaseId subjectId, const CaseFilters &filters, int top)
{
    ensureLoaded();
    ensureSuggestions();
    const auto at = m_index.constFind(subjectId);
    if (at == m_index.cend())
        noSuchCase(subjectId);
    PrecedentResult result;
    result.subject = m_profiles.at(*at);
    const CaseProfile &subject = result.subject;

    const TextSimilarity::Scores text = m_weights.text > 0 ? m_text->scoresFor(subjectId)
                                                           : TextSimilarity::Scores{};
    result.textUnavailable = !text.available;

    // Score every candidate cheaply; build the full match (factor lists, sentence) for the top.
    struct Scored
    {
        double score;
        qsizetype index;
        double text;
    };
    QList<Scored> scored;
    scored.reserve(m_profiles.size());
    const double sum = m_weights.factors + m_weights.text + m_weights.context;
    const QList<Evidence> &subjectEvidence = m_evidence.at(*at);
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const CaseProfile &p = m_profiles.at(i);
        if (p.id == subjectId || !filters.accepts(p))
            continue;
        const double t = text.byCase.value(p.id);
        const double f = m_weights.factors > 0 ? factorSimilarity(subjectEvidence, m_evidence.at(i),
                                                                  m_catalogue, m_weights)
                                               : 0;
        const double c = contextSimilarity(subject, p);
        const double s = sum > 0
                             ? (m_weights.factors * f + m_weights.text * t + m_weights.context * c)
                                   / sum
                             : 0;
        scored.append({s, i, t});
    }
    result.candidates = static_cast<int>(scored.size());
    const qsizetype n = std::clamp<qsizetype>(top, 0, scored.size());
    std::partial_sort(
        scored.begin(), scored.begin() + n, scored.end(), [this](const Scored &a, const Scored &b) {
            if (a.score != b.score)
                return a.score > b.score;
            return m_profiles.at(a.index).reference < m_profiles.at(b.index).reference;
        });
    for (qsizetype i = 0; i < n; ++i) {
        PrecedentMatch m = makeMatch(subject, m_profiles.at(scored.at(i).index), scored.at(i).text);
        m.explanation = precedentexplanation::explain(m, text.available);
        result.matches.append(std::move(m));
    }
    return result;
}

PrecedentMatch PrecedentRanker::score(CaseId subjectId, CaseId precedentId)
{
    ensureLoaded();
    ensureSuggestions();
    const auto a = m_index.constFind(subjectId);
    if (a == m_index.cend())
        noSuchCase(subjectId);
    const auto b = m_index.constFind(precedentId);
    if (b == m_index.cend())
        noSuchCase(precedentId);
    const TextSimilarity::Scores text = m_weights.text > 0 ? m_text->scoresFor(subjectId)
                                                           : TextSimilarity::Scores{};
    PrecedentMatch m = makeMatch(m_profiles.at(*a), m_profiles.at(*b),
                                 text.byCase.value(precedentId));
    m.explanation = precedentexplanation::explain(m, text.available);
    return m;
}

} // namespace casebench
