// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"
#include "untaggedcorpus.h"

#include "analysis/phrasesuggester.h"
#include "analysis/precedentranker.h"
#include "model/libraryerror.h"
#include "storage/suggestionrepository.h"

#include <QTest>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

namespace {

QStringList references(const PrecedentResult &result)
{
    QStringList list;
    for (const PrecedentMatch &m : result.matches)
        list.append(m.precedent.reference);
    return list;
}

QStringList keys(const QList<Factor> &factors)
{
    QStringList list;
    for (const Factor &f : factors)
        list.append(f.key);
    list.sort();
    return list;
}

/// Weights with only the factor part, so that order follows from the factors alone.
PrecedentWeights factorsOnly()
{
    PrecedentWeights w;
    w.text = 0;
    w.context = 0;
    return w;
}

} // namespace

class TestPrecedentRanker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseSharingEveryFactorRanksFirst();
    void distinguishingFactorLowersPrecedent();
    void sharingAllAggravatingBeatsSharingSome();
    void polarityOfDistinctionsMatters();
    void explanationNamesTheFactors();
    void partsAndWeights();
    void contextBreaksTies();
    void textSimilarityFindsTheSameStory();
    void filters();
    void preparationCasesLeftOut();
    void topLimitsAndCandidates();
    void unknownCaseIsNotFound();
    void invalidateRereads();
    void suggestionsAloneRankSameFactorPrecedentsFirst();
    void taggedOutweighsSuggested();
    void evidenceArithmetic();
    void dismissedSuggestionNeverCounts();
};

void TestPrecedentRanker::caseSharingEveryFactorRanksFirst()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add(
        {u"S"_s, {u"dishonesty"_s, u"workload_pressure"_s, u"remorse"_s}});
    fx.add({u"A-partial"_s, {u"dishonesty"_s, u"harm"_s}});
    fx.add({u"B-all"_s, {u"dishonesty"_s, u"workload_pressure"_s, u"remorse"_s}});
    fx.add({u"C-none"_s, {u"harm"_s, u"testimonials"_s}});
    fx.add({u"D-untagged"_s, {}});
    PrecedentRanker ranker(fx.library());
    ranker.setWeights(factorsOnly());
    const PrecedentResult r = ranker.rank(subject);
    QCOMPARE(r.subject.reference, u"S"_s);
    QCOMPARE(r.candidates, 4);
    QCOMPARE(references(r).first(), u"B-all"_s);
    QCOMPARE(references(r).at(1), u"A-partial"_s);
    QCOMPARE(r.matches.first().factorScore, 1.0);
    QCOMPARE(r.matches.last().factorScore, 0.0);
}

void TestPrecedentRanker::distinguishingFactorLowersPrecedent()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s, u"repeated_conduct"_s}});
    fx.add({u"A-extra"_s, {u"dishonesty"_s, u"repeated_conduct"_s, u"vulnerable_service_users"_s}});
    fx.add({u"B-same"_s, {u"dishonesty"_s, u"repeated_conduct"_s}});
    fx.add({u"C-missing"_s, {u"dishonesty"_s}});
    PrecedentRanker ranker(fx.library());
    ranker.setWeights(factorsOnly());
    const PrecedentResult r = ranker.rank(subject);
    QCOMPARE(references(r), (QStringList{u"B-same"_s, u"A-extra"_s, u"C-missing"_s}));
    QVERIFY(r.matches.at(0).factorScore > r.matches.at(1).factorScore);
    // A factor of this case the precedent lacks weighs more than an extra one of the precedent.
    QVERIFY(r.matches.at(1).factorScore > r.matches.at(2).factorScore);
}

void TestPrecedentRanker::sharingAllAggravatingBeatsSharingSome()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s, u"harm"_s, u"abuse_of_trust"_s}});
    // Shares all three aggravating factors but has three mitigating factors of its own.
    fx.add({u"A-all-aggravating"_s,
            {u"dishonesty"_s, u"harm"_s, u"abuse_of_trust"_s, u"testimonials"_s, u"remorse"_s,
             u"insight"_s}});
    // Shares two of three and nothing else.
    fx.add({u"B-some-aggravating"_s, {u"dishonesty"_s, u"harm"_s}});
    PrecedentRanker ranker(fx.library());
    ranker.setWeights(factorsOnly());
    const PrecedentResult r = ranker.rank(subject);
    QCOMPARE(references(r), (QStringList{u"A-all-aggravating"_s, u"B-some-aggravating"_s}));
    QVERIFY(r.matches.at(0).sharesAllAggravating);
    QVERIFY(!r.matches.at(1).sharesAllAggravating);

    // Without the coverage share (and polarity), plain overlap puts the two level.
    PrecedentWeights w = factorsOnly();
    w.aggravatingCoverage = 0;
    w.polarityBalance = 0;
    ranker.setWeights(w);
    const PrecedentResult plain = ranker.rank(subject);
    QVERIFY(qFuzzyCompare(plain.matches.at(0).factorScore, plain.matches.at(1).factorScore));
}

