// SPDX-License-Identifier: GPL-3.0-or-later
// casebench-cli import run as a process: JSON, exit codes, and a kill in the middle.
#include "clirun.h"
#include "pipelinefixtures.h"
#include "testlibrary.h"

#include "storage/caserepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

using Run = test::CliRun;

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importJsonIntoNewCases();
    void importIntoExistingCase();
    void exitTwoWhenAFileFails();
    void usageErrors();
    void killedMidImportLeavesWholeDocuments();
    void importAcceptBuildsReviewHistories();
    void suggestionsListAndAcceptLater();

private:
    Run run(const QStringList &arguments) const;

    QString m_program;
    std::unique_ptr<test::TempFolder> m_folder;
    QString m_library;
};

void TestImportCli::initTestCase()
{
    const QString binDir = qEnvironmentVariable("CASEBENCH_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "CASEBENCH_BIN_DIR is not set");
    m_program = binDir + u"/casebench-cli"_s;
    QVERIFY2(QFileInfo::exists(m_program), qPrintable(m_program));
}

void TestImportCli::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_library = m_folder->path(u"lib.casebench"_s);
    Library::create(m_library);
}

void TestImportCli::cleanup()
{
    m_folder.reset();
}

namespace {

// A fictional review: a suspension replaced by a removal order.
QString reviewText()
{
    return uR"(Social Work England

Fitness to Practise Committee Review Hearing

Name of social worker: Robin Testcase
Registration number: SW00001
Hearing type: Review hearing
Date of hearing: 10 February 2026
Final order being reviewed: Suspension order (expiring 1 March 2026)
Hearing outcome: Suspension order replaced with a removal order

Introduction

1. This is the first review of a suspension order imposed for 12 months.

Decision on current impairment

2. The panel found that the social worker's fitness to practise remains impaired.

Decision on sanction

3. The panel decided to replace the current suspension order with a removal order.
)"_s;
}

// A fictional final hearing: striking-off, with an interim suspension for the appeal period.
QString strikeOffText()
{
    return uR"(Nursing and Midwifery Council

Fitness to Practise Committee

Substantive Hearing

Name of registrant: Sam Fictional
NMC PIN: 99A0001E
Date of hearing: 3 March 2026
Sanction: Striking-off order
Interim order: Interim suspension order (18 months)

Decision on sanction

1. The panel decided to make a striking-off order.

Interim order

2. The panel was satisfied that an interim suspension order for 18 months is necessary to cover the appeal period.
)"_s;
}

} // namespace

Run TestImportCli::run(const QStringList &arguments) const
{
    return test::runCli(m_program, arguments, test::cliEnvironment());
}

void TestImportCli::importJsonIntoNewCases()
{
    const QString text = test::writeText(m_folder->path(u"in/a.txt"_s), test::decisionText(1));
    const QString html = test::writeText(m_folder->path(u"in/b.html"_s), test::decisionHtml(2));
    const QString copy = test::writeText(m_folder->path(u"c-copy.txt"_s), test::decisionText(1));
    const Run r = run(
        {u"--library"_s, m_library, u"--json"_s, u"import"_s, m_folder->path(u"in"_s), copy});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), 3);

    const QJsonObject a = array.at(0).toObject();
    QCOMPARE(a.value(u"file"_s).toString(), text);
    QCOMPARE(a.value(u"status"_s).toString(), u"imported"_s);
    QVERIFY(a.value(u"error"_s).isNull());
    // No case number in the decision: regulator, date and hearing, never the registration number.
    QCOMPARE(a.value(u"case"_s).toString(), u"HCPC 2026-04-14 final"_s);
    const QJsonObject suggested = a.value(u"suggested"_s).toObject();
    QVERIFY(suggested.value(u"reference"_s).isNull());
    QCOMPARE(suggested.value(u"registration_number"_s).toString(), u"PA90001"_s);
    QCOMPARE(suggested.value(u"title"_s).toString(),
             u"Paramedic: record keeping — suspension, 12 months"_s);
    QCOMPARE(suggested.value(u"regulator"_s).toString(), u"hcpc"_s);
    QCOMPARE(suggested.value(u"profession"_s).toString(), u"Paramedic"_s);
    QCOMPARE(suggested.value(u"hearing_date"_s).toString(), u"2026-04-14"_s);
    const QJsonObject sanction = suggested.value(u"sanction"_s).toObject();
    QCOMPARE(sanction.value(u"type"_s).toString(), u"suspension"_s);
    QCOMPARE(sanction.value(u"months"_s).toInt(), 12);

    QCOMPARE(array.at(1).toObject().value(u"file"_s).toString(), html);
    QCOMPARE(array.at(1).toObject().value(u"case"_s).toString(), u"HCPC 2026-04-14 final (2)"_s);
    const QJsonObject dup = array.at(2).toObject();
    QCOMPARE(dup.value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(dup.value(u"case"_s).toString(), u"HCPC 2026-04-14 final"_s);

    auto library = Library::open(m_library);
    QCOMPARE(library->cases().count(), 2);
}

