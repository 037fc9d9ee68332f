// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sanctiontype.h"

#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestSanctionLadder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifiersAreStable();
    void ladderOrder();
    void wording_data();
    void wording();
    void regulatorTerms();
    void durationRules();
};

void TestSanctionLadder::identifiersAreStable()
{
    const QStringList expected{u"no_further_action"_s, u"advice"_s,
                               u"warning"_s,           u"mediation"_s,
                               u"caution_order"_s,     u"conditions_of_practice"_s,
                               u"suspension"_s,        u"striking_off"_s,
                               u"voluntary_removal"_s, u"interim_conditions"_s,
                               u"interim_suspension"_s};
    QCOMPARE(enumIdentifiers<SanctionType>(), expected);
    for (const QString &id : expected)
        QCOMPARE(enumIdentifier(*enumFromIdentifier<SanctionType>(id)), id);
    QVERIFY(!enumFromIdentifier<SanctionType>(u"struck_off"));
}

void TestSanctionLadder::ladderOrder()
{
    using T = SanctionType;
    const QList<T> ladder{T::NoFurtherAction, T::Advice,       T::Warning,
                          T::Mediation,       T::CautionOrder, T::ConditionsOfPractice,
                          T::Suspension,      T::StrikingOff};
    for (qsizetype i = 1; i < ladder.size(); ++i)
        QVERIFY(*sanctionladder::rank(ladder.at(i - 1)) < *sanctionladder::rank(ladder.at(i)));
    QVERIFY(!sanctionladder::rank(T::VoluntaryRemoval));
    QVERIFY(!sanctionladder::isOnLadder(T::InterimSuspension));
    QVERIFY(sanctionladder::isInterim(T::InterimConditions));
    QVERIFY(!sanctionladder::isInterim(T::Suspension));
}

void TestSanctionLadder::wording_data()
{
    QTest::addColumn<QString>("wording");
    QTest::addColumn<int>("regulator");
    QTest::addColumn<QString>("expected"); // identifier, or empty for "nothing"

    const int swe = static_cast<int>(Regulator::SocialWorkEngland);
    const int gmc = static_cast<int>(Regulator::Gmc);
    const int nmc = static_cast<int>(Regulator::Nmc);
    const int hcpc = static_cast<int>(Regulator::Hcpc);
    QTest::newRow("swe removal order") << u"a Removal Order"_s << swe << u"striking_off"_s;
    QTest::newRow("gmc erasure") << u"erasure from the medical register"_s << gmc
                                 << u"striking_off"_s;
    QTest::newRow("gmc erased") << u"the doctor's name be erased"_s << gmc << u"striking_off"_s;
    QTest::newRow("nmc agreed removal") << u"Agreed removal"_s << nmc << u"voluntary_removal"_s;
    QTest::newRow("struck off") << u"the registrant is struck off"_s << hcpc << u"striking_off"_s;
    QTest::newRow("striking-off order") << u"a striking-off order"_s << hcpc << u"striking_off"_s;
    QTest::newRow("caution") << u"a Caution Order for three years"_s << hcpc << u"caution_order"_s;
    QTest::newRow("conditions") << u"conditions of practice order for 18 months"_s << nmc
                                << u"conditions_of_practice"_s;
    QTest::newRow("suspended") << u"suspended for 12 months"_s << hcpc << u"suspension"_s;
    QTest::newRow("interim suspension")
        << u"an interim suspension order"_s << nmc << u"interim_suspension"_s;
    QTest::newRow("interim conditions")
        << u"Interim Conditions of Practice Order"_s << nmc << u"interim_conditions"_s;
    QTest::newRow("nfa") << u"No further action"_s << hcpc << u"no_further_action"_s;
    QTest::newRow("warning") << u"a warning for 3 years"_s << swe << u"warning"_s;
    QTest::newRow("reprimand") << u"reprimand"_s << static_cast<int>(Regulator::Gdc)
                               << u"warning"_s;
    QTest::newRow("nothing") << u"the panel retired to deliberate"_s << hcpc << QString();
}

void TestSanctionLadder::wording()
{
    QFETCH(QString, wording);
    QFETCH(int, regulator);
    QFETCH(QString, expected);
    const auto type = sanctionladder::fromWording(wording, static_cast<Regulator>(regulator));
    if (expected.isEmpty())
        QVERIFY(!type);
    else
        QCOMPARE(type ? enumIdentifier(*type) : u"(none)"_s, expected);
}

void TestSanctionLadder::regulatorTerms()
{
    QCOMPARE(sanctionladder::regulatorTerm(SanctionType::StrikingOff, Regulator::SocialWorkEngland),
             u"Removal order"_s);
    QCOMPARE(sanctionladder::regulatorTerm(SanctionType::StrikingOff, Regulator::Gmc),
             u"Erasure"_s);
    QCOMPARE(sanctionladder::regulatorTerm(SanctionType::StrikingOff, Regulator::Hcpc),
             u"Striking-off order"_s);
    QCOMPARE(sanctionladder::regulatorTerm(SanctionType::VoluntaryRemoval, Regulator::Nmc),
             u"Agreed removal"_s);
    QCOMPARE(sanctionladder::regulatorTerm(SanctionType::CautionOrder, Regulator::Nmc),
             u"Caution order"_s);
}

void TestSanctionLadder::durationRules()
{
    auto rule = sanctionladder::durationRule(SanctionType::CautionOrder, Regulator::Hcpc);
    QVERIFY(rule.durationAllowed && rule.durationRequired);
    QCOMPARE(rule.minMonths, 12);
    QCOMPARE(rule.maxMonths, 60);
    rule = sanctionladder::durationRule(SanctionType::Suspension, Regulator::Hcpc);
    QCOMPARE(rule.maxMonths, 12);
    rule = sanctionladder::durationRule(SanctionType::Suspension, Regulator::SocialWorkEngland);
    QCOMPARE(rule.maxMonths, 36);
    rule = sanctionladder::durationRule(SanctionType::Warning, Regulator::SocialWorkEngland);
    QCOMPARE(rule.allowedMonths, (QList<int>{12, 36, 60}));
    rule = sanctionladder::durationRule(SanctionType::StrikingOff, Regulator::Hcpc);
    QVERIFY(!rule.durationAllowed);
    QVERIFY(sanctionladder::isAvailable(SanctionType::CautionOrder, Regulator::Hcpc));
    QVERIFY(!sanctionladder::isAvailable(SanctionType::CautionOrder, Regulator::SocialWorkEngland));
    QVERIFY(sanctionladder::isAvailable(SanctionType::Warning, Regulator::SocialWorkEngland));
}

QTEST_GUILESS_MAIN(TestSanctionLadder)
#include "tst_sanctionladder.moc"