void TestPrecedentRanker::polarityOfDistinctionsMatters()
{
    AnalysisFixture fx;
    // The subject has one aggravating factor the precedents lack.
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s, u"harm"_s, u"repeated_conduct"_s}});
    // Its distinction pulls the same way as the subject's (both more severe).
    fx.add({u"A-same-way"_s, {u"dishonesty"_s, u"harm"_s, u"abuse_of_trust"_s}});
    // Its distinction pulls the other way (mitigation): the cases lie further apart.
    fx.add({u"B-other-way"_s, {u"dishonesty"_s, u"harm"_s, u"testimonials"_s}});
    PrecedentRanker ranker(fx.library());
    ranker.setWeights(factorsOnly());
    const PrecedentResult r = ranker.rank(subject);
    QCOMPARE(references(r), (QStringList{u"A-same-way"_s, u"B-other-way"_s}));
    QVERIFY(r.matches.at(0).factorScore > r.matches.at(1).factorScore);

    // With polarity switched off, the two are level and the reference decides.
    PrecedentWeights w = factorsOnly();
    w.polarityBalance = 0;
    ranker.setWeights(w);
    const PrecedentResult level = ranker.rank(subject);
    QCOMPARE(level.matches.at(0).factorScore, level.matches.at(1).factorScore);
}

void TestPrecedentRanker::explanationNamesTheFactors()
{
    AnalysisFixture fx;
    CaseSpec s{u"S"_s, {u"workload_pressure"_s, u"lack_of_supervision"_s, u"dishonesty"_s}};
    s.text = u"Her caseload doubled while supervision sessions were cancelled."_s;
    const CaseId subject = fx.add(s);
    fx.add({u"P"_s,
            {u"workload_pressure"_s, u"lack_of_supervision"_s, u"remorse"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2019, 1, 1),
            SanctionType::CautionOrder,
            36,
            u"The caseload grew and supervision sessions lapsed."_s});
    fx.add({u"Q"_s,
            {},
            Regulator::Gmc,
            u"Doctor"_s,
            {StatutoryGround::Health},
            QDate(2019, 1, 1),
            std::nullopt,
            std::nullopt,
            u"A different matter entirely."_s});
    PrecedentRanker ranker(fx.library());
    const PrecedentResult r = ranker.rank(subject);
    QCOMPARE(r.matches.size(), 2);
    QVERIFY(!r.textUnavailable);
    const PrecedentMatch &m = r.matches.first();
    QCOMPARE(m.precedent.reference, u"P"_s);
    QVERIFY(m.textScore > 0);
    QCOMPARE(
        r.matches.last().explanation,
        u"shares no factors; differs: this case has dishonesty, workload pressure, lack of supervision; "
        "text similarity 0.00; outcome: no order"_s);
    QCOMPARE(keys(m.shared), (QStringList{u"lack_of_supervision"_s, u"workload_pressure"_s}));
    QCOMPARE(keys(m.onlyInSubject), QStringList{u"dishonesty"_s});
    QCOMPARE(keys(m.onlyInPrecedent), QStringList{u"remorse"_s});
    QVERIFY2(
        m.explanation.startsWith(u"shares 2 factors (workload pressure, lack of supervision); "_s)
            || m.explanation.startsWith(
                u"shares 2 factors (lack of supervision, workload pressure); "_s),
        qPrintable(m.explanation));
    QVERIFY2(m.explanation.contains(
                 u"differs: this case has dishonesty, the precedent has remorse and apology"_s),
             qPrintable(m.explanation));
    QVERIFY2(m.explanation.contains(u"text similarity "_s), qPrintable(m.explanation));
    QVERIFY2(m.explanation.endsWith(u"outcome: caution order, 3 years"_s),
             qPrintable(m.explanation));
}

