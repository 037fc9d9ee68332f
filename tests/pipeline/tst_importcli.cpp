// SPDX-License-Identifier: GPL-3.0-or-later
// casebench-cli import run as a process: JSON, exit codes, and a kill in the middle.
#include "clirun.h"
#include "pipelinefixtures.h"
#include "testlibrary.h"

#include "storage/caserepository.h"
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

Run TestImportCli::run(const QStringList &arguments) const
{
    return test::runCli(m_program, arguments, test::cliEnvironment());
}

void TestImportCli::importJsonIntoNewCases()
{
    const QString text = test::writeText(m_folder->path(u"in/a.txt"_s), test::decisionText(1));
    const QString html = test::writeText(m_folder->path(u"in/b.html"_s), test::decisionHtml(2));
    const QString copy = test::writeText(m_folder->path(u"c-copy.txt"_s), test::decisionText(1));
    const Run r = run({u"--library"_s, m_library, u"--json"_s, u"import"_s,
                       m_folder->path(u"in"_s), copy});
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
    QCOMPARE(array.at(1).toObject().value(u"case"_s).toString(), u"HCPC 2026-04-14 final-2"_s);
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
    const int documents = library->database().scalar(u"SELECT count(*) FROM documents"_s).toInt();
    QVERIFY2(documents >= 5 && documents < count, qPrintable(QString::number(documents)));
    QCOMPARE(library->database().scalar(u"SELECT count(*) FROM document_sources"_s).toInt(), documents);
    QCOMPARE(library->cases().count(), documents);
    const QStringList problems = OutlineRepository(library->database()).checkImported();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Every stored document has its outline.
    QCOMPARE(library->database()
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
