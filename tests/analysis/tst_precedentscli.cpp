// SPDX-License-Identifier: GPL-3.0-or-later
// Runs casebench-cli's precedents, compare, search and generate-corpus commands as a user would.
#include "analysisfixture.h"
#include "clirun.h"
#include "testlibrary.h"
#include "untaggedcorpus.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = casebench::test::CliRun;

} // namespace

class TestPrecedentsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateIsDeterministic();
    void generateRefusesBadInput();
    void precedentsJson();
    void precedentsText();
    void precedentsFiltersAndErrors();
    void precedentsFromSuggestions();
    void compareJsonAndText();
    void compareErrors();
    void searchJsonAndText();
    void searchMalformedQuery_data();
    void searchMalformedQuery();

private:
    Run run(const QStringList &arguments) const;

    QString m_program;
    casebench::test::TempFolder m_folder;
    QString m_library;
};

Run TestPrecedentsCli::run(const QStringList &arguments) const
{
    return casebench::test::runCli(m_program, arguments, casebench::test::cliEnvironment(), 240000);
}

void TestPrecedentsCli::initTestCase()
{
    const QString binDir = qEnvironmentVariable("CASEBENCH_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "CASEBENCH_BIN_DIR is not set; run the test through ctest");
    m_program = QDir(binDir).filePath(u"casebench-cli"_s);
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
    m_library = m_folder.path(u"corpus.casebench"_s);
    const Run r = run(
        {u"--json"_s, u"generate-corpus"_s, m_library, u"--cases"_s, u"60"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"cases"_s).toInt(), 60);
    QVERIFY(QFileInfo::exists(m_library));
}

void TestPrecedentsCli::generateIsDeterministic()
{
    const QString a = m_folder.path(u"a.casebench"_s);
    const QString b = m_folder.path(u"b.casebench"_s);
    QCOMPARE(run({u"generate-corpus"_s, a, u"--cases"_s, u"5"_s, u"--seed"_s, u"9"_s}).exitCode, 0);
    const Run second = run({u"generate-corpus"_s, b, u"--cases"_s, u"5"_s, u"--seed"_s, u"9"_s});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.startsWith("Wrote 5 synthetic cases (seed 9) to "), second.out.constData());
    const Run ca = run({u"--library"_s, a, u"--json"_s, u"cases"_s});
    const Run cb = run({u"--library"_s, b, u"--json"_s, u"cases"_s});
    QCOMPARE(ca.exitCode, 0);
    QJsonArray x = QJsonDocument::fromJson(ca.out).array();
    QJsonArray y = QJsonDocument::fromJson(cb.out).array();
    QCOMPARE(x.size(), 5);
    for (qsizetype i = 0; i < x.size(); ++i) {
        QJsonObject ox = x[i].toObject();
        QJsonObject oy = y[i].toObject();
        for (QJsonObject *o : {&ox, &oy}) {
            o->remove(u"created"_s);
            o->remove(u"modified"_s);
        }
        QCOMPARE(ox, oy);
    }
}

void TestPrecedentsCli::generateRefusesBadInput()
{
    const Run exists = run({u"generate-corpus"_s, m_library, u"--cases"_s, u"2"_s});
    QCOMPARE(exists.exitCode, 2);
    QVERIFY2(exists.errIsOneSentence(), exists.err.constData());
    QVERIFY(exists.out.isEmpty());
    const Run noCases = run({u"generate-corpus"_s, m_folder.path(u"n.casebench"_s)});
    QCOMPARE(noCases.exitCode, 1);
    const Run badCases = run(
        {u"generate-corpus"_s, m_folder.path(u"n.casebench"_s), u"--cases"_s, u"lots"_s});
    QCOMPARE(badCases.exitCode, 2);
    QVERIFY2(badCases.errIsOneSentence(), badCases.err.constData());
    QVERIFY(!QFileInfo::exists(m_folder.path(u"n.casebench"_s)));
}