void TestPrecedentRanker::partsAndWeights()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s}});
    fx.add({u"P"_s, {u"dishonesty"_s}});
    PrecedentRanker ranker(fx.library());
    PrecedentWeights w;
    w.factors = 2;
    w.text = 0;
    w.context = 2;
    ranker.setWeights(w);
    const PrecedentMatch m = ranker.rank(subject).matches.first();
    QCOMPARE(m.factorScore, 1.0);
    QCOMPARE(m.contextScore, 1.0); // same ground, profession and regulator
    QCOMPARE(m.score, 1.0);
    QCOMPARE(ranker.score(subject, m.precedent.id).score, m.score);
}

void TestPrecedentRanker::contextBreaksTies()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s}, Regulator::Nmc, u"Midwife"_s});
    fx.add({u"A-other-regulator"_s,
            {u"dishonesty"_s},
            Regulator::Gmc,
            u"Doctor"_s,
            {StatutoryGround::Health}});
    fx.add({u"B-same-context"_s, {u"dishonesty"_s}, Regulator::Nmc, u"Midwife"_s});
    fx.add({u"C-same-regulator"_s, {u"dishonesty"_s}, Regulator::Nmc, u"Registered nurse"_s});
    PrecedentRanker ranker(fx.library());
    PrecedentWeights w;
    w.text = 0;
    ranker.setWeights(w);
    QCOMPARE(references(ranker.rank(subject)),
             (QStringList{u"B-same-context"_s, u"C-same-regulator"_s, u"A-other-regulator"_s}));
}

void TestPrecedentRanker::textSimilarityFindsTheSameStory()
{
    AnalysisFixture fx;
    const QString insulin
        = u"The registrant gave insulin twice on the ward; the insulin chart and the syringe "
          "driver showed the overdose. Hypoglycaemia followed the insulin overdose."_s;
    const QString timesheet
        = u"The registrant submitted timesheets for agency shifts never worked; payroll "
          "found the overtime claims and the invoices did not match."_s;
    const CaseId subject = fx.add({u"S"_s,
                                   {},
                                   Regulator::Hcpc,
                                   u"Paramedic"_s,
                                   {},
                                   QDate(2020, 1, 1),
                                   SanctionType::CautionOrder,
                                   12,
                                   insulin});
    fx.add({u"A-timesheets"_s,
            {},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {},
            QDate(2020, 1, 1),
            SanctionType::CautionOrder,
            12,
            timesheet});
    fx.add(
        {u"B-insulin"_s,
         {},
         Regulator::Hcpc,
         u"Paramedic"_s,
         {},
         QDate(2020, 1, 1),
         SanctionType::CautionOrder,
         12,
         u"An insulin overdose was recorded on the chart after the syringe was prepared twice."_s});
    fx.add({u"C-other"_s,
            {},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {},
            QDate(2020, 1, 1),
            SanctionType::CautionOrder,
            12,
            u"Nothing alike at all: a dental practice, a broken chair, and a late invoice."_s});
    PrecedentRanker ranker(fx.library());
    PrecedentWeights w;
    w.factors = 0;
    w.context = 0;
    ranker.setWeights(w);
    const PrecedentResult r = ranker.rank(subject);
    QVERIFY(!r.textUnavailable);
    QCOMPARE(r.matches.first().precedent.reference, u"B-insulin"_s);
    QVERIFY(r.matches.first().textScore > 0);
    QVERIFY(r.matches.first().textScore <= 1);
    for (const PrecedentMatch &m : r.matches) {
        if (m.precedent.reference != u"B-insulin"_s)
            QCOMPARE(m.textScore, 0.0);
    }
}

