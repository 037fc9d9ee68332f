// SPDX-License-Identifier: GPL-3.0-or-later
// A new library and its demo content are all or nothing: a failure mid-demo (or mid-schema)
// leaves a PostgreSQL database without any Casebench table and a folder without a file, and a
// second demo on a library is refused in a sentence. Against the throwaway server of
// tests/postgres.
#include "clirun.h"
#include "model/libraryerror.h"
#include "pgtestserver.h"
#include "services/demolibrary.h"
#include "storage/caserepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

using Run = test::CliRun;

Run runCli(const QStringList &arguments)
{
    return test::runCli(test::cliProgram(), arguments);
}

/// The demo file with its last case's first passage quoting a sentence its decision does not
/// hold: the load fails after the other cases were written.
QByteArray brokenDemo()
{
    QFile file(u":/casebench/demo/demo-cases.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = file.readAll();
    const qsizetype at = json.lastIndexOf("\"quote\"");
    if (at < 0)
        return {};
    const qsizetype open = json.indexOf('"', at + 7);
    return json.left(open + 1) + "A sentence no decision of the demo contains, "
           + json.mid(open + 1);
}

/// Tables, sequences, functions and types of the current schema: what a library would leave.
int schemaObjects(const QString &url)
{
    auto db = Database::openPostgres(url);
    return db
        ->scalar(uR"(SELECT (SELECT count(*) FROM pg_catalog.pg_class c
            WHERE c.relnamespace = to_regnamespace(current_schema()))
        + (SELECT count(*) FROM pg_catalog.pg_proc p
            WHERE p.pronamespace = to_regnamespace(current_schema())))"_s)
        .toInt();
}

} // namespace

class TestPgDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureMidDemoLeavesNoTables();
    void failureMidSchemaLeavesNoTables();
    void cliDemoFailureLeavesNothing();
    void secondDemoIsRefused();
    void failedDemoFileIsRemoved();
};

void TestPgDemo::failureMidDemoLeavesNoTables()
{
    const QString url = test::freshPostgresUrl(u"demofail"_s);
    const QByteArray json = brokenDemo();
    QVERIFY(!json.isEmpty());
    try {
        demolibrary::create(url, json, u"broken-demo.json"_s);
        QFAIL("a demo quoting a missing sentence was created");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"broken-demo.json"_s), qPrintable(e.message()));
    }
    QCOMPARE(schemaObjects(url), 0);
    QVERIFY(!Library::inspect(url).isLibrary);
    // The database is as it was: a demo can be made there now.
    auto library = demolibrary::create(url);
    QVERIFY(library->cases().count() > 10);
}

void TestPgDemo::failureMidSchemaLeavesNoTables()
{
    // A function with the name of migration 6's trigger function is in the way: the schema
    // fails at step 6, after five steps of tables. None of them may stay.
    const QString url = test::freshPostgresUrl(u"schemafail"_s);
    {
        auto db = Database::openPostgres(url);
        db->exec(
            u"CREATE FUNCTION casebench_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$"_s);
    }
    QCOMPARE(schemaObjects(url), 1);
    QVERIFY_THROWS_EXCEPTION(LibraryError, Library::create(url));
    QCOMPARE(schemaObjects(url), 1); // only the function that was there
}

void TestPgDemo::cliDemoFailureLeavesNothing()
{
    const QString url = test::freshPostgresUrl(u"clidemofail"_s);
    {
        auto db = Database::openPostgres(url);
        db->exec(
            u"CREATE FUNCTION casebench_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$"_s);
    }
    const Run failed = runCli({u"--library"_s, url, u"demo"_s});
    QVERIFY2(failed.exitCode != 0, failed.out.constData());
    QVERIFY(failed.out.isEmpty());
    QVERIFY2(failed.err.contains("could not be upgraded to schema 6"), failed.err.constData());
    QCOMPARE(schemaObjects(url), 1);
    {
        auto db = Database::openPostgres(url);
        db->exec(u"DROP FUNCTION casebench_notify_change()"_s);
    }
    const Run made = runCli({u"--library"_s, url, u"demo"_s});
    QVERIFY2(made.exitCode == 0, made.err.constData());
}

void TestPgDemo::secondDemoIsRefused()
{
    const QString url = test::freshPostgresUrl(u"demotwice"_s);
    const Run first = runCli({u"--library"_s, url, u"demo"_s});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const int cases = Library::open(url)->cases().count();
    const Run second = runCli({u"--library"_s, url, u"demo"_s});
    QCOMPARE(second.exitCode, 2); // bad input, as for an existing file
    QVERIFY(second.out.isEmpty());
    QVERIFY2(second.err.contains("already holds a Casebench library"), second.err.constData());
    QCOMPARE(Library::open(url)->cases().count(), cases);

    // show --json names the database role as the writer of every sanction and document.
    const QString role = Database::openPostgres(url)->scalar(u"SELECT current_user"_s).toString();
    const Run show = runCli({u"--library"_s, url, u"--json"_s, u"show"_s, u"DEMO-NMC-003"_s});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(shown.value(u"case"_s).toObject().value(u"modified_by"_s).toString(), role);
    for (const QString &key : {u"sanctions"_s, u"documents"_s, u"passages"_s}) {
        const QJsonArray rows = shown.value(key).toArray();
        QVERIFY2(!rows.isEmpty(), qPrintable(key));
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject().value(u"modified_by"_s).toString(), role);
    }
    QCOMPARE(
        shown.value(u"sanctions"_s).toArray().first().toObject().value(u"row_version"_s).toInt(),
        1);
}

void TestPgDemo::failedDemoFileIsRemoved()
{
    test::TempFolder folder;
    const QString path = folder.path(u"broken.casebench"_s);
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             demolibrary::create(path, brokenDemo(), u"broken-demo.json"_s));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

QTEST_GUILESS_MAIN(TestPgDemo)
#include "tst_pgdemo.moc"
