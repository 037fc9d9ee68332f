// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsimilarity.h"

#include "storage/analysisrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words{
        u"the"_s,
        u"and"_s,
        u"for"_s,
        u"that"_s,
        u"with"_s,
        u"was"_s,
        u"were"_s,
        u"this"_s,
        u"from"_s,
        u"had"_s,
        u"has"_s,
        u"have"_s,
        u"not"_s,
        u"which"_s,
        u"her"_s,
        u"his"_s,
        u"she"_s,
        u"him"_s,
        u"they"_s,
        u"their"_s,
        u"them"_s,
        u"are"_s,
        u"been"_s,
        u"being"_s,
        u"but"_s,
        u"any"_s,
        u"all"_s,
        u"its"_s,
        u"would"_s,
        u"could"_s,
        u"should"_s,
        u"there"_s,
        u"these"_s,
        u"those"_s,
        u"into"_s,
        u"also"_s,
        u"did"_s,
        u"does"_s,
        u"upon"_s,
        u"such"_s,
        u"than"_s,
        u"then"_s,
        u"who"_s,
        u"whom"_s,
        u"what"_s,
        u"when"_s,
        u"where"_s,
        u"will"_s,
        u"may"_s,
        u"our"_s,
        u"you"_s,
        u"your"_s,
        u"out"_s,
        u"one"_s,
        u"two"_s,
        u"about"_s,
        // Words every decision uses, whatever it is about.
        u"panel"_s,
        u"registrant"_s,
        u"hearing"_s,
        u"decision"_s,
        u"evidence"_s,
        u"found"_s,
        u"considered"_s,
        u"regulator"_s,
        u"practise"_s,
        u"practice"_s,
        u"fitness"_s,
    };
    return words;
}

/// A character as unicode61 with remove_diacritics 2 folds it: lower case, no accents.
QChar folded(QChar c)
{
    if (c.unicode() < 128)
        return c.toLower();
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    return decomposed.isEmpty() ? c.toLower() : decomposed.at(0).toLower();
}

} // namespace

QHash<QString, int> TextSimilarity::termCounts(const QString &text)
{
    QHash<QString, int> counts;
    QString term;
    auto flush = [&] {
        if (term.size() >= 3
            && !std::all_of(term.cbegin(), term.cend(), [](QChar c) { return c.isDigit(); })
            && !stopWords().contains(term)) {
            ++counts[term];
        }
        term.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse)
            term.append(folded(c));
        else if (!term.isEmpty())
            flush();
    }
    if (!term.isEmpty())
        flush();
    return counts;
}

void TextSimilarity::invalidate()
{
    m_frequencies.clear();
    m_documents = -1;
    m_common.clear();
    m_sampled = false;
}

void TextSimilarity::learnCommonWords()
{
    m_sampled = true;
    const QStringList texts = m_library.analysis().sampleTexts(sampleSize);
    if (texts.size() < sampleSize / 2)
        return;
    QHash<QString, int> seen;
    for (const QString &text : texts) {
        const QHash<QString, int> counts = termCounts(text);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ++seen[it.key()];
    }
    const qsizetype threshold = std::max<qsizetype>(2, texts.size() / 4);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() >= threshold)
            m_common.insert(it.key());
    }
}

TextSimilarity::Scores TextSimilarity::scoresFor(CaseId subject)
{
    Scores scores;
    QString text;
    const QList<Document> documents = m_library.documents().forCase(subject, true);
    for (const Document &d : documents)
        text += d.text + u'\n';
    const QHash<QString, int> counts = termCounts(text);
    if (counts.isEmpty())
        return scores;

    // The most frequent terms of the case are looked up in the index's vocabulary.
    if (!m_sampled)
        learnCommonWords();
    QList<std::pair<int, QString>> byCount;
    byCount.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!m_common.contains(it.key()))
            byCount.append({it.value(), it.key()});
    }
    const qsizetype candidates = std::min<qsizetype>(candidateTerms, byCount.size());
    std::partial_sort(byCount.begin(), byCount.begin() + candidates, byCount.end(),
                      [](const auto &a, const auto &b) {
                          return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    QStringList lookup;
    for (qsizetype i = 0; i < candidates; ++i)
        lookup.append(byCount.at(i).second);

    AnalysisRepository &repository = m_library.analysis();
    if (m_documents < 0)
        m_documents = repository.documentCount();
    const double documentsInLibrary = m_documents;
    QStringList unknown;
    for (const QString &term : std::as_const(lookup)) {
        if (!m_frequencies.contains(term))
            unknown.append(term);
    }
    if (!unknown.isEmpty()) {
        const QHash<QString, int> found = repository.documentFrequencies(unknown);
        for (const QString &term : std::as_const(unknown))
            m_frequencies.insert(term, found.value(term));
    }
    const QHash<QString, int> &frequencies = m_frequencies;

    // tf·idf; a term no other document has cannot link to another case, and one most
    // documents have does not tell cases apart.
    QList<std::pair<double, QString>> weighted;
    for (const QString &term : std::as_const(lookup)) {
        const int df = frequencies.value(term);
        if (df <= documents.size())
            continue;
        // Rare enough to tell cases apart, and cheap for BM25 (its cost grows with df).
        if (documentsInLibrary >= 50 && df > documentsInLibrary / 5)
            continue;
        if (documentsInLibrary < 50 && df > documentsInLibrary / 2 && documentsInLibrary >= 20)
            continue;
        const double weight = (1.0 + std::log(counts.value(term)))
                              * std::log(documentsInLibrary / df);
        if (weight > 0)
            weighted.append({weight, term});
    }
    std::sort(weighted.begin(), weighted.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qsizetype i = 0; i < std::min<qsizetype>(queryTerms, weighted.size()); ++i)
        scores.terms.append(weighted.at(i).second);
    if (scores.terms.isEmpty())
        return scores;

    const QHash<CaseId, double> bm25 = repository.caseScoresForTerms(scores.terms, 1000000);
    const double self = bm25.value(subject);
    if (self <= 0)
        return scores;
    scores.available = true;
    for (auto it = bm25.cbegin(); it != bm25.cend(); ++it) {
        if (it.key() != subject)
            scores.byCase.insert(it.key(), std::clamp(it.value() / self, 0.0, 1.0));
    }
    return scores;
}

} // namespace casebench