void TestPrecedentRanker::filters()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s}});
    fx.add({u"HCPC-2018"_s,
            {u"dishonesty"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2018, 3, 1),
            SanctionType::Suspension,
            6});
    fx.add({u"NMC-2021"_s,
            {u"dishonesty"_s},
            Regulator::Nmc,
            u"Midwife"_s,
            {StatutoryGround::LackOfCompetence},
            QDate(2021, 3, 1),
            SanctionType::StrikingOff,
            std::nullopt});
    fx.add({u"SWE-2023"_s,
            {u"dishonesty"_s},
            Regulator::SocialWorkEngland,
            u"Social worker"_s,
            {StatutoryGround::Conviction},
            QDate(2023, 3, 1),
            std::nullopt,
            std::nullopt});
    PrecedentRanker ranker(fx.library());
    auto ranked = [&](const CaseFilters &f) {
        QStringList refs = references(ranker.rank(subject, f));
        refs.sort();
        return refs;
    };
    CaseFilters f;
    f.regulators = {Regulator::Nmc, Regulator::SocialWorkEngland};
    QCOMPARE(ranked(f), (QStringList{u"NMC-2021"_s, u"SWE-2023"_s}));
    f = {};
    f.professions = {u"midwife"_s};
    QCOMPARE(ranked(f), QStringList{u"NMC-2021"_s});
    f = {};
    f.yearFrom = 2019;
    f.yearTo = 2022;
    QCOMPARE(ranked(f), QStringList{u"NMC-2021"_s});
    f = {};
    f.sanctions = {SanctionType::Suspension, std::nullopt};
    QCOMPARE(ranked(f), (QStringList{u"HCPC-2018"_s, u"SWE-2023"_s}));
    f = {};
    f.grounds = {StatutoryGround::LackOfCompetence, StatutoryGround::Conviction};
    QCOMPARE(ranked(f), (QStringList{u"NMC-2021"_s, u"SWE-2023"_s}));
    f = {};
    f.regulators = {Regulator::Gmc};
    const PrecedentResult none = ranker.rank(subject, f);
    QVERIFY(none.matches.isEmpty());
    QCOMPARE(none.candidates, 0);
}

void TestPrecedentRanker::preparationCasesLeftOut()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s}});
    CaseSpec prep{u"PREP"_s, {u"dishonesty"_s}};
    prep.role = CaseRole::Preparation;
    fx.add(prep);
    fx.add({u"P"_s, {u"harm"_s}});
    PrecedentRanker ranker(fx.library());
    QCOMPARE(references(ranker.rank(subject)), QStringList{u"P"_s});
    CaseFilters f;
    f.includePreparation = true;
    QCOMPARE(references(ranker.rank(subject, f)), (QStringList{u"PREP"_s, u"P"_s}));
}

void TestPrecedentRanker::topLimitsAndCandidates()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s}});
    for (int i = 0; i < 7; ++i)
        fx.add({u"P%1"_s.arg(i), {u"dishonesty"_s}});
    PrecedentRanker ranker(fx.library());
    const PrecedentResult r = ranker.rank(subject, {}, 3);
    QCOMPARE(r.matches.size(), 3);
    QCOMPARE(r.candidates, 7);
    // Equal scores: ordered by reference.
    QCOMPARE(references(r), (QStringList{u"P0"_s, u"P1"_s, u"P2"_s}));
    QCOMPARE(ranker.rank(subject, {}, 0).matches.size(), 0);
}

void TestPrecedentRanker::unknownCaseIsNotFound()
{
    AnalysisFixture fx;
    fx.add({u"S"_s, {}});
    PrecedentRanker ranker(fx.library());
    try {
        (void) ranker.rank(CaseId(999));
        QFAIL("no error");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
        QVERIFY(e.message().endsWith(u'.'));
    }
}

void TestPrecedentRanker::invalidateRereads()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s}});
    PrecedentRanker ranker(fx.library());
    QCOMPARE(ranker.rank(subject).matches.size(), 0);
    fx.add({u"P"_s, {u"dishonesty"_s}});
    QCOMPARE(ranker.rank(subject).matches.size(), 0); // still the profiles read before
    ranker.invalidate();
    QCOMPARE(ranker.rank(subject).matches.size(), 1);
}

namespace {

QStringList firstReferences(const PrecedentResult &result, qsizetype n)
{
    QStringList list = references(result).mid(0, n);
    list.sort();
    return list;
}

/// A precedent whose only link to dishonesty is a phrase in its text (nothing tagged).
CaseSpec suggestsDishonesty(const QString &reference)
{
    CaseSpec spec;
    spec.reference = reference;
    spec.text = u"The Panel was satisfied that the Registrant acted dishonestly."_s;
    spec.untagged = true;
    return spec;
}

} // namespace

