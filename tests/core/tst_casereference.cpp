// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/casereference.h"

#include <QSet>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestCaseReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void asksOnlyAboutItsAnswerAndTheCandidatesBefore();
};

void TestCaseReference::rule_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");

    QTest::newRow("free") << u"HCPC 2026-01-12 final"_s << QStringList()
                          << u"HCPC 2026-01-12 final"_s;
    QTest::newRow("white space simplified") << u"  FTP\t 17 "_s << QStringList() << u"FTP 17"_s;
    QTest::newRow("taken once") << u"FTP-17"_s << QStringList{u"FTP-17"_s} << u"FTP-17 (2)"_s;
    QTest::newRow("taken twice") << u"FTP-17"_s << QStringList{u"FTP-17"_s, u"FTP-17 (2)"_s}
                                 << u"FTP-17 (3)"_s;
    QTest::newRow("a gap is used")
        << u"FTP-17"_s << QStringList{u"FTP-17"_s, u"FTP-17 (3)"_s} << u"FTP-17 (2)"_s;
    QTest::newRow("simplified, then taken")
        << u" FTP-17 "_s << QStringList{u"FTP-17"_s} << u"FTP-17 (2)"_s;
    QTest::newRow("numbered counts on")
        << u"FTP-17 (2)"_s << QStringList{u"FTP-17"_s, u"FTP-17 (2)"_s} << u"FTP-17 (3)"_s;
    QTest::newRow("numbered counts on past taken ones")
        << u"FTP-17 (2)"_s << QStringList{u"FTP-17 (2)"_s, u"FTP-17 (3)"_s} << u"FTP-17 (4)"_s;
    QTest::newRow("numbered and free")
        << u"FTP-17 (5)"_s << QStringList{u"FTP-17"_s} << u"FTP-17 (5)"_s;
    QTest::newRow("a number alone is a reference")
        << u"(2)"_s << QStringList{u"(2)"_s} << u"(2) (2)"_s;
    QTest::newRow("hyphenated number is not a suffix")
        << u"REF-2"_s << QStringList{u"REF-2"_s} << u"REF-2 (2)"_s;
    QTest::newRow("blank") << QString() << QStringList() << u"NEW-001"_s;
    QTest::newRow("white space is blank") << u" \t "_s << QStringList() << u"NEW-001"_s;
    QTest::newRow("blank, generated ones taken")
        << QString() << QStringList{u"NEW-001"_s, u"NEW-002"_s} << u"NEW-003"_s;
    QTest::newRow("blank, past a hundred") << QString() << [] {
        QStringList taken;
        for (int n = 1; n <= 120; ++n)
            taken.append(u"NEW-%1"_s.arg(n, 3, 10, QLatin1Char('0')));
        return taken;
    }() << u"NEW-121"_s;
    QTest::newRow("NEW-001 wanted and taken")
        << u"NEW-001"_s << QStringList{u"NEW-001"_s} << u"NEW-001 (2)"_s;
}

void TestCaseReference::rule()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    const QSet<QString> used(taken.cbegin(), taken.cend());
    const QString reference = uniqueReference(
        wanted, [&used](const QString &r) { return used.contains(r); });
    QCOMPARE(reference, expected);
    QVERIFY(!used.contains(reference));
}

void TestCaseReference::asksOnlyAboutItsAnswerAndTheCandidatesBefore()
{
    QStringList asked;
    const QSet<QString> used{u"A"_s, u"A (2)"_s};
    const QString reference = uniqueReference(u"A"_s, [&](const QString &r) {
        asked.append(r);
        return used.contains(r);
    });
    QCOMPARE(reference, u"A (3)"_s);
    QCOMPARE(asked, (QStringList{u"A"_s, u"A (2)"_s, u"A (3)"_s}));
}

QTEST_GUILESS_MAIN(TestCaseReference)
#include "tst_casereference.moc"
