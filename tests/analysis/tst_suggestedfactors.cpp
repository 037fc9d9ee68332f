// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"
#include "untaggedcorpus.h"

#include "analysis/phrasesuggester.h"
#include "analysis/suggestedfactors.h"
#include "storage/suggestionrepository.h"

#include <QTest>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

class TestSuggestedFactors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { SuggestedFactors::clearCache(); }
    void factorsOfEachCase();
    void documentsAreSearchedOnce();
    void changedTextIsSearchedAgain();
    void changedPhrasesSearchEveryDocumentAgain();
    void dismissalsApplyWithoutSearching();
    void emptyCodebookSuggestsNothing();
};

namespace {

QStringList keysOf(AnalysisFixture &fx, const QList<FactorId> &ids)
{
    QStringList keys;
    for (FactorId id : ids)
        keys.append(fx.library().codebook().find(id)->key);
    keys.sort();
    return keys;
}

CaseId caseByReference(AnalysisFixture &fx, const QString &reference)
{
    return fx.library().cases().findByReference(reference)->id;
}

} // namespace

void TestSuggestedFactors::factorsOfEachCase()
{
    AnalysisFixture fx;
    const UntaggedCorpus c = addUntaggedCorpus(fx);
    const CaseId tagged = fx.add({u"T"_s, {u"remorse"_s}});
    SuggestedFactors::Stats stats;
    const auto byCase = SuggestedFactors::byCase(fx.library(), fx.library().codebook().all(),
                                                 &stats);
    QCOMPARE(stats.documents, 11);
    QCOMPARE(stats.computed, 11);
    QCOMPARE(keysOf(fx, byCase.value(c.dishonestyQuery)),
             (QStringList{u"dishonesty"_s, u"fact_proved"_s, u"falsified_records"_s}));
    QCOMPARE(keysOf(fx, byCase.value(caseByReference(fx, c.records.at(1)))),
             (QStringList{u"fact_proved"_s, u"lack_of_supervision"_s, u"record_keeping"_s,
                          u"workload_pressure"_s}));
    QCOMPARE(keysOf(fx, byCase.value(caseByReference(fx, c.other.at(0)))),
             (QStringList{u"boundary_violation"_s, u"fact_proved"_s}));
    // Tagged factors are not taken out here (the ranker does): the fixture's sentence names it.
    QCOMPARE(keysOf(fx, byCase.value(tagged)), QStringList{u"remorse"_s});
}

void TestSuggestedFactors::documentsAreSearchedOnce()
{
    AnalysisFixture fx;
    addUntaggedCorpus(fx);
    const QList<Factor> codebook = fx.library().codebook().all();
    SuggestedFactors::Stats stats;
    const auto first = SuggestedFactors::byCase(fx.library(), codebook, &stats);
    QCOMPARE(stats.computed, 10);
    const auto second = SuggestedFactors::byCase(fx.library(), codebook, &stats);
    QCOMPARE(stats.documents, 10);
    QCOMPARE(stats.computed, 0);
    QCOMPARE(second, first);

    // A new case's document is the only one searched.
    const CaseId added = fx.add(importedDecision(u"N"_s, u"The Registrant showed genuine regret."_s,
                                                 SanctionType::CautionOrder, 12));
    const auto third = SuggestedFactors::byCase(fx.library(), codebook, &stats);
    QCOMPARE(stats.computed, 1);
    QCOMPARE(keysOf(fx, third.value(added)), QStringList{u"remorse"_s});

    // A removed document is forgotten: the others stay cached.
    fx.library().cases().remove(added);
    const auto fourth = SuggestedFactors::byCase(fx.library(), codebook, &stats);
    QCOMPARE(stats.documents, 10);
    QCOMPARE(stats.computed, 0);
    QCOMPARE(fourth, first);

    // The cache can be emptied (benchmarks).
    SuggestedFactors::clearCache();
    (void) SuggestedFactors::byCase(fx.library(), codebook, &stats);
    QCOMPARE(stats.computed, 10);
}

