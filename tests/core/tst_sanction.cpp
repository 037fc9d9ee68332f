// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sanction.h"

#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

Sanction entry(int sequence, ReviewOutcome outcome, SanctionType type, std::optional<int> months,
               QDate start)
{
    Sanction s;
    s.sequence = sequence;
    s.outcome = outcome;
    s.type = type;
    s.durationMonths = months;
    s.decidedOn = start;
    s.startDate = start;
    return s;
}

} // namespace

class TestSanction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiry();
    void currentFollowsReviews();
    void revokedLeavesNothing();
    void inForceOn();
    void mostRestrictive();
};

void TestSanction::expiry()
{
    const Sanction s = entry(0, ReviewOutcome::Imposed, SanctionType::Suspension, 12,
                             QDate(2023, 3, 1));
    QCOMPARE(*s.expiryDate(), QDate(2024, 3, 1));
    const Sanction strike = entry(0, ReviewOutcome::Imposed, SanctionType::StrikingOff,
                                  std::nullopt, QDate(2023, 3, 1));
    QVERIFY(!strike.expiryDate());
}

void TestSanction::currentFollowsReviews()
{
    // Given out of order: the history sorts itself by sequence.
    const SanctionHistory h(
        {entry(1, ReviewOutcome::Replaced, SanctionType::ConditionsOfPractice, 18,
               QDate(2024, 3, 1)),
         entry(0, ReviewOutcome::Imposed, SanctionType::Suspension, 12, QDate(2023, 3, 1))});
    QCOMPARE(h.entries().constFirst().sequence, 0);
    QCOMPARE(h.current()->type, SanctionType::ConditionsOfPractice);
    QCOMPARE(*h.current()->durationMonths, 18);
}

void TestSanction::revokedLeavesNothing()
{
    const SanctionHistory h({entry(0, ReviewOutcome::Imposed, SanctionType::ConditionsOfPractice,
                                   24, QDate(2022, 1, 1)),
                             entry(1, ReviewOutcome::Revoked, SanctionType::ConditionsOfPractice,
                                   std::nullopt, QDate(2022, 9, 1))});
    QVERIFY(!h.current());
    QVERIFY(!h.inForceOn(QDate(2022, 10, 1)));
    QCOMPARE(h.inForceOn(QDate(2022, 6, 1))->type, SanctionType::ConditionsOfPractice);
    QVERIFY(SanctionHistory().isEmpty());
    QVERIFY(!SanctionHistory().current());
}

void TestSanction::inForceOn()
{
    const SanctionHistory h(
        {entry(0, ReviewOutcome::Imposed, SanctionType::Suspension, 12, QDate(2023, 3, 1)),
         entry(1, ReviewOutcome::Extended, SanctionType::Suspension, 6, QDate(2024, 2, 20))});
    QVERIFY(!h.inForceOn(QDate(2023, 2, 28)));                     // not yet started
    QCOMPARE(*h.inForceOn(QDate(2023, 6, 1))->durationMonths, 12); // the original order
    QCOMPARE(*h.inForceOn(QDate(2024, 3, 5))->durationMonths, 6);  // the extension
    QVERIFY(!h.inForceOn(QDate(2024, 8, 20)));                     // lapsed
    const SanctionHistory strike({entry(0, ReviewOutcome::Imposed, SanctionType::StrikingOff,
                                        std::nullopt, QDate(2020, 1, 1))});
    QVERIFY(strike.inForceOn(QDate(2030, 1, 1))); // never lapses
}

void TestSanction::mostRestrictive()
{
    const SanctionHistory h(
        {entry(0, ReviewOutcome::Imposed, SanctionType::InterimSuspension, 18, QDate(2021, 1, 1)),
         entry(1, ReviewOutcome::Imposed, SanctionType::Suspension, 12, QDate(2022, 1, 1)),
         entry(2, ReviewOutcome::Replaced, SanctionType::ConditionsOfPractice, 12,
               QDate(2023, 1, 1))});
    QCOMPARE(h.mostRestrictive()->type, SanctionType::Suspension);
}

QTEST_GUILESS_MAIN(TestSanction)
#include "tst_sanction.moc"
