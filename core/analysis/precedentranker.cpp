// SPDX-License-Identifier: GPL-3.0-or-later
#include "precedentranker.h"

#include "precedentexplanation.h"
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

/// The two sides of a factor comparison, walked once over two sorted lists.
struct FactorSplit
{
    QList<FactorId> shared;
    QList<FactorId> onlySubject;
    QList<FactorId> onlyPrecedent;
};

FactorSplit split(const QList<FactorId> &a, const QList<FactorId> &b)
{
    FactorSplit s;
    std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(s.shared));
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(s.onlySubject));
    std::set_difference(b.cbegin(), b.cend(), a.cbegin(), a.cend(), std::back_inserter(s.onlyPrecedent));
    return s;
}

[[noreturn]] void noSuchCase(CaseId id)
{
    throw LibraryError(LibraryError::Kind::NotFound,
                       QCoreApplication::translate("casebench", "There is no case with id %1.").arg(id.value));
}

} // namespace

PrecedentRanker::PrecedentRanker(Library &library)
    : m_library(library)
    , m_text(std::make_unique<TextSimilarity>(library))
{
}

PrecedentRanker::~PrecedentRanker() = default;

void PrecedentRanker::setWeights(const PrecedentWeights &weights)
{
    m_weights = weights;
}

void PrecedentRanker::invalidate()
{
    m_loaded = false;
    m_profiles.clear();
    m_index.clear();
    m_catalogue.clear();
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
    const QList<Factor> factors = m_library.codebook().all();
    for (const Factor &f : factors) {
        m_catalogue.insert(f.id, f);
        m_codebookOrder.append(f.id);
    }
    m_loaded = true;
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

double PrecedentRanker::factorSimilarity(const QList<FactorId> &subject, const QList<FactorId> &precedent,
                                         const FactorCatalogue &catalogue, const PrecedentWeights &weights)
{
    double shared = 0;
    double onlySubject = 0;
    double onlyPrecedent = 0;
    double netSubject = 0;    // severity pull of the factors only the subject has
    double netPrecedent = 0;  // … and of those only the precedent has
    int aggravating = 0;
    int aggravatingShared = 0;
    auto weigh = [&](FactorId id, double &sum, double *net, bool isShared, bool inSubject) {
        const auto it = catalogue.constFind(id);
        if (it == catalogue.cend())
            return;
        const double w = factorWeight(*it, weights);
        sum += w;
        if (net)
            *net += w * direction(*it);
        if (inSubject && it->category == FactorCategory::Aggravating) {
            ++aggravating;
            if (isShared)
                ++aggravatingShared;
        }
    };
    auto a = subject.cbegin();
    auto b = precedent.cbegin();
    while (a != subject.cend() || b != precedent.cend()) {
        if (b == precedent.cend() || (a != subject.cend() && *a < *b)) {
            weigh(*a++, onlySubject, &netSubject, false, true);
        } else if (a == subject.cend() || *b < *a) {
            weigh(*b++, onlyPrecedent, &netPrecedent, false, false);
        } else {
            weigh(*a, shared, nullptr, true, true);
            ++a;
            ++b;
        }
    }
    const double denominator = shared + weights.subjectOnlyFactor * onlySubject
                               + weights.precedentOnlyFactor * onlyPrecedent;
    if (denominator <= 0 || shared <= 0)
        return 0;
    const double overlap = shared / denominator;
    const double coverage = aggravating > 0 ? double(aggravatingShared) / aggravating : overlap;
    const double c = std::clamp(weights.aggravatingCoverage, 0.0, 1.0);
    const double total = shared + onlySubject + onlyPrecedent;
    const double imbalance = std::min(1.0, std::abs(netSubject - netPrecedent) / total);
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
                            && subject.profession.trimmed().compare(precedent.profession.trimmed(), Qt::CaseInsensitive) == 0;
    const bool regulator = subject.regulator == precedent.regulator;
    return 0.5 * grounds + 0.25 * (profession ? 1 : 0) + 0.25 * (regulator ? 1 : 0);
}

PrecedentMatch PrecedentRanker::makeMatch(const CaseProfile &subject, const CaseProfile &precedent, double text) const
{
    PrecedentMatch m;
    m.precedent = precedent;
    m.factorScore = factorSimilarity(subject.factors, precedent.factors, m_catalogue, m_weights);
    m.textScore = text;
    m.contextScore = contextSimilarity(subject, precedent);
    const double sum = m_weights.factors + m_weights.text + m_weights.context;
    m.score = sum > 0 ? (m_weights.factors * m.factorScore + m_weights.text * m.textScore
                         + m_weights.context * m.contextScore) / sum
                      : 0;
    const FactorSplit s = split(subject.factors, precedent.factors);
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
    const bool anyAggravating = std::any_of(subject.factors.cbegin(), subject.factors.cend(), [&](FactorId id) {
        return m_catalogue.value(id).category == FactorCategory::Aggravating;
    });
    m.sharesAllAggravating = anyAggravating && std::none_of(m.onlyInSubject.cbegin(), m.onlyInSubject.cend(), [](const Factor &f) {
        return f.category == FactorCategory::Aggravating;
    });
    return m;
}

PrecedentResult PrecedentRanker::rank(CaseId subjectId, const CaseFilters &filters, int top)
{
    ensureLoaded();
    const auto at = m_index.constFind(subjectId);
    if (at == m_index.cend())
        noSuchCase(subjectId);
    PrecedentResult result;
    result.subject = m_profiles.at(*at);
    const CaseProfile &subject = result.subject;

    const TextSimilarity::Scores text = m_weights.text > 0 ? m_text->scoresFor(subjectId) : TextSimilarity::Scores{};
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
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const CaseProfile &p = m_profiles.at(i);
        if (p.id == subjectId || !filters.accepts(p))
            continue;
        const double t = text.byCase.value(p.id);
        const double f = m_weights.factors > 0 ? factorSimilarity(subject.factors, p.factors, m_catalogue, m_weights) : 0;
        const double c = contextSimilarity(subject, p);
        const double s = sum > 0 ? (m_weights.factors * f + m_weights.text * t + m_weights.context * c) / sum : 0;
        scored.append({s, i, t});
    }
    result.candidates = static_cast<int>(scored.size());
    const qsizetype n = std::clamp<qsizetype>(top, 0, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + n, scored.end(), [this](const Scored &a, const Scored &b) {
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
    const auto a = m_index.constFind(subjectId);
    if (a == m_index.cend())
        noSuchCase(subjectId);
    const auto b = m_index.constFind(precedentId);
    if (b == m_index.cend())
        noSuchCase(precedentId);
    const TextSimilarity::Scores text = m_weights.text > 0 ? m_text->scoresFor(subjectId) : TextSimilarity::Scores{};
    PrecedentMatch m = makeMatch(m_profiles.at(*a), m_profiles.at(*b), text.byCase.value(precedentId));
    m.explanation = precedentexplanation::explain(m, text.available);
    return m;
}

} // namespace casebench