void TestPrecedentRanker::suggestionsAloneRankSameFactorPrecedentsFirst()
{
    AnalysisFixture fx;
    const UntaggedCorpus c = addUntaggedCorpus(fx);
    PrecedentRanker ranker(fx.library());
    // Counting tagged factors only, nothing tells the decisions apart by their factors.
    PrecedentWeights taggedOnly = factorsOnly();
    taggedOnly.suggestedFactor = 0;
    ranker.setWeights(taggedOnly);
    const PrecedentResult before = ranker.rank(c.dishonestyQuery);
    QCOMPARE(before.candidates, 8);
    for (const PrecedentMatch &m : before.matches) {
        QCOMPARE(m.factorScore, 0.0);
        QVERIFY(m.shared.isEmpty() && m.suggested.isEmpty());
    }
    QVERIFY(firstReferences(before, 3) != c.dishonesty);

    // With the suggestions, the three dishonesty decisions come first, by factors alone…
    ranker.setWeights(factorsOnly());
    const PrecedentResult r = ranker.rank(c.dishonestyQuery);
    QCOMPARE(r.subject.factors, QList<FactorId>());
    QCOMPARE(r.subject.suggestedFactors,
             (QList<FactorId>{fx.factor(u"fact_proved"_s), fx.factor(u"dishonesty"_s),
                              fx.factor(u"falsified_records"_s)}));
    QCOMPARE(firstReferences(r, 3), c.dishonesty);
    QVERIFY(r.matches.at(2).factorScore > r.matches.at(3).factorScore);
    const PrecedentMatch &top = r.matches.first();
    QCOMPARE(keys(top.shared),
             (QStringList{u"dishonesty"_s, u"fact_proved"_s, u"falsified_records"_s}));
    QCOMPARE(top.suggested.size(), 3);
    QVERIFY(top.isSuggested(fx.factor(u"dishonesty"_s)));
    QVERIFY2(top.explanation.contains(u"dishonesty (suggested)"_s), qPrintable(top.explanation));
    QVERIFY2(top.explanation.startsWith(u"shares 3 factors ("_s), qPrintable(top.explanation));
    // … and the record-keeping ones for the record-keeping case, the one with the same three
    // factors first.
    const PrecedentResult records = ranker.rank(c.recordsQuery);
    QCOMPARE(firstReferences(records, 3), c.records);
    QCOMPARE(records.matches.first().precedent.reference, c.records.first());

    // With the default weights (text and context too) the order holds.
    ranker.setWeights({});
    QCOMPARE(firstReferences(ranker.rank(c.dishonestyQuery), 3), c.dishonesty);
    QCOMPARE(firstReferences(ranker.rank(c.recordsQuery), 3), c.records);
}

void TestPrecedentRanker::taggedOutweighsSuggested()
{
    AnalysisFixture fx;
    const CaseId tagged = fx.add({u"S-TAGGED"_s, {u"dishonesty"_s}});
    const CaseId suggested = fx.add(suggestsDishonesty(u"S-SUGGESTED"_s));
    fx.add({u"P-TAGGED"_s, {u"dishonesty"_s}});
    fx.add(suggestsDishonesty(u"P-SUGGESTED"_s));
    fx.add({u"P-NONE"_s, {u"harm"_s}});
    PrecedentRanker ranker(fx.library());
    ranker.setWeights(factorsOnly());

    // Whether this case's factor is tagged or only suggested, a precedent with it tagged ranks
    // above one where it is only suggested, which ranks above one without it.
    for (const CaseId subject : {tagged, suggested}) {
        const PrecedentResult r = ranker.rank(subject);
        QStringList order = references(r);
        order.removeIf([](const QString &ref) { return ref.startsWith(u"S-"_s); });
        QCOMPARE(order, (QStringList{u"P-TAGGED"_s, u"P-SUGGESTED"_s, u"P-NONE"_s}));
        double tagScore = -1;
        double suggestScore = -1;
        for (const PrecedentMatch &m : r.matches) {
            if (m.precedent.reference == u"P-TAGGED"_s)
                tagScore = m.factorScore;
            if (m.precedent.reference == u"P-SUGGESTED"_s)
                suggestScore = m.factorScore;
        }
        QVERIFY(suggestScore > 0);
        QVERIFY(tagScore > suggestScore);
    }
    // A tagged case's factor is tagged evidence even where its phrase is found too (the
    // fixture's sentence names "dishonesty"), so nothing is marked suggested between two tagged
    // cases; a suggestion on one side marks the shared factor.
    const PrecedentResult r = ranker.rank(tagged);
    QCOMPARE(r.subject.suggestedFactors, QList<FactorId>());
    for (const PrecedentMatch &m : r.matches) {
        if (m.precedent.reference == u"P-TAGGED"_s) {
            QVERIFY(m.suggested.isEmpty());
            QVERIFY2(m.explanation.startsWith(u"shares 1 factor (dishonesty);"_s),
                     qPrintable(m.explanation));
        } else if (m.precedent.reference == u"P-SUGGESTED"_s) {
            QCOMPARE(m.suggested, QList<FactorId>{fx.factor(u"dishonesty"_s)});
            QVERIFY2(m.explanation.startsWith(u"shares 1 factor (dishonesty (suggested));"_s),
                     qPrintable(m.explanation));
        }
    }
}

