// SPDX-License-Identifier: GPL-3.0-or-later
// casebench-cli copy-library as a user runs it: the demo library → PostgreSQL → a new SQLite
// file, and `show REF --json --with-text` of every case identical in all three (issue 7's
// check). Needs the PostgreSQL test server (fixture casebench_postgres); fails without it.
#include "clirun.h"
#include "pgtestserver.h"
#include "testlibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

using Run = test::CliRun;

} // namespace

class TestCopyLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoThroughPostgresAndBack();
    void refusals();
    void failedCopyLeavesNothing();

private:
    Run run(const QStringList &arguments) const;
    QByteArray showAll(const QString &library, const QStringList &references) const;

    QString m_program;
    test::TempFolder m_folder;
    QString m_demo;
};

Run TestCopyLibrary::run(const QStringList &arguments) const
{
    return test::runCli(m_program, arguments, test::cliEnvironment());
}

QByteArray TestCopyLibrary::showAll(const QString &library, const QStringList &references) const
{
    QByteArray all;
    for (const QString &reference : references) {
        const Run r = run(
            {u"--library"_s, library, u"--json"_s, u"show"_s, reference, u"--with-text"_s});
        if (r.exitCode != 0) {
            qWarning("show %s failed on %s: %s", qPrintable(reference), qPrintable(library),
                     r.err.constData());
            return {};
        }
        all += r.out;
    }
    return all;
}

void TestCopyLibrary::initTestCase()
{
    const QString binDir = qEnvironmentVariable("CASEBENCH_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "CASEBENCH_BIN_DIR is not set; run the test through ctest");
    m_program = QDir(binDir).filePath(u"casebench-cli"_s);
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
    m_demo = m_folder.path(u"demo.casebench"_s);
    const Run r = run({u"--library"_s, m_demo, u"demo"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCopyLibrary::demoThroughPostgresAndBack()
{
    const QString server = test::freshPostgresUrl(u"copy_cli"_s);
    const QString back = m_folder.path(u"back.casebench"_s);

    Run r = run({u"--json"_s, u"copy-library"_s, m_demo, server});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QVERIFY(report.value(u"rows"_s).toInteger() > 100);
    r = run({u"copy-library"_s, server, back});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("Copied "), r.out.constData());

    r = run({u"--library"_s, m_demo, u"--json"_s, u"cases"_s});
    QCOMPARE(r.exitCode, 0);
    QStringList references;
    for (const QJsonValue &row : QJsonDocument::fromJson(r.out).array())
        references.append(row.toObject().value(u"reference"_s).toString());
    QVERIFY(references.size() >= 10);

    const QByteArray original = showAll(m_demo, references);
    QVERIFY(!original.isEmpty());
    QCOMPARE(showAll(server, references), original);
    QCOMPARE(showAll(back, references), original);

    for (const QString &library : {server, back}) {
        r = run({u"--library"_s, library, u"check"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(library.toUtf8() + ": " + r.out + r.err).constData());
        // Searching the copy finds what searching the original finds.
        const Run here = run({u"--library"_s, library, u"--json"_s, u"search"_s, u"dishonesty"_s});
        const Run there = run({u"--library"_s, m_demo, u"--json"_s, u"search"_s, u"dishonesty"_s});
        QCOMPARE(here.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(here.out).isNull(), false);
        QCOMPARE(QJsonDocument::fromJson(here.out).object().value(u"total"_s),
                 QJsonDocument::fromJson(there.out).object().value(u"total"_s));
    }
}

void TestCopyLibrary::refusals()
{
    // An existing file is never written over; the source is named in one sentence.
    Run r = run({u"copy-library"_s, m_demo, m_demo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.trimmed().endsWith('.'), r.err.constData());
    r = run({u"copy-library"_s, m_folder.path(u"missing.casebench"_s),
             m_folder.path(u"x.casebench"_s)});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFileInfo::exists(m_folder.path(u"x.casebench"_s)));
    r = run({u"copy-library"_s, m_demo});
    QCOMPARE(r.exitCode, 1);
}

void TestCopyLibrary::failedCopyLeavesNothing()
{
    // A library with a table no Casebench schema has cannot be copied; the copy fails after the
    // destination's schema was made, and neither the server nor a new file keeps anything.
    const QString odd = m_folder.path(u"odd.casebench"_s);
    QVERIFY(QFile::copy(m_demo, odd));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"odd"_s);
        db.setDatabaseName(odd);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"CREATE TABLE scribbles (id INTEGER PRIMARY KEY, note TEXT)"_s),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"odd"_s);

    const QString server = test::freshPostgresUrl(u"copy_failed"_s);
    Run r = run({u"copy-library"_s, odd, server});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("scribbles"), r.err.constData());
    const QString file = m_folder.path(u"failed.casebench"_s);
    r = run({u"copy-library"_s, odd, file});
    QVERIFY(r.exitCode != 0);
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(file + u"-wal"_s));

    // The server's database is as empty as before: a library can still be made there.
    r = run({u"copy-library"_s, m_demo, server});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QTEST_GUILESS_MAIN(TestCopyLibrary)
#include "tst_copylibrary.moc"
