// SPDX-License-Identifier: GPL-3.0-or-later
// The fictional caseload (tests/data/caseload) through `casebench-cli import --accept`, as a
// union rep would build a library from a folder of published decisions: each file must become
// the case its EXPECTED.tsv row describes — current order and length, history, registrant,
// title and a reference that is not the registration number.
#include "clirun.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

using Row = QHash<QString, QString>;

QList<Row> expectedRows()
{
    QFile file(QStringLiteral(CASEBENCH_CASELOAD_TEST_DATA) + u"/EXPECTED.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(u'\t');
    QList<Row> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u'\t');
        Row row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), cells.value(c));
        rows.append(row);
    }
    return rows;
}

QJsonValue months(const QString &cell)
{
    return cell == u"-"_s ? QJsonValue() : QJsonValue(cell.toInt());
}

} // namespace

class TestCaseloadAccept : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importAcceptBuildsEachCase_data();
    void importAcceptBuildsEachCase();
    void libraryIsSoundAndAcceptingAgainChangesNothing();

private:
    test::TempFolder m_folder;
    QString m_program;
    QString m_library;
    QHash<QString, QJsonObject> m_byFile;
};

void TestCaseloadAccept::initTestCase()
{
    m_program = test::cliProgram();
    QVERIFY2(QFileInfo::exists(m_program), qPrintable(m_program));
    m_library = m_folder.path(u"caseload.casebench"_s);
    const test::CliRun init = test::runCli(m_program, {u"--library"_s, m_library, u"init"_s});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    // The decisions, not the folder's README.
    const QDir data(QStringLiteral(CASEBENCH_CASELOAD_TEST_DATA));
    QStringList arguments{u"--library"_s, m_library, u"--json"_s, u"import"_s, u"--accept"_s};
    for (const QString &name : data.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        arguments.append(data.filePath(name));
    const test::CliRun run = test::runCli(m_program, arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray outcomes = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(outcomes.size(), expectedRows().size());
    for (const QJsonValue &v : outcomes)
        m_byFile.insert(QFileInfo(v.toObject().value(u"file"_s).toString()).fileName(),
                        v.toObject());
}

void TestCaseloadAccept::importAcceptBuildsEachCase_data()
{
    QTest::addColumn<QString>("file");
    const QList<Row> rows = expectedRows();
    QVERIFY(rows.size() >= 15);
    for (const Row &row : rows)
        QTest::newRow(qPrintable(row.value(u"file"_s))) << row.value(u"file"_s);
}

void TestCaseloadAccept::importAcceptBuildsEachCase()
{
    QFETCH(QString, file);
    Row row;
    for (const Row &r : expectedRows()) {
        if (r.value(u"file"_s) == file)
            row = r;
    }
    const QJsonObject outcome = m_byFile.value(file);
    QCOMPARE(outcome.value(u"status"_s).toString(), u"imported"_s);
    const QJsonObject accepted = outcome.value(u"accepted"_s).toObject();
    QVERIFY2(accepted.value(u"skipped"_s).toArray().isEmpty(),
             QJsonDocument(accepted.value(u"skipped"_s).toArray()).toJson().constData());

    // The case: registrant, title with the allegation's gist, a reference that is not the PIN.
    if (row.value(u"registrant"_s) != u"-"_s)
        QCOMPARE(accepted.value(u"registrant"_s).toString(), row.value(u"registrant"_s));
    const QString title = accepted.value(u"title"_s).toString();
    QVERIFY2(title.contains(row.value(u"gist"_s), Qt::CaseInsensitive), qPrintable(title));
    const QString reference = outcome.value(u"case"_s).toString();
    if (row.value(u"reference"_s) != u"-"_s)
        QCOMPARE(reference, row.value(u"reference"_s));
    QVERIFY2(!reference.contains(row.value(u"registration_number"_s)), qPrintable(reference));

    // The history and the outcome.
    const QJsonArray history = accepted.value(u"history"_s).toArray();
    const QString outcomeWord = row.value(u"review_outcome"_s);
    const bool review = outcomeWord != u"imposed"_s;
    const bool interim = row.value(u"interim_type"_s) != u"-"_s;
    QCOMPARE(history.size(), (review ? 2 : 1) + (interim ? 1 : 0));
    if (review) {
        const QJsonObject underReview = history.at(0).toObject();
        QCOMPARE(underReview.value(u"outcome"_s).toString(), u"imposed"_s);
        QVERIFY(underReview.value(u"decided_on"_s).isNull()); // known only from this review
        const QString previous = row.value(u"previous_type"_s) != u"-"_s
                                     ? row.value(u"previous_type"_s)
                                     : row.value(u"sanction_type"_s);
        QCOMPARE(underReview.value(u"type"_s).toString(), previous);
        QCOMPARE(history.at(1).toObject().value(u"outcome"_s).toString(), outcomeWord);
    }
    if (interim) {
        const QJsonObject last = history.at(history.size() - 1).toObject();
        QCOMPARE(last.value(u"type"_s).toString(), row.value(u"interim_type"_s));
        QCOMPARE(last.value(u"months"_s), months(row.value(u"interim_months"_s)));
        QVERIFY(last.value(u"interim"_s).toBool());
    }
    const QJsonValue current = accepted.value(u"current_sanction"_s);
    if (outcomeWord == u"revoked"_s) {
        QVERIFY(current.isNull()); // a revocation leaves no order in force
        return;
    }
    QCOMPARE(current.toObject().value(u"type"_s).toString(), row.value(u"sanction_type"_s));
    QCOMPARE(current.toObject().value(u"months"_s), months(row.value(u"months"_s)));
}

void TestCaseloadAccept::libraryIsSoundAndAcceptingAgainChangesNothing()
{
    const test::CliRun check = test::runCli(m_program, {u"--library"_s, m_library, u"check"_s});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const QJsonObject any = m_byFile.value(u"swe-review-removal.txt"_s);
    const QString reference = any.value(u"case"_s).toString();
    const test::CliRun again = test::runCli(
        m_program,
        {u"--library"_s, m_library, u"--json"_s, u"suggestions"_s, reference, u"--accept"_s});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject accepted = again.json().value(u"accepted"_s).toObject();
    QVERIFY(accepted.value(u"accepted"_s).toArray().isEmpty());
    QCOMPARE(accepted.value(u"history"_s).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestCaseloadAccept)
#include "tst_caseloadaccept.moc"
