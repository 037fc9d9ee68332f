// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"
#include "untaggedcorpus.h"

#include "analysis/sanctionpicture.h"

#include <QTest>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

class TestSanctionPicture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spreadOnTheLadder();
    void outlierIsExplainedByFactors();
    void positionOfAProposal();
    void emptyPicture();
    void twoOutcomesMakeNoPattern();
    void untaggedLibraryIsPlottable();
};

namespace {

/// Five precedents: three caution orders, one conditions order, one striking-off that has
/// dishonesty the subject lacks.
PrecedentResult ranked(AnalysisFixture &fx)
{
    const CaseId subject = fx.add({u"S"_s, {u"record_keeping"_s, u"remorse"_s}});
    fx.add({u"C1"_s,
            {u"record_keeping"_s, u"remorse"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2020, 1, 1),
            SanctionType::CautionOrder,
            12});
    fx.add({u"C2"_s,
            {u"record_keeping"_s, u"remorse"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2020, 1, 1),
            SanctionType::CautionOrder,
            36});
    fx.add({u"C3"_s,
            {u"record_keeping"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2020, 1, 1),
            SanctionType::CautionOrder,
            24});
    fx.add({u"K1"_s,
            {u"record_keeping"_s, u"remorse"_s, u"harm"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2020, 1, 1),
            SanctionType::ConditionsOfPractice,
            12});
    fx.add({u"X1"_s,
            {u"record_keeping"_s, u"dishonesty"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2020, 1, 1),
            SanctionType::StrikingOff,
            std::nullopt});
    PrecedentRanker ranker(fx.library());
    return ranker.rank(subject);
}

} // namespace

void TestSanctionPicture::spreadOnTheLadder()
{
    AnalysisFixture fx;
    const SanctionPicture p = SanctionPicture::fromResult(ranked(fx));
    QCOMPARE(p.points().size(), 5);
    QCOMPARE(p.rungs().size(), 8);
    QCOMPARE(p.rungs().first().type, SanctionType::NoFurtherAction);
    QCOMPARE(p.rungs().last().type, SanctionType::StrikingOff);
    const SanctionPicture::Rung &caution = p.rungs().at(
        *sanctionladder::rank(SanctionType::CautionOrder));
    QCOMPARE(caution.count, 3);
    QCOMPARE(caution.durationsMonths, (QList<int>{12, 24, 36}));
    QCOMPARE(p.rungs().at(*sanctionladder::rank(SanctionType::StrikingOff)).count, 1);
    QCOMPARE(p.offLadderCount(), 0);
    QCOMPARE(p.typicalRank(), sanctionladder::rank(SanctionType::CautionOrder));
    QCOMPARE(p.lowestRank(), sanctionladder::rank(SanctionType::CautionOrder));
    QCOMPARE(p.highestRank(), sanctionladder::rank(SanctionType::StrikingOff));
}

void TestSanctionPicture::outlierIsExplainedByFactors()
{
    AnalysisFixture fx;
    const SanctionPicture p = SanctionPicture::fromResult(ranked(fx));
    const QList<SanctionPicture::Point> outliers = p.outliers();
    QCOMPARE(outliers.size(), 1);
    const SanctionPicture::Point &x = outliers.first();
    QCOMPARE(x.reference, u"X1"_s);
    QCOMPARE(x.type, SanctionType::StrikingOff);
    QStringList keys;
    for (const Factor &f : x.explainingFactors)
        keys.append(f.key);
    keys.sort();
    // Harsher: the precedent's own aggravation, and the subject's mitigation it lacked.
    QCOMPARE(keys, (QStringList{u"dishonesty"_s, u"remorse"_s}));
    QVERIFY2(x.note.startsWith(u"harsher than the typical outcome (Caution order)"_s),
             qPrintable(x.note));
    QVERIFY2(x.note.contains(u"the precedent has dishonesty"_s), qPrintable(x.note));
    QVERIFY2(x.note.contains(u"this case has remorse and apology"_s), qPrintable(x.note));
    // One rung away is not an outlier.
    for (const SanctionPicture::Point &point : p.points()) {
        if (point.reference == u"K1"_s)
            QVERIFY(!point.outlier);
    }
}