void TestSuggestedFactors::changedTextIsSearchedAgain()
{
    AnalysisFixture fx;
    const CaseId id = fx.add(importedDecision(u"A"_s, u"The Registrant acted dishonestly."_s,
                                              SanctionType::CautionOrder, 12));
    fx.add(importedDecision(u"B"_s, u"The Registrant showed remorse."_s, SanctionType::CautionOrder,
                            12));
    const QList<Factor> codebook = fx.library().codebook().all();
    SuggestedFactors::Stats stats;
    QCOMPARE(keysOf(fx, SuggestedFactors::byCase(fx.library(), codebook, &stats).value(id)),
             QStringList{u"dishonesty"_s});

    // The text replaced as the reader does (a new content hash): that document alone again.
    Document d = fx.library().documents().forCase(id, true).constFirst();
    d.text = u"The Registrant failed to record the dose."_s;
    d.contentHash = Document::hashOfText(d.text);
    fx.library().documents().update(d);
    QCOMPARE(keysOf(fx, SuggestedFactors::byCase(fx.library(), codebook, &stats).value(id)),
             QStringList{u"record_keeping"_s});
    QCOMPARE(stats.computed, 1);
    // Written without a hash, the repository hashes the text: changed again.
    d.text = u"The Registrant was short staffed."_s;
    d.contentHash.clear();
    fx.library().documents().update(d);
    QCOMPARE(keysOf(fx, SuggestedFactors::byCase(fx.library(), codebook, &stats).value(id)),
             QStringList{u"staffing_shortage"_s});
    QCOMPARE(stats.computed, 1);
    // Nothing changed: nothing searched.
    (void) SuggestedFactors::byCase(fx.library(), codebook, &stats);
    QCOMPARE(stats.computed, 0);
}

void TestSuggestedFactors::changedPhrasesSearchEveryDocumentAgain()
{
    AnalysisFixture fx;
    const CaseId id = fx.add(importedDecision(u"A"_s, u"The Registrant fabricated a reference."_s,
                                              SanctionType::CautionOrder, 12));
    fx.add(importedDecision(u"B"_s, u"The Registrant showed remorse."_s, SanctionType::CautionOrder,
                            12));
    SuggestedFactors::Stats stats;
    const auto before = SuggestedFactors::byCase(fx.library(), fx.library().codebook().all(),
                                                 &stats);
    QVERIFY(!before.contains(id));
    const size_t revision = SuggestedFactors::phrasesRevision(fx.library().codebook().all());

    Factor dishonesty = *fx.library().codebook().findByKey(u"dishonesty"_s);
    dishonesty.phrases.append(u"fabricated"_s);
    fx.library().codebook().update(dishonesty);
    const QList<Factor> codebook = fx.library().codebook().all();
    QVERIFY(SuggestedFactors::phrasesRevision(codebook) != revision);
    const auto after = SuggestedFactors::byCase(fx.library(), codebook, &stats);
    QCOMPARE(stats.computed, 2);
    QCOMPARE(keysOf(fx, after.value(id)), QStringList{u"dishonesty"_s});
}

void TestSuggestedFactors::dismissalsApplyWithoutSearching()
{
    AnalysisFixture fx;
    const CaseId id = fx.add(importedDecision(
        u"A"_s, u"The Registrant acted dishonestly at first.\n\nLater she was dishonest again."_s,
        SanctionType::CautionOrder, 12));
    const QList<Factor> codebook = fx.library().codebook().all();
    SuggestedFactors::Stats stats;
    QCOMPARE(keysOf(fx, SuggestedFactors::byCase(fx.library(), codebook, &stats).value(id)),
             QStringList{u"dishonesty"_s});

    const Document d = fx.library().documents().forCase(id, true).constFirst();
    const QList<PhraseSuggestion> found = PhraseSuggester(codebook).suggest(d.text);
    QCOMPARE(found.size(), 2);
    SuggestionRepository &dismissals = fx.library().suggestionDismissals();
    auto dismiss = [&](const PhraseSuggestion &s) {
        SuggestionDismissal x;
        x.document = d.id;
        x.factor = s.factor;
        x.start = s.start;
        x.end = s.end;
        x.quote = s.quote;
        return dismissals.add(x);
    };
    // One sentence dismissed: the other still suggests the factor.
    dismiss(found.at(0));
    QCOMPARE(keysOf(fx, SuggestedFactors::byCase(fx.library(), codebook, &stats).value(id)),
             QStringList{u"dishonesty"_s});
    QCOMPARE(stats.computed, 0);
    // Both dismissed: nothing is suggested.
    const SuggestionDismissal second = dismiss(found.at(1));
    QVERIFY(!SuggestedFactors::byCase(fx.library(), codebook, &stats).contains(id));
    QCOMPARE(stats.computed, 0);
    // A dismissal undone counts again.
    dismissals.remove(second.id);
    QVERIFY(SuggestedFactors::byCase(fx.library(), codebook, &stats).contains(id));
}

void TestSuggestedFactors::emptyCodebookSuggestsNothing()
{
    AnalysisFixture fx;
    fx.add(importedDecision(u"A"_s, u"The Registrant acted dishonestly."_s,
                            SanctionType::CautionOrder, 12));
    QList<Factor> codebook = fx.library().codebook().all();
    for (Factor &f : codebook)
        f.phrases.clear();
    SuggestedFactors::Stats stats;
    QVERIFY(SuggestedFactors::byCase(fx.library(), codebook, &stats).isEmpty());
    QCOMPARE(stats.computed, 0);
}

QTEST_GUILESS_MAIN(TestSuggestedFactors)
#include "tst_suggestedfactors.moc"
