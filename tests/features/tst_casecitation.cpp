// SPDX-License-Identifier: GPL-3.0-or-later
// caseCitation (core/model/casecitation.h): a case in one line. The cases are fictional.
#include "model/casecitation.h"

#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestCaseCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void citesEveryPart();
    void leavesOutWhatIsUnknown_data();
    void leavesOutWhatIsUnknown();
};

void TestCaseCitation::citesEveryPart()
{
    Case c;
    c.reference = u"FTP-2024-017"_s;
    c.title = u"Record keeping and candour"_s;
    c.regulator = Regulator::Hcpc;
    c.hearingDate = QDate(2024, 2, 26);
    c.decisionDate = QDate(2024, 3, 4);
    QCOMPARE(caseCitation(c), u"FTP-2024-017 — Record keeping and candour (HCPC, 4 March 2024)"_s);
}

void TestCaseCitation::leavesOutWhatIsUnknown_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("title");
    QTest::addColumn<Regulator>("regulator");
    QTest::addColumn<QDate>("hearing");
    QTest::addColumn<QDate>("decision");
    QTest::addColumn<QString>("expected");

    QTest::newRow("hearing date when no decision date")
        << u"SWE-88"_s << u"Boundaries"_s << Regulator::SocialWorkEngland << QDate(2023, 11, 9)
        << QDate() << u"SWE-88 — Boundaries (Social Work England, 9 November 2023)"_s;
    QTest::newRow("no title") << u"NMC-5"_s << QString() << Regulator::Nmc << QDate()
                              << QDate(2022, 1, 31) << u"NMC-5 (NMC, 31 January 2022)"_s;
    QTest::newRow("regulator Other is not named")
        << u"X-1"_s << u"Late reports"_s << Regulator::Other << QDate() << QDate(2021, 6, 1)
        << u"X-1 — Late reports (1 June 2021)"_s;
    QTest::newRow("no regulator, no date") << u"X-2"_s << u"Late reports"_s << Regulator::Other
                                           << QDate() << QDate() << u"X-2 — Late reports"_s;
    QTest::newRow("one line") << u" GMC-7 "_s << u"Prescribing\nto family,\t twice"_s
                              << Regulator::Gmc << QDate() << QDate(2020, 12, 25)
                              << u"GMC-7 — Prescribing to family, twice (GMC, 25 December 2020)"_s;
    QTest::newRow("no reference") << QString() << u"Untitled draft"_s << Regulator::Gdc << QDate()
                                  << QDate() << u"Untitled draft (GDC)"_s;
    QTest::newRow("nothing") << QString() << QString() << Regulator::Other << QDate() << QDate()
                             << QString();
}

void TestCaseCitation::leavesOutWhatIsUnknown()
{
    QFETCH(QString, reference);
    QFETCH(QString, title);
    QFETCH(Regulator, regulator);
    QFETCH(QDate, hearing);
    QFETCH(QDate, decision);
    QFETCH(QString, expected);
    Case c;
    c.reference = reference;
    c.title = title;
    c.regulator = regulator;
    c.hearingDate = hearing;
    c.decisionDate = decision;
    const QString citation = caseCitation(c);
    QCOMPARE(citation, expected);
    QVERIFY(!citation.contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestCaseCitation)
#include "tst_casecitation.moc"
