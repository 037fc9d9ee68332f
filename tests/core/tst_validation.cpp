// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation.h"

#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

Sanction order(SanctionType type, std::optional<int> months,
               ReviewOutcome outcome = ReviewOutcome::Imposed, int sequence = 0)
{
    Sanction s;
    s.type = type;
    s.durationMonths = months;
    s.outcome = outcome;
    s.sequence = sequence;
    s.decidedOn = QDate(2023, 1, 10).addMonths(sequence * 6);
    s.startDate = s.decidedOn;
    if (type == SanctionType::ConditionsOfPractice)
        s.conditions = u"Work under supervision."_s;
    return s;
}

QStringList errorFields(const ValidationIssues &issues)
{
    QStringList fields;
    for (const auto &i : issues) {
        if (i.severity == ValidationIssue::Severity::Error)
            fields.append(i.field);
    }
    return fields;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseRules();
    void hcpcLimits_data();
    void hcpcLimits();
    void messagesSayWhatIsWrong();
    void sweWarningsAndSuspensions();
    void conditionsAndReview();
    void history();
};

void TestValidation::caseRules()
{
    Case c;
    c.reference = u"HCPC-001"_s;
    c.title = u"A case"_s;
    QVERIFY(validation::validateCase(c).isEmpty());

    c.reference = u"  "_s;
    QCOMPARE(errorFields(validation::validateCase(c)), QStringList{u"reference"_s});
    c.reference = u"X "_s;
    QCOMPARE(errorFields(validation::validateCase(c)), QStringList{u"reference"_s});
    c.reference = u"X"_s;

    c.hearingDate = QDate(2023, 5, 2);
    c.decisionDate = QDate(2023, 5, 1);
    const auto issues = validation::validateCase(c);
    QCOMPARE(errorFields(issues), QStringList{u"decision_date"_s});
    QVERIFY(issues.constFirst().message.contains(u"1 May 2023"_s));
    QVERIFY(issues.constFirst().message.contains(u"2 May 2023"_s));
    c.decisionDate = c.hearingDate;
    QVERIFY(!validation::hasErrors(validation::validateCase(c)));

    c.factsFinding = FactsFinding::NotProved;
    c.impairment = ImpairmentFinding::Impaired;
    QCOMPARE(errorFields(validation::validateCase(c)), QStringList{u"impairment"_s});
    c.impairment = ImpairmentFinding::NotImpaired;
    c.grounds = {StatutoryGround::Misconduct, StatutoryGround::Misconduct};
    QCOMPARE(errorFields(validation::validateCase(c)), QStringList{u"grounds"_s});

    c.grounds = {};
    c.title.clear();
    const auto titleIssues = validation::validateCase(c);
    QCOMPARE(titleIssues.size(), 1);
    QCOMPARE(titleIssues.constFirst().severity, ValidationIssue::Severity::Warning);
}

void TestValidation::hcpcLimits_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("months"); // -1 = no duration
    QTest::addColumn<bool>("valid");

    QTest::newRow("caution 1 year") << u"caution_order"_s << 12 << true;
    QTest::newRow("caution 5 years") << u"caution_order"_s << 60 << true;
    QTest::newRow("caution 6 months") << u"caution_order"_s << 6 << false;
    QTest::newRow("caution 6 years") << u"caution_order"_s << 72 << false;
    QTest::newRow("caution no duration") << u"caution_order"_s << -1 << false;
    QTest::newRow("conditions 3 years") << u"conditions_of_practice"_s << 36 << true;
    QTest::newRow("conditions 37 months") << u"conditions_of_practice"_s << 37 << false;
    QTest::newRow("suspension 12 months") << u"suspension"_s << 12 << true;
    QTest::newRow("suspension 13 months") << u"suspension"_s << 13 << false;
    QTest::newRow("suspension 0 months") << u"suspension"_s << 0 << false;
    QTest::newRow("striking-off") << u"striking_off"_s << -1 << true;
    QTest::newRow("striking-off with months") << u"striking_off"_s << 12 << false;
    QTest::newRow("nfa") << u"no_further_action"_s << -1 << true;
    QTest::newRow("interim 18 months") << u"interim_suspension"_s << 18 << true;
}

void TestValidation::hcpcLimits()
{
    QFETCH(QString, type);
    QFETCH(int, months);
    QFETCH(bool, valid);
    const Sanction s = order(*enumFromIdentifier<SanctionType>(type),
                             months < 0 ? std::nullopt : std::optional<int>(months));
    const auto issues = validation::validateSanction(s, Regulator::Hcpc);
    QCOMPARE(!validation::hasErrors(issues), valid);
    if (!valid)
        QCOMPARE(errorFields(issues), QStringList{u"duration_months"_s});
}