void TestPrecedentsCli::precedentsJson()
{
    const Run r = run({u"--library"_s, m_library, u"--json"_s, u"precedents"_s, u"GEN-000001"_s,
                       u"--top"_s, u"5"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"case"_s).toString(), u"GEN-000001"_s);
    QCOMPARE(o.value(u"candidates"_s).toInt(), 59);
    QVERIFY(o.value(u"text_available"_s).toBool());
    const QJsonArray precedents = o.value(u"precedents"_s).toArray();
    QCOMPARE(precedents.size(), 5);
    double previous = 2;
    for (qsizetype i = 0; i < precedents.size(); ++i) {
        const QJsonObject p = precedents[i].toObject();
        QCOMPARE(p.value(u"rank"_s).toInt(), i + 1);
        QVERIFY(p.value(u"reference"_s).toString().startsWith(u"GEN-"_s));
        QVERIFY(p.value(u"reference"_s).toString() != u"GEN-000001"_s);
        const double score = p.value(u"score"_s).toDouble();
        QVERIFY(score <= previous);
        previous = score;
        const QJsonObject parts = p.value(u"parts"_s).toObject();
        QVERIFY(parts.contains(u"factors"_s) && parts.contains(u"text"_s)
                && parts.contains(u"context"_s));
        QVERIFY(p.value(u"shared"_s).isArray());
        for (const QJsonValue &shared : p.value(u"shared"_s).toArray()) {
            const QJsonObject f = shared.toObject();
            QVERIFY(!f.value(u"key"_s).toString().isEmpty());
            const QString evidence = f.value(u"evidence"_s).toString();
            QVERIFY2(evidence == u"tagged"_s || evidence == u"suggested"_s, qPrintable(evidence));
        }
        QVERIFY(p.value(u"suggested"_s).isArray());
        QVERIFY(p.value(u"only_in_case"_s).isArray());
        QVERIFY(p.value(u"only_in_precedent"_s).isArray());
        QVERIFY(p.value(u"explanation"_s).toString().contains(u"outcome: "_s));
        QVERIFY(p.value(u"outcome"_s).toObject().contains(u"type"_s));
    }
    QCOMPARE(o.value(u"sanction_picture"_s).toObject().value(u"rungs"_s).toArray().size(), 8);
}

