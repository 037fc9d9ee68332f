// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/codebookjson.h"
#include "model/libraryerror.h"

#include <QSet>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestCodebookJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultCodebookCoversTheGuidance();
    void roundTrip();
    void refusesBadInput_data();
    void refusesBadInput();
};

void TestCodebookJson::defaultCodebookCoversTheGuidance()
{
    const auto entries = codebookjson::defaultCodebook();
    QSet<QString> keys;
    QSet<FactorCategory> categories;
    QSet<QString> shortcuts;
    for (const auto &e : entries) {
        keys.insert(e.factor.key);
        categories.insert(e.factor.category);
        QVERIFY2(!e.factor.description.trimmed().isEmpty(), qPrintable(e.factor.key));
        if (!e.factor.shortcut.isEmpty()) {
            QVERIFY2(!shortcuts.contains(e.factor.shortcut), qPrintable(e.factor.shortcut));
            shortcuts.insert(e.factor.shortcut);
        }
    }
    for (const char16_t *key :
         {u"insight", u"remorse", u"remediation", u"risk_of_repetition", u"previous_good_history",
          u"testimonials", u"workload_pressure", u"staffing_shortage", u"lack_of_supervision",
          u"harm_to_service_users", u"abuse_of_trust", u"dishonesty", u"concealment",
          u"breach_of_confidentiality", u"boundary_violation", u"record_keeping",
          u"repeated_conduct", u"failure_to_engage"}) {
        QVERIFY2(keys.contains(QString::fromUtf16(key)), qPrintable(QString::fromUtf16(key)));
    }
    QCOMPARE(categories.size(), 5);
}

void TestCodebookJson::roundTrip()
{
    const auto entries = codebookjson::defaultCodebook();
    // Give the factors ids and resolve parents, as a stored codebook has them.
    QList<Factor> factors;
    QHash<QString, FactorId> idOf;
    qint64 next = 1;
    for (const auto &e : entries)
        idOf.insert(e.factor.key, FactorId(next++));
    for (const auto &e : entries) {
        Factor f = e.factor;
        f.id = idOf.value(f.key);
        f.parent = e.parentKey.isEmpty() ? FactorId() : idOf.value(e.parentKey);
        factors.append(f);
    }
    const auto again = codebookjson::parse(codebookjson::write(factors), u"round trip"_s);
    QCOMPARE(again.size(), entries.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        QCOMPARE(again.at(i).factor.key, entries.at(i).factor.key);
        QCOMPARE(again.at(i).factor.name, entries.at(i).factor.name);
        QCOMPARE(again.at(i).factor.category, entries.at(i).factor.category);
        QCOMPARE(again.at(i).factor.polarity, entries.at(i).factor.polarity);
        QCOMPARE(again.at(i).factor.colour, entries.at(i).factor.colour);
        QCOMPARE(again.at(i).factor.shortcut, entries.at(i).factor.shortcut);
        QCOMPARE(again.at(i).parentKey, entries.at(i).parentKey);
    }
}

void TestCodebookJson::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{oops") << u"not valid JSON"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "factors": []})")
                                  << u"not a Casebench codebook"_s;
    QTest::newRow("bad category") << QByteArray(
        R"({"format": "casebench-codebook", "version": 1, "factors": [{"key": "a", "name": "A", "category": "bad", "polarity": "neutral"}]})")
                                  << u"category “bad”"_s;
    QTest::newRow("duplicate key")
        << QByteArray(R"({"format": "casebench-codebook", "version": 1, "factors": [
        {"key": "a", "name": "A", "category": "context", "polarity": "neutral"},
        {"key": "a", "name": "B", "category": "context", "polarity": "neutral"}]})")
        << u"key “a” is used twice"_s;
    QTest::newRow("unknown parent")
        << QByteArray(R"({"format": "casebench-codebook", "version": 1, "factors": [
        {"key": "a", "name": "A", "category": "context", "polarity": "neutral", "parent": "zz"}]})")
        << u"parent “zz”"_s;
    QTest::newRow("newer") << QByteArray(
        R"({"format": "casebench-codebook", "version": 9, "factors": []})")
                           << u"newer version"_s;
}

void TestCodebookJson::refusesBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        codebookjson::parse(json, u"team.json"_s);
        QFAIL("a bad codebook was accepted");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::InvalidData);
        QVERIFY2(e.message().contains(u"team.json"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestCodebookJson)
#include "tst_codebookjson.moc"