void TestSanctionPicture::positionOfAProposal()
{
    AnalysisFixture fx;
    const SanctionPicture p = SanctionPicture::fromResult(ranked(fx));
    QCOMPARE(p.position(SanctionType::Advice), SanctionPicture::Position::BelowAll);
    QCOMPARE(p.position(SanctionType::CautionOrder), SanctionPicture::Position::WithTypical);
    QCOMPARE(p.position(SanctionType::Suspension), SanctionPicture::Position::Harsher);
    QCOMPARE(p.position(SanctionType::InterimSuspension), SanctionPicture::Position::NoPrecedents);
    QCOMPARE(p.describePosition(SanctionType::Suspension),
             u"Harsher than the typical outcome (Caution order) of the 5 precedents."_s);
}

void TestSanctionPicture::emptyPicture()
{
    const SanctionPicture p = SanctionPicture::fromResult(PrecedentResult{});
    QVERIFY(p.points().isEmpty());
    QVERIFY(!p.typicalRank());
    QCOMPARE(p.position(SanctionType::CautionOrder), SanctionPicture::Position::NoPrecedents);
}

void TestSanctionPicture::twoOutcomesMakeNoPattern()
{
    AnalysisFixture fx;
    const CaseId subject = fx.add({u"S"_s, {u"harm"_s}});
    fx.add({u"A"_s,
            {u"harm"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2020, 1, 1),
            SanctionType::CautionOrder,
            12});
    fx.add({u"B"_s,
            {u"harm"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2020, 1, 1),
            SanctionType::StrikingOff,
            std::nullopt});
    fx.add({u"C"_s,
            {u"harm"_s},
            Regulator::Hcpc,
            u"Paramedic"_s,
            {StatutoryGround::Misconduct},
            QDate(2020, 1, 1),
            std::nullopt,
            std::nullopt});
    PrecedentRanker ranker(fx.library());
    const SanctionPicture p = SanctionPicture::fromResult(ranker.rank(subject));
    QCOMPARE(p.points().size(), 3);
    QCOMPARE(p.offLadderCount(), 1);
    QVERIFY(p.typicalRank());
    QVERIFY(p.outliers().isEmpty());
}

void TestSanctionPicture::untaggedLibraryIsPlottable()
{
    // Imported decisions nobody has tagged: the top precedents are found by the suggestions of
    // the codebook's phrases, and their outcomes are what the picture shows.
    AnalysisFixture fx;
    const UntaggedCorpus c = addUntaggedCorpus(fx);
    PrecedentRanker ranker(fx.library());
    const SanctionPicture dishonesty = SanctionPicture::fromResult(
        ranker.rank(c.dishonestyQuery, {}, 3));
    QCOMPARE(dishonesty.points().size(), 3);
    QCOMPARE(dishonesty.offLadderCount(), 0);
    const auto countAt = [](const SanctionPicture &p, SanctionType t) {
        for (const SanctionPicture::Rung &r : p.rungs()) {
            if (r.type == t)
                return r.count;
        }
        return -1;
    };
    QCOMPARE(countAt(dishonesty, SanctionType::StrikingOff), 2);
    QCOMPARE(countAt(dishonesty, SanctionType::Suspension), 1);
    QCOMPARE(dishonesty.typicalRank(), sanctionladder::rank(SanctionType::StrikingOff));
    QCOMPARE(dishonesty.position(SanctionType::CautionOrder), SanctionPicture::Position::BelowAll);

    const SanctionPicture records = SanctionPicture::fromResult(ranker.rank(c.recordsQuery, {}, 3));
    QCOMPARE(records.points().size(), 3);
    QCOMPARE(countAt(records, SanctionType::CautionOrder), 2);
    QCOMPARE(countAt(records, SanctionType::ConditionsOfPractice), 1);
    QCOMPARE(records.typicalRank(), sanctionladder::rank(SanctionType::CautionOrder));
    QCOMPARE(records.position(SanctionType::StrikingOff), SanctionPicture::Position::AboveAll);

    // Counting tagged factors only, no factor tells these decisions apart.
    PrecedentWeights taggedOnly;
    taggedOnly.suggestedFactor = 0;
    ranker.setWeights(taggedOnly);
    const PrecedentResult before = ranker.rank(c.dishonestyQuery, {}, 3);
    for (const PrecedentMatch &m : before.matches)
        QCOMPARE(m.factorScore, 0.0);
}

QTEST_GUILESS_MAIN(TestSanctionPicture)
#include "tst_sanctionpicture.moc"