void TestPrecedentsCli::precedentsText()
{
    const Run r = run(
        {u"--library"_s, m_library, u"precedents"_s, u"GEN-000002"_s, u"--top"_s, u"3"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(u"Precedents for GEN-000002 (3 of 59 candidates)\n"_s),
             qPrintable(out));
    QVERIFY2(out.contains(u" 1. "_s) && out.contains(u" 3. "_s) && !out.contains(u" 4. "_s),
             qPrintable(out));
    QVERIFY2(out.contains(u"factors "_s) && out.contains(u" · text "_s), qPrintable(out));
    QVERIFY2(out.contains(u"Outcomes, least restrictive first: "_s), qPrintable(out));
}

void TestPrecedentsCli::precedentsFiltersAndErrors()
{
    const Run nmc = run({u"--library"_s, m_library, u"--json"_s, u"precedents"_s, u"GEN-000001"_s,
                         u"--regulator"_s, u"nmc,swe"_s, u"--from"_s, u"2015"_s});
    QVERIFY2(nmc.exitCode == 0, nmc.err.constData());
    const QJsonArray precedents = nmc.json().value(u"precedents"_s).toArray();
    QVERIFY(!precedents.isEmpty());
    for (const QJsonValue &v : precedents) {
        const QJsonObject p = v.toObject();
        QVERIFY(p.value(u"regulator"_s).toString() == u"nmc"_s
                || p.value(u"regulator"_s).toString() == u"swe"_s);
        QVERIFY(p.value(u"year"_s).toInt() >= 2015);
    }
    const Run unknown = run({u"--library"_s, m_library, u"precedents"_s, u"NOPE-1"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.errIsOneSentence(), unknown.err.constData());
    QVERIFY(unknown.out.isEmpty());
    const Run badFilter = run(
        {u"--library"_s, m_library, u"precedents"_s, u"GEN-000001"_s, u"--regulator"_s, u"fsa"_s});
    QCOMPARE(badFilter.exitCode, 2);
    QVERIFY2(badFilter.err.contains("Unknown regulator “fsa”"), badFilter.err.constData());
    const Run badTop = run(
        {u"--library"_s, m_library, u"precedents"_s, u"GEN-000001"_s, u"--top"_s, u"0"_s});
    QCOMPARE(badTop.exitCode, 2);
    const Run backwards = run({u"--library"_s, m_library, u"precedents"_s, u"GEN-000001"_s,
                               u"--from"_s, u"2020"_s, u"--to"_s, u"2019"_s});
    QCOMPARE(backwards.exitCode, 2);
    QVERIFY2(backwards.errIsOneSentence(), backwards.err.constData());
    const Run noRef = run({u"--library"_s, m_library, u"precedents"_s});
    QCOMPARE(noRef.exitCode, 1);
}

void TestPrecedentsCli::precedentsFromSuggestions()
{
    using namespace casebench::test;
    AnalysisFixture fx;
    const UntaggedCorpus c = addUntaggedCorpus(fx);
    fx.close();
    const QString path = fx.path();

    const Run r = run({u"--library"_s, path, u"--json"_s, u"precedents"_s, u"Q-DISHONESTY"_s,
                       u"--top"_s, u"3"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"weights"_s).toObject().value(u"suggested"_s).toDouble(), 0.4);
    const QJsonArray precedents = o.value(u"precedents"_s).toArray();
    QStringList top;
    for (const QJsonValue &v : precedents) {
        const QJsonObject p = v.toObject();
        top.append(p.value(u"reference"_s).toString());
        QStringList shared;
        for (const QJsonValue &f : p.value(u"shared"_s).toArray()) {
            shared.append(f.toObject().value(u"key"_s).toString());
            QCOMPARE(f.toObject().value(u"evidence"_s).toString(), u"suggested"_s);
        }
        QVERIFY2(shared.contains(u"dishonesty"_s), qPrintable(shared.join(u' ')));
        QVERIFY(p.value(u"suggested"_s).toArray().contains(u"dishonesty"_s));
        QVERIFY2(p.value(u"explanation"_s).toString().contains(u"dishonesty (suggested)"_s),
                 qPrintable(p.value(u"explanation"_s).toString()));
    }
    top.sort();
    QCOMPARE(top, c.dishonesty);
    // The three are on the ladder: two striking-off orders and a suspension.
    const QJsonObject picture = o.value(u"sanction_picture"_s).toObject();
    QCOMPARE(picture.value(u"off_ladder"_s).toInt(), 0);
    int plotted = 0;
    for (const QJsonValue &rung : picture.value(u"rungs"_s).toArray())
        plotted += rung.toObject().value(u"count"_s).toInt();
    QCOMPARE(plotted, 3);

    const Run text = run(
        {u"--library"_s, path, u"precedents"_s, u"Q-RECORDS"_s, u"--top"_s, u"3"_s});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString out = QString::fromUtf8(text.out);
    for (const QString &reference : c.records)
        QVERIFY2(out.contains(reference), qPrintable(out));
    QVERIFY2(out.contains(u"(suggested)"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Factors marked “suggested” rest on the codebook's phrases"_s),
             qPrintable(out));

    // Tagged factors only: nothing is marked, and the factor part is 0 for every precedent.
    const Run tagged = run({u"--library"_s, path, u"--json"_s, u"precedents"_s, u"Q-DISHONESTY"_s,
                            u"--weight-suggested"_s, u"0"_s});
    QVERIFY2(tagged.exitCode == 0, tagged.err.constData());
    for (const QJsonValue &v : tagged.json().value(u"precedents"_s).toArray()) {
        QCOMPARE(v.toObject().value(u"parts"_s).toObject().value(u"factors"_s).toDouble(), 0.0);
        QVERIFY(v.toObject().value(u"shared"_s).toArray().isEmpty());
    }
    const Run bad = run({u"--library"_s, path, u"precedents"_s, u"Q-DISHONESTY"_s,
                         u"--weight-suggested"_s, u"2"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.errIsOneSentence(), bad.err.constData());
}

void TestPrecedentsCli::compareJsonAndText()
{
    const Run r = run(
        {u"--library"_s, m_library, u"--json"_s, u"compare"_s, u"GEN-000001"_s, u"GEN-000002"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"left"_s).toObject().value(u"reference"_s).toString(), u"GEN-000001"_s);
    QCOMPARE(o.value(u"right"_s).toObject().value(u"reference"_s).toString(), u"GEN-000002"_s);
    const QJsonArray groups = o.value(u"factors"_s).toArray();
    QVERIFY(!groups.isEmpty());
    QCOMPARE(groups.first().toObject().value(u"category"_s).toString(), u"finding"_s);
    for (const QJsonValue &g : groups) {
        for (const QJsonValue &row : g.toObject().value(u"rows"_s).toArray()) {
            const QJsonObject r2 = row.toObject();
            QVERIFY(!r2.value(u"left"_s).toArray().isEmpty()
                    || !r2.value(u"right"_s).toArray().isEmpty());
        }
    }
    QVERIFY(o.value(u"linked_passages"_s).isArray());

    const Run text = run(
        {u"--library"_s, m_library, u"compare"_s, u"GEN-000001"_s, u"GEN-000002"_s});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"Outcome"_s) && out.contains(u"CATEGORY"_s) && out.contains(u"FACTOR"_s),
             qPrintable(out));
}

void TestPrecedentsCli::compareErrors()
{
    const Run same = run(
        {u"--library"_s, m_library, u"compare"_s, u"GEN-000001"_s, u"gen-000001"_s});
    QCOMPARE(same.exitCode, 2);
    QVERIFY2(same.errIsOneSentence(), same.err.constData());
    const Run missing = run({u"--library"_s, m_library, u"compare"_s, u"GEN-000001"_s, u"NOPE"_s});
    QCOMPARE(missing.exitCode, 2);
    const Run oneArg = run({u"--library"_s, m_library, u"compare"_s, u"GEN-000001"_s});
    QCOMPARE(oneArg.exitCode, 1);
}

void TestPrecedentsCli::searchJsonAndText()
{
    const Run r = run({u"--library"_s, m_library, u"--json"_s, u"search"_s,
                       u"insulin OR timesheet"_s, u"--limit"_s, u"3"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QVERIFY(o.value(u"total"_s).toInt() >= 1);
    const QJsonArray hits = o.value(u"hits"_s).toArray();
    QVERIFY(!hits.isEmpty() && hits.size() <= 3);
    for (const QJsonValue &v : hits) {
        const QJsonObject h = v.toObject();
        QVERIFY(h.value(u"reference"_s).toString().startsWith(u"GEN-"_s));
        QVERIFY(h.value(u"offset"_s).toInt() >= 0);
        const QJsonArray highlights = h.value(u"highlights"_s).toArray();
        QVERIFY(!highlights.isEmpty());
        const QString snippet = h.value(u"snippet"_s).toString();
        const QJsonArray first = highlights.first().toArray();
        const QString word = snippet.mid(first[0].toInt(), first[1].toInt()).toLower();
        QVERIFY2(word.startsWith(u"insulin"_s) || word.startsWith(u"timesheet"_s),
                 qPrintable(word));
    }
    const Run text = run(
        {u"--library"_s, m_library, u"search"_s, u"insulin"_s, u"--limit"_s, u"2"_s});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("[[insulin]]") || text.out.contains("[[Insulin]]"),
             text.out.constData());
    QVERIFY2(text.out.contains("matching documents"), text.out.constData());
    const Run none = run({u"--library"_s, m_library, u"search"_s, u"zzyzx"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QByteArray("No document matches.\n"));
    const Run filtered = run({u"--library"_s, m_library, u"--json"_s, u"search"_s, u"registrant"_s,
                              u"--regulator"_s, u"gmc"_s});
    QCOMPARE(filtered.exitCode, 0);
    for (const QJsonValue &v : filtered.json().value(u"hits"_s).toArray())
        QVERIFY(v.toObject().value(u"reference"_s).toString().startsWith(u"GEN-"_s));
}

void TestPrecedentsCli::searchMalformedQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("problem");
    QTest::newRow("quote") << u"\"insulin chart"_s << QByteArray("a quotation mark is not closed");
    QTest::newRow("parenthesis") << u"(insulin"_s
                                 << QByteArray("a parenthesis is opened but not closed");
    QTest::newRow("bare NOT") << u"NOT insulin"_s << QByteArray("NOT needs something before it");
    QTest::newRow("empty") << u" "_s << QByteArray("it is empty");
}

void TestPrecedentsCli::searchMalformedQuery()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, problem);
    const Run r = run({u"--library"_s, m_library, u"search"_s, query});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errIsOneSentence(), r.err.constData());
    QVERIFY2(r.err.contains(problem), r.err.constData());
    QVERIFY2(!r.err.contains("SQL") && !r.err.contains("fts5"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestPrecedentsCli)
#include "tst_precedentscli.moc"
