// SPDX-License-Identifier: GPL-3.0-or-later
// Library on PostgreSQL: creating and opening by URL, refusing what is not a library, migrations
// side by side with SQLite's, ids under undo, the check, and connection errors.
#include "model/case.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "oldlibrary.h"
#include "pgtestserver.h"
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/passagerepository.h"
#include "testlibrary.h"

#include <QMap>
#include <QSqlQuery>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

Case sampleCase(const QString &reference)
{
    Case c;
    c.reference = reference;
    c.title = u"Records altered after an inspection"_s;
    c.regulator = Regulator::Nmc;
    return c;
}

/// The error a call throws (kind and message), or fails the test when it throws none.
template <typename F>
LibraryError thrown(F &&call)
{
    try {
        call();
    } catch (const LibraryError &e) {
        return e;
    }
    return {LibraryError::Kind::Sql, u"(nothing was thrown)"_s};
}

} // namespace

class TestPgLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createInstallsTheSchema()
    {
        const QString url = test::freshPostgresUrl(u"create"_s);
        QVERIFY(Library::isUrl(url));
        {
            auto library = Library::create(url);
            QCOMPARE(library->schemaVersion(), migrations::latestVersion());
            QCOMPARE(library->path(), url);
            QVERIFY(library->codebook().all().size() > 10);
            library->cases().add(sampleCase(u"NMC-1"_s));
        }
        auto reopened = Library::open(url);
        QCOMPARE(reopened->cases().count(), 1);
        const Library::CheckReport report = reopened->check();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.cases, 1);
        QVERIFY(report.factors > 10);
        const Library::Inspection inspection = Library::inspect(url);
        QVERIFY(inspection.exists);
        QVERIFY(inspection.isLibrary);
        QCOMPARE(inspection.schemaVersion, migrations::latestVersion());
        QVERIFY(inspection.problem.isEmpty());
    }

    void createRefusesADatabaseInUse()
    {
        const QString url = test::freshPostgresUrl(u"inuse"_s);
        Library::create(url);
        const LibraryError again = thrown([&] { Library::create(url); });
        QCOMPARE(again.kind(), LibraryError::Kind::AlreadyExists);
        QVERIFY2(again.message().contains(u"already holds a Casebench library"_s),
                 qPrintable(again.message()));

        const QString other = test::freshPostgresUrl(u"other"_s);
        Database::openPostgres(other)->exec(u"CREATE TABLE invoices (id INTEGER)"_s);
        const LibraryError foreign = thrown([&] { Library::create(other); });
        QCOMPARE(foreign.kind(), LibraryError::Kind::AlreadyExists);
        QVERIFY2(foreign.message().contains(u"not empty"_s), qPrintable(foreign.message()));
    }

    void openRefusesWhatIsNotALibrary()
    {
        const QString empty = test::freshPostgresUrl(u"empty"_s);
        const LibraryError e = thrown([&] { Library::open(empty); });
        QCOMPARE(e.kind(), LibraryError::Kind::NotALibrary);
        QVERIFY2(e.message().contains(u"is empty"_s), qPrintable(e.message()));
        QVERIFY(!Library::inspect(empty).problem.isEmpty());

        const QString foreign = test::freshPostgresUrl(u"foreign"_s);
        Database::openPostgres(foreign)->exec(u"CREATE TABLE invoices (id INTEGER)"_s);
        const LibraryError f = thrown([&] { Library::open(foreign); });
        QCOMPARE(f.kind(), LibraryError::Kind::NotALibrary);
        QVERIFY2(f.message().contains(u"not a Casebench library"_s), qPrintable(f.message()));
        // Left as it was: no table of ours was added.
        QCOMPARE(
            Database::openPostgres(foreign)
                ->scalar(u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s)
                .toInt(),
            1);
    }

    void openRefusesANewerLibrary()
    {
        const QString url = test::freshPostgresUrl(u"newer"_s);
        Library::create(url);
        Database::openPostgres(url)->exec(
            u"UPDATE casebench_meta SET value = '99' WHERE key = 'schema_version'"_s);
        const LibraryError e = thrown([&] { Library::open(url); });
        QCOMPARE(e.kind(), LibraryError::Kind::TooNew);
        QVERIFY2(e.message().contains(u"newer version"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"99"_s), qPrintable(e.message()));
    }

    void migratesFromEveryOlderVersion()
    {
        for (int version = 1; version < migrations::latestVersion(); ++version) {
            const QString url = test::freshPostgresUrl(u"v%1"_s.arg(version));
            {
                auto old = Library::createAtVersion(url, version);
                QCOMPARE(migrations::currentVersion(*old), version);
                test::insertOldCase(*old, sampleCase(u"OLD-%1"_s.arg(version)));
            }
            auto library = Library::open(url);
            QCOMPARE(library->schemaVersion(), migrations::latestVersion());
            QCOMPARE(library->cases().count(), 1);
            QVERIFY(library->migrationBackupPath().isEmpty());
            const Library::CheckReport report = library->check();
            QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        }
    }

    void migrationListsMatch()
    {
        // The same versions and descriptions on both backends: describe() reads the SQLite list,
        // and a library created on PostgreSQL records every version in turn.
        const QString url = test::freshPostgresUrl(u"versions"_s);
        auto db = Database::openPostgres(url);
        QCOMPARE(migrations::currentVersion(*db), 0);
        for (int version = 1; version <= migrations::latestVersion(); ++version) {
            QVERIFY(!migrations::describe(version).isEmpty());
            migrations::migrate(*db, version);
            QCOMPARE(migrations::currentVersion(*db), version);
        }

        // The same tables and columns as a migrated SQLite file, but for what each backend keeps
        // its own way (casebench_meta; the FTS5 table against the search_vector column).
        const auto schemaOf = [](Database &connection) {
            QMap<QString, QStringList> schema;
            QSqlQuery tables = connection.exec(connection.dialect().libraryTables());
            QStringList names;
            while (tables.next())
                names.append(tables.value(0).toString());
            for (const QString &name : std::as_const(names)) {
                QSqlQuery columns = connection.exec(connection.dialect().writtenColumns(), {name});
                while (columns.next())
                    schema[name].append(columns.value(0).toString());
                schema[name].sort();
            }
            return schema;
        };
        test::TempFolder folder;
        auto sqlite = Database::openSqlite(folder.path(u"latest.sqlite"_s), false);
        migrations::migrate(*sqlite, migrations::latestVersion());
        QCOMPARE(schemaOf(*db), schemaOf(*sqlite));
    }

    void referencesAreUniqueWithoutRegardToCase()
    {
        auto library = Library::create(test::freshPostgresUrl(u"nocase"_s));
        library->cases().add(sampleCase(u"HCPC-abc"_s));
        QVERIFY(library->cases().findByReference(u"hcpc-ABC"_s).has_value());
        const LibraryError e = thrown([&] { library->cases().add(sampleCase(u"hcpc-ABC"_s)); });
        QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
        library->cases().add(sampleCase(u"b-2"_s));
        library->cases().add(sampleCase(u"A-3"_s));
        QStringList order;
        for (const Case &c : library->cases().all())
            order.append(c.reference);
        // As SQLite's NOCASE: ASCII letters folded, then code points.
        QCOMPARE(order, (QStringList{u"A-3"_s, u"b-2"_s, u"HCPC-abc"_s}));
    }

    void undoPutsRowsBackUnderTheirOldIds()
    {
        auto library = Library::create(test::freshPostgresUrl(u"ids"_s));
        Case first = library->cases().add(sampleCase(u"C-1"_s));
        const Case second = library->cases().add(sampleCase(u"C-2"_s));
        QVERIFY(second.id.value > first.id.value);
        library->cases().remove(first.id);
        // Restored under its old id, as undo does.
        const Case restored = library->cases().add(first);
        QCOMPARE(restored.id, first.id);
        // A row given an id beyond the sequence moves the sequence past it.
        Case far = sampleCase(u"C-far"_s);
        far.id = CaseId(second.id.value + 100);
        QCOMPARE(library->cases().add(far).id, far.id);
        const Case next = library->cases().add(sampleCase(u"C-next"_s));
        QVERIFY(next.id.value > far.id.value);
        // An id in use is refused with a sentence.
        const LibraryError e = thrown([&] { library->cases().add(restored); });
        QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
    }

    void rollbackLeavesNothingBehind()
    {
        auto library = Library::create(test::freshPostgresUrl(u"tx"_s));
        {
            Transaction outer(*library);
            library->cases().add(sampleCase(u"T-1"_s));
            try {
                Transaction inner(*library);
                library->cases().add(sampleCase(u"T-2"_s));
                databaseOf(*library).exec(u"SELECT no_such_column FROM cases"_s);
                inner.commit();
            } catch (const LibraryError &) {
                // The savepoint is rolled back; the outer transaction goes on.
            }
            library->cases().add(sampleCase(u"T-3"_s));
            outer.commit();
        }
        QStringList refs;
        for (const Case &c : library->cases().all())
            refs.append(c.reference);
        QCOMPARE(refs, (QStringList{u"T-1"_s, u"T-3"_s}));
    }

    void connectionErrorsNameTheServerNotThePassword()
    {
        const QString base = test::postgresServerUrl();
        QVERIFY(!base.isEmpty());
        QString missing = base.section(u'/', 0, -2) + u"/no_such_database"_s;
        const LibraryError e = thrown([&] { Library::open(missing, u"hunter2-secret"_s); });
        QCOMPARE(e.kind(), LibraryError::Kind::Io);
        QVERIFY2(e.message().contains(u"no_such_database"_s), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u"hunter2"_s), qPrintable(e.message()));
        const QString withPassword = missing.replace(u"casebench@"_s,
                                                     u"casebench:hunter2-secret@"_s);
        const LibraryError w = thrown([&] { Library::open(withPassword); });
        QVERIFY2(!w.message().contains(u"hunter2"_s), qPrintable(w.message()));
    }
};

QTEST_GUILESS_MAIN(TestPgLibrary)
#include "tst_pglibrary.moc"