void TestValidation::messagesSayWhatIsWrong()
{
    auto issues = validation::validateSanction(order(SanctionType::Suspension, 18),
                                               Regulator::Hcpc);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(
        issues.constFirst().message,
        u"A suspension order under the HCPC can last up to 1 year (12 months at most); 18 months is too long."_s);

    issues = validation::validateSanction(order(SanctionType::CautionOrder, 6), Regulator::Nmc);
    QCOMPARE(
        issues.constFirst().message,
        u"A caution order under the NMC runs between 1 and 5 years (12 months at least); 6 months is too short."_s);

    issues = validation::validateSanction(order(SanctionType::StrikingOff, 12),
                                          Regulator::SocialWorkEngland);
    QCOMPARE(
        issues.constFirst().message,
        u"A removal order under Social Work England has no duration; clear the 12 months given."_s);
}

void TestValidation::sweWarningsAndSuspensions()
{
    QVERIFY(!validation::hasErrors(validation::validateSanction(order(SanctionType::Warning, 36),
                                                                Regulator::SocialWorkEngland)));
    const auto issues = validation::validateSanction(order(SanctionType::Warning, 24),
                                                     Regulator::SocialWorkEngland);
    QCOMPARE(errorFields(issues), QStringList{u"duration_months"_s});
    QVERIFY(issues.constFirst().message.contains(u"12, 36, 60"_s));
    QVERIFY(!validation::hasErrors(validation::validateSanction(order(SanctionType::Suspension, 36),
                                                                Regulator::SocialWorkEngland)));
    QVERIFY(validation::hasErrors(
        validation::validateSanction(order(SanctionType::Suspension, 36), Regulator::Nmc)));
    // An order the regulator does not make is a warning, not an error.
    const auto mediation = validation::validateSanction(
        order(SanctionType::Mediation, std::nullopt), Regulator::Gmc);
    QCOMPARE(mediation.size(), 1);
    QCOMPARE(mediation.constFirst().severity, ValidationIssue::Severity::Warning);
    QCOMPARE(mediation.constFirst().field, u"type"_s);
}

void TestValidation::conditionsAndReview()
{
    Sanction s = order(SanctionType::Suspension, 6);
    s.conditions = u"Must not work nights."_s;
    QCOMPARE(errorFields(validation::validateSanction(s, Regulator::Hcpc)),
             QStringList{u"conditions"_s});

    s = order(SanctionType::StrikingOff, std::nullopt);
    s.reviewHearing = true;
    QCOMPARE(errorFields(validation::validateSanction(s, Regulator::Hcpc)),
             QStringList{u"review_hearing"_s});

    s = order(SanctionType::Suspension, 6);
    s.startDate = s.decidedOn.addDays(-1);
    QCOMPARE(errorFields(validation::validateSanction(s, Regulator::Hcpc)),
             QStringList{u"start_date"_s});
}

void TestValidation::history()
{
    QList<Sanction> h{
        order(SanctionType::Suspension, 12),
        order(SanctionType::Suspension, 6, ReviewOutcome::Extended, 1),
        order(SanctionType::ConditionsOfPractice, 24, ReviewOutcome::Replaced, 2),
        order(SanctionType::ConditionsOfPractice, std::nullopt, ReviewOutcome::Revoked, 3)};
    h[3].conditions.clear();
    QVERIFY2(
        !validation::hasErrors(validation::validateHistory(h, Regulator::Hcpc)),
        qPrintable(errorFields(validation::validateHistory(h, Regulator::Hcpc)).join(u", "_s)));

    QList<Sanction> bad = h;
    bad[0].outcome = ReviewOutcome::Confirmed;
    QCOMPARE(errorFields(validation::validateHistory(bad, Regulator::Hcpc)),
             QStringList{u"0.outcome"_s});

    bad = h;
    bad[1].type = SanctionType::ConditionsOfPractice;
    bad[1].conditions = u"x"_s;
    QVERIFY(errorFields(validation::validateHistory(bad, Regulator::Hcpc)).contains(u"1.type"_s));

    bad = h;
    bad[2].type = SanctionType::Suspension;
    bad[2].conditions.clear();
    bad[2].durationMonths = 6;
    QVERIFY(errorFields(validation::validateHistory(bad, Regulator::Hcpc)).contains(u"2.type"_s));

    bad = h;
    bad.append(order(SanctionType::ConditionsOfPractice, 6, ReviewOutcome::Confirmed, 4));
    QVERIFY(
        errorFields(validation::validateHistory(bad, Regulator::Hcpc)).contains(u"4.outcome"_s));

    bad = h;
    bad[1].decidedOn = QDate(2022, 1, 1);
    bad[1].startDate = bad[1].decidedOn;
    QVERIFY(
        errorFields(validation::validateHistory(bad, Regulator::Hcpc)).contains(u"1.decided_on"_s));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