void TestImportCli::importIntoExistingCase()
{
    {
        auto library = Library::open(m_library);
        Case c;
        c.reference = u"MINE"_s;
        c.regulator = Regulator::Nmc;
        library->cases().add(c);
    }
    const QString file = test::writeText(m_folder->path(u"a.txt"_s), test::decisionText(3));
    const Run r = run({u"--library"_s, m_library, u"import"_s, file, u"--case"_s, u"MINE"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("imported") && r.out.contains("MINE"), r.out.constData());
    auto library = Library::open(m_library);
    QCOMPARE(library->cases().count(), 1);
    const Case mine = *library->cases().findByReference(u"MINE"_s);
    QCOMPARE(mine.regulator, Regulator::Nmc); // the suggestion (HCPC) did not overwrite it
    QCOMPARE(library->documents().forCase(mine.id, false).size(), 1);
}

void TestImportCli::exitTwoWhenAFileFails()
{
    const QString good = test::writeText(m_folder->path(u"good.txt"_s), test::decisionText(4));
    const QString bad = test::writeFile(m_folder->path(u"bad.pdf"_s), QByteArray("%PDF-garbage"));
    const Run r = run({u"--library"_s, m_library, u"--json"_s, u"import"_s, bad, good,
                       m_folder->path(u"absent.txt"_s)});
    QCOMPARE(r.exitCode, 2);
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject().value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(array.at(0).toObject().value(u"error"_s).toString().contains(u"bad.pdf"_s));
    QCOMPARE(array.at(1).toObject().value(u"status"_s).toString(), u"imported"_s);
    QCOMPARE(array.at(2).toObject().value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(array.at(2).toObject().value(u"error"_s).toString().contains(u"absent.txt"_s));
    auto library = Library::open(m_library);
    QCOMPARE(library->cases().count(), 1); // the good file is still imported
}

void TestImportCli::usageErrors()
{
    const QString file = test::writeText(m_folder->path(u"a.txt"_s), test::decisionText(5));
    Run r = run({u"--library"_s, m_library, u"import"_s});
    QCOMPARE(r.exitCode, 1);
    r = run({u"--library"_s, m_library, u"import"_s, file, u"--case"_s, u"X"_s, u"--new-case"_s});
    QCOMPARE(r.exitCode, 1);
    r = run({u"--library"_s, m_library, u"import"_s, file, u"--case"_s, u"NOPE"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("NOPE"));
    QVERIFY(r.out.isEmpty());
    r = run({u"--library"_s, m_folder->path(u"none.casebench"_s), u"import"_s, file});
    QCOMPARE(r.exitCode, 3);
}

void TestImportCli::importAcceptBuildsReviewHistories()
{
    const QString review = test::writeText(m_folder->path(u"in/review.txt"_s), reviewText());
    const QString final = test::writeText(m_folder->path(u"in/final.txt"_s), strikeOffText());
    const Run r = run({u"--library"_s, m_library, u"--json"_s, u"import"_s, u"--accept"_s,
                       m_folder->path(u"in"_s)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), 2);
    QJsonObject byFile[2];
    for (const QJsonValue &v : array)
        byFile[v.toObject().value(u"file"_s).toString() == review ? 0 : 1] = v.toObject();

    const QJsonObject reviewed = byFile[0].value(u"accepted"_s).toObject();
    const QJsonArray history = reviewed.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(u"type"_s).toString(), u"suspension"_s);
    QVERIFY(history.at(0).toObject().value(u"decided_on"_s).isNull()); // not stated
    QCOMPARE(history.at(1).toObject().value(u"type"_s).toString(), u"striking_off"_s);
    QCOMPARE(history.at(1).toObject().value(u"outcome"_s).toString(), u"replaced"_s);
    QCOMPARE(reviewed.value(u"current_sanction"_s).toObject().value(u"type"_s).toString(),
             u"striking_off"_s);
    QVERIFY(!reviewed.value(u"notes"_s).toArray().isEmpty());

    const QJsonObject struck = byFile[1].value(u"accepted"_s).toObject();
    QCOMPARE(struck.value(u"history"_s).toArray().size(), 2);
    const QJsonObject current = struck.value(u"current_sanction"_s).toObject();
    QCOMPARE(current.value(u"type"_s).toString(), u"striking_off"_s);
    QVERIFY(!current.value(u"interim"_s).toBool());

    // The case table agrees: the outcome is the striking-off, not the interim order.
    const Run cases = run({u"--library"_s, m_library, u"--json"_s, u"cases"_s});
    QVERIFY2(cases.exitCode == 0, cases.err.constData());
    QVERIFY2(!cases.out.contains("interim_suspension"), cases.out.constData());
    QVERIFY2(cases.out.contains("striking_off"), cases.out.constData());
    const Run check = run({u"--library"_s, m_library, u"check"_s});
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

void TestImportCli::suggestionsListAndAcceptLater()
{
    test::writeText(m_folder->path(u"in/final.txt"_s), strikeOffText());
    const Run imported = run(
        {u"--library"_s, m_library, u"--json"_s, u"import"_s, m_folder->path(u"in"_s)});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString reference = QJsonDocument::fromJson(imported.out)
                                  .array()
                                  .at(0)
                                  .toObject()
                                  .value(u"case"_s)
                                  .toString();
    QVERIFY(!reference.isEmpty());

    const Run listed = run({u"--library"_s, m_library, u"--json"_s, u"suggestions"_s, reference});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray rows = listed.json().value(u"suggestions"_s).toArray();
    QVERIFY(!rows.isEmpty());
    int pending = 0;
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        QVERIFY(!o.value(u"confidence"_s).toString().isEmpty());
        pending += o.value(u"state"_s).toString() == u"pending"_s ? 1 : 0;
    }
    QVERIFY(pending > 0);

    const Run text = run({u"--library"_s, m_library, u"suggestions"_s, reference});
    QVERIFY2(text.out.contains("Sanction: Striking-off"), text.out.constData());

    const Run accepted = run(
        {u"--library"_s, m_library, u"suggestions"_s, reference, u"--accept"_s});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QVERIFY2(accepted.out.contains("outcome    Striking-off"), accepted.out.constData());
    const Run again = run({u"--library"_s, m_library, u"--json"_s, u"suggestions"_s, reference});
    for (const QJsonValue &row : again.json().value(u"suggestions"_s).toArray()) {
        const QJsonObject o = row.toObject();
        if (o.value(u"field"_s).toString() != u"reference"_s)
            QCOMPARE(o.value(u"state"_s).toString(), u"accepted"_s);
    }
    const Run misuse = run(
        {u"--library"_s, m_library, u"suggestions"_s, reference, u"--confident"_s});
    QCOMPARE(misuse.exitCode, 1);
}

void TestImportCli::killedMidImportLeavesWholeDocuments()
{
    constexpr int count = 200;
    for (int i = 0; i < count; ++i)
        test::writeText(m_folder->path(u"many/d%1.txt"_s.arg(i, 3, 10, QChar(u'0'))),
                        test::decisionText(i, 400));
    QProcess process;
    process.start(m_program, {u"--library"_s, m_library, u"import"_s, m_folder->path(u"many"_s)});
    QVERIFY(process.waitForStarted());
    // Wait until some documents are stored, then kill the tool without warning.
    QElapsedTimer timer;
    timer.start();
    int stored = 0;
    while (stored < 5 && timer.elapsed() < 60000 && process.state() == QProcess::Running) {
        QTest::qWait(20);
        auto db = Database::openSqlite(m_library, true);
        stored = db->scalar(u"SELECT count(*) FROM documents"_s).toInt();
    }
    QVERIFY2(process.state() == QProcess::Running, "the import ended before it could be killed");
    process.kill(); // SIGKILL
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    const Run check = run({u"--library"_s, m_library, u"check"_s});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    auto library = Library::open(m_library);
    const int documents = databaseOf(*library).scalar(u"SELECT count(*) FROM documents"_s).toInt();
    QVERIFY2(documents >= 5 && documents < count, qPrintable(QString::number(documents)));
    QCOMPARE(databaseOf(*library).scalar(u"SELECT count(*) FROM document_sources"_s).toInt(),
             documents);
    QCOMPARE(library->cases().count(), documents);
    const QStringList problems = library->outlines().checkImported();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Every stored document has its outline.
    QCOMPARE(databaseOf(*library)
                 .scalar(uR"(SELECT count(*) FROM documents d WHERE NOT EXISTS
                     (SELECT 1 FROM outline_paragraphs p WHERE p.document_id = d.id))"_s)
                 .toInt(),
             0);
    // And the import can be run again to finish the job: the stored files are duplicates.
    const Run again = run({u"--library"_s, m_library, u"import"_s, m_folder->path(u"many"_s)});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.out.count("duplicate"), documents);
    QCOMPARE(library->cases().count(), count);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
