// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"
#include "testlibrary.h"

#include "export/csvexport.h"
#include "export/csvwriter.h"
#include "export/exportedcase.h"
#include "services/demolibrary.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerFormat();
    void injection_data();
    void injection();
    void roundTripFields_data();
    void roundTripFields();
    void passagesTable();
    void passageNotesWithFormulas();
    void casesTable();
};

void TestCsvExport::writerFormat()
{
    CsvWriter csv;
    csv.addRow({u"a"_s, u"b, c"_s, u"say \"hi\""_s});
    csv.addRow({u"line one\nline two"_s, QString(), u"Zoë"_s});
    const QByteArray data = csv.data();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(data.mid(3), QByteArray("\"a\",\"b, c\",\"say \"\"hi\"\"\"\r\n"
                                     "\"line one\nline two\",\"\",\"Zo\xC3\xAB\"\r\n"));
    QCOMPARE(csv.rowCount(), 2);
}

void TestCsvExport::injection_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("=1+1") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("+SUM") << u"+SUM(A1)"_s << u"'+SUM(A1)"_s;
    QTest::newRow("-2") << u"-2"_s << u"'-2"_s;
    QTest::newRow("@cmd") << u"@cmd"_s << u"'@cmd"_s;
    QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://example.org\",\"x\")"_s
                               << u"'=HYPERLINK(\"http://example.org\",\"x\")"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"'\r=1"_s;
    QTest::newRow("inside is fine") << u"a=1+1"_s << u"a=1+1"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvExport::injection()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    CsvWriter csv;
    csv.addRow({field});
    const test::CsvTable table = test::readCsv(csv.data());
    QVERIFY2(table.ok, qPrintable(table.problem));
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.constFirst(), QStringList{written});
}

void TestCsvExport::roundTripFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("multi-line") << u"First line.\nSecond line.\r\nThird."_s;
    QTest::newRow("non-ASCII") << u"Zoë Ó Briain – “care” ¶ 27 — 日本"_s;
    QTest::newRow("commas and quotes") << u"one, \"two\", three"_s;
    QTest::newRow("only quotes") << u"\"\"\""_s;
}

void TestCsvExport::roundTripFields()
{
    QFETCH(QString, field);
    CsvWriter csv;
    csv.addRow({field, field});
    const test::CsvTable table = test::readCsv(csv.data());
    QVERIFY2(table.ok, qPrintable(table.problem));
    QVERIFY(table.hasBom);
    QCOMPARE(table.rows.constFirst(), (QStringList{field, field}));
}

void TestCsvExport::passagesTable()
{
    test::TempFolder folder;
    auto library = demolibrary::create(folder.path(u"demo.casebench"_s));
    const Case c = *library->cases().findByReference(u"DEMO-HCPC-001"_s);
    const ExportedCase data = ExportedCase::load(*library, c.id);
    const test::CsvTable table = test::readCsv(csvexport::passagesTable(data));
    QVERIFY2(table.ok, qPrintable(table.problem));
    QVERIFY(table.hasBom);
    QCOMPARE(table.rows.size(), data.passageCount() + 1);
    QCOMPARE(table.rows.constFirst(), csvexport::passageHeader());
    const QList<Passage> passages = library->passages().forCase(c.id);
    QCOMPARE(passages.size(), data.passageCount());
    int row = 1;
    for (const ExportedDocument &d : data.documents) {
        for (const Passage &p : d.passages) {
            const QStringList &cells = table.rows.at(row++);
            QCOMPARE(cells.size(), csvexport::passageHeader().size());
            QCOMPARE(cells.at(0), c.reference);
            QCOMPARE(cells.at(1), d.document.title);
            QCOMPARE(cells.at(3), data.factors.value(p.factor).key);
            QCOMPARE(cells.at(6), p.quote);
            QCOMPARE(cells.at(9).toInt(), p.start);
            QCOMPARE(cells.at(10).toInt(), p.end);
            QCOMPARE(d.document.text.mid(p.start, p.end - p.start), p.quote);
            // The demo's decisions are numbered: every passage has a paragraph citation.
            QVERIFY2(cells.at(7).startsWith(u"¶ "_s), qPrintable(cells.at(7)));
        }
    }
}

void TestCsvExport::passageNotesWithFormulas()
{
    test::TempFolder folder;
    auto library = demolibrary::create(folder.path(u"demo.casebench"_s));
    const Case c = *library->cases().findByReference(u"DEMO-NMC-001"_s);
    QList<Passage> passages = library->passages().forCase(c.id);
    QVERIFY(passages.size() >= 2);
    const QString note
        = u"=HYPERLINK(\"http://x\",\"click\")\nSecond line, with “quotes” and \"straight\" ones"_s;
    Passage p = passages.at(0);
    p.note = note;
    library->passages().update(p);
    Passage q = passages.at(1);
    q.note = u"-2"_s;
    library->passages().update(q);

    const test::CsvTable table = test::readCsv(
        csvexport::passagesTable(ExportedCase::load(*library, c.id)));
    QVERIFY2(table.ok, qPrintable(table.problem));
    QStringList notes;
    for (qsizetype i = 1; i < table.rows.size(); ++i)
        notes.append(table.rows.at(i).at(8));
    QVERIFY(notes.contains(u'\'' + note));
    QVERIFY(notes.contains(u"'-2"_s));
}

void TestCsvExport::casesTable()
{
    test::TempFolder folder;
    auto library = demolibrary::create(folder.path(u"demo.casebench"_s));
    const QList<CaseSummary> summaries = library->cases().summaries();
    const test::CsvTable table = test::readCsv(csvexport::casesTable(summaries));
    QVERIFY2(table.ok, qPrintable(table.problem));
    QCOMPARE(table.rows.size(), summaries.size() + 1);
    QCOMPARE(table.rows.constFirst(), csvexport::caseHeader());
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const QStringList &cells = table.rows.at(i + 1);
        QCOMPARE(cells.size(), csvexport::caseHeader().size());
        QCOMPARE(cells.at(0), summaries.at(i).caseRecord.reference);
        QCOMPARE(cells.at(4), summaries.at(i).caseRecord.registrant);
        QCOMPARE(cells.constLast().toInt(), summaries.at(i).passageCount);
        QCOMPARE(cells.at(13).isEmpty(), !summaries.at(i).currentSanction.has_value());
    }
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