void TestPrecedentRanker::evidenceArithmetic()
{
    AnalysisFixture fx;
    (void) fx.add({u"S"_s, {}});
    PrecedentRanker ranker(fx.library());
    const FactorCatalogue &catalogue = ranker.catalogue();
    const FactorId dishonesty = fx.factor(u"dishonesty"_s);
    const FactorId records = fx.factor(u"record_keeping"_s);
    const FactorId remorse = fx.factor(u"remorse"_s);
    PrecedentWeights w = factorsOnly();
    w.aggravatingCoverage = 0;
    w.polarityBalance = 0;
    using E = PrecedentRanker::Evidence;
    auto sim = [&](const QList<E> &a, const QList<E> &b) {
        return PrecedentRanker::factorSimilarity(a, b, catalogue, w);
    };
    // Tagged on both sides: the plain overlap, as before suggestions counted.
    QCOMPARE(sim({{dishonesty, false}}, {{dishonesty, false}}), 1.0);
    QCOMPARE(sim({{dishonesty, false}, {records, false}}, {{dishonesty, false}}),
             PrecedentRanker::factorSimilarity(QList<FactorId>{dishonesty, records},
                                               QList<FactorId>{dishonesty}, catalogue, w));
    // A tagged factor of the case only suggested in the precedent counts its certainty (0.4).
    QVERIFY(qFuzzyCompare(sim({{dishonesty, false}}, {{dishonesty, true}}), 0.4));
    // Both only suggested: 0.16 shared against 0.24 + 0.5 × 0.24 unmatched.
    QVERIFY(qFuzzyCompare(sim({{dishonesty, true}}, {{dishonesty, true}}),
                          0.16 / (0.16 + 0.24 + 0.12)));
    // One tagged shared factor outweighs two suggested ones.
    QVERIFY(sim({{dishonesty, false}, {records, false}, {remorse, false}}, {{dishonesty, false}})
            > sim({{dishonesty, false}, {records, false}, {remorse, false}},
                  {{records, true}, {remorse, true}}));
    // A suggested factor weighted 0 is no factor at all.
    w.suggestedFactor = 0;
    QCOMPARE(sim({{dishonesty, false}}, {{dishonesty, true}}), 0.0);
    QCOMPARE(sim({{dishonesty, false}, {records, true}}, {{dishonesty, false}}), 1.0);
    // At 1 a suggestion is as good as a tag.
    w.suggestedFactor = 1;
    QCOMPARE(sim({{dishonesty, true}}, {{dishonesty, false}}), 1.0);
}

void TestPrecedentRanker::dismissedSuggestionNeverCounts()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"dishonesty"_s}});
    const CaseId precedent = fx.add(suggestsDishonesty(u"P"_s));
    PrecedentRanker ranker(fx.library());
    ranker.setWeights(factorsOnly());
    QVERIFY(ranker.score(subject, precedent).factorScore > 0);

    // The reviewer dismisses the suggestion in P's decision.
    const Document document = fx.library().documents().forCase(precedent, true).constFirst();
    const QList<PhraseSuggestion> found
        = PhraseSuggester(fx.library().codebook().all()).suggest(document.text);
    QCOMPARE(found.size(), 1);
    SuggestionDismissal dismissal;
    dismissal.document = document.id;
    dismissal.factor = found.first().factor;
    dismissal.start = found.first().start;
    dismissal.end = found.first().end;
    dismissal.quote = found.first().quote;
    dismissal = fx.library().suggestionDismissals().add(dismissal);
    ranker.invalidate();
    const PrecedentMatch m = ranker.score(subject, precedent);
    QCOMPARE(m.factorScore, 0.0);
    QVERIFY(m.shared.isEmpty() && m.suggested.isEmpty());
    QVERIFY2(!m.explanation.contains(u"(suggested)"_s), qPrintable(m.explanation));

    // Shown again (undo), it counts again.
    fx.library().suggestionDismissals().remove(dismissal.id);
    ranker.invalidate();
    QVERIFY(ranker.score(subject, precedent).factorScore > 0);
}

QTEST_GUILESS_MAIN(TestPrecedentRanker)
#include "tst_precedentranker.moc"
