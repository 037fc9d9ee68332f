// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatedecisions.h"
#include "model/libraryerror.h"
#include "model/textfingerprint.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "oldlibrary.h"
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/fingerprintrepository.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

bool hasTable(Database &db, const QString &name)
{
    return db.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s, {name}).toInt() == 1;
}

/// user_version and the number of cases, read through a connection of the test's own.
std::pair<int, int> versionAndCases(const QString &path)
{
    const QString name = u"tst_migrations-own"_s;
    std::pair<int, int> result{-1, -1};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                result.first = q.value(0).toInt();
            if (q.exec(u"SELECT count(*) FROM cases"_s) && q.next())
                result.second = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void versionsAreNumberedAndDescribed();
    void migrateBuildsEachStep();
    void createAtVersionWritesAnOldSchema();
    void oldLibraryUpgradesWithBackup();
    void currentLibraryTakesNoBackup();
    void newerLibraryIsRefusedUntouched();
    void failedMigrationLeavesItsStepUndone();
    void version7LibraryGetsFingerprints();

private:
    std::unique_ptr<test::TempFolder> m_folder;
};

void TestMigrations::init()
{
    m_folder = std::make_unique<test::TempFolder>();
}

void TestMigrations::cleanup()
{
    m_folder.reset();
}

void TestMigrations::versionsAreNumberedAndDescribed()
{
    QVERIFY(migrations::latestVersion() >= 2);
    for (int v = 1; v <= migrations::latestVersion(); ++v)
        QVERIFY2(migrations::describe(v).startsWith(QString::number(v) + u": "_s),
                 qPrintable(migrations::describe(v)));
    QVERIFY(migrations::describe(migrations::latestVersion() + 1).isEmpty());
}

void TestMigrations::migrateBuildsEachStep()
{
    auto db = Database::openSqlite(m_folder->path(u"steps.sqlite"_s), false);
    QCOMPARE(migrations::currentVersion(*db), 0);
    migrations::migrate(*db, 1);
    QCOMPARE(migrations::currentVersion(*db), 1);
    for (const QString &table :
         {u"cases"_s, u"sanctions"_s, u"documents"_s, u"factors"_s, u"passages"_s})
        QVERIFY2(hasTable(*db, table), qPrintable(table));
    QVERIFY(!hasTable(*db, u"documents_fts"_s));
    QCOMPARE(db->scalar(u"PRAGMA application_id"_s).toLongLong(), 0x43415342);
    migrations::migrate(*db, migrations::latestVersion());
    QCOMPARE(migrations::currentVersion(*db), migrations::latestVersion());
    QVERIFY(hasTable(*db, u"documents_fts"_s));
    QVERIFY(hasTable(*db, u"document_fingerprints"_s));
    // Running again does nothing.
    migrations::migrate(*db, migrations::latestVersion());
    QCOMPARE(migrations::currentVersion(*db), migrations::latestVersion());
}

void TestMigrations::createAtVersionWritesAnOldSchema()
{
    auto db = Library::createAtVersion(m_folder->path(u"v1.casebench"_s), 1);
    QCOMPARE(migrations::currentVersion(*db), 1);
    QVERIFY(!hasTable(*db, u"documents_fts"_s));
    QVERIFY(db->scalar(u"SELECT count(*) FROM factors"_s).toInt() > 0);
    // The default codebook's parents came along.
    QVERIFY(db->scalar(u"SELECT count(*) FROM factors WHERE parent_id IS NOT NULL"_s).toInt() > 0);
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             Library::createAtVersion(m_folder->path(u"v0.casebench"_s), 0));
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             Library::createAtVersion(m_folder->path(u"v99.casebench"_s), 99));
    QVERIFY(!QFileInfo::exists(m_folder->path(u"v0.casebench"_s)));
}

void TestMigrations::oldLibraryUpgradesWithBackup()
{
    const QString path = m_folder->path(u"old.casebench"_s);
    Case c;
    Sanction s;
    Document d;
    Passage p;
    {
        // Rows as a schema-1 build wrote them.
        auto db = Library::createAtVersion(path, 1);
        c.reference = u"SWE-77"_s;
        c.title = u"Unrecorded visits"_s;
        c.regulator = Regulator::SocialWorkEngland;
        c.grounds = {StatutoryGround::Misconduct};
        c.id = test::insertOldCase(*db, c);
        s.caseId = c.id;
        s.type = SanctionType::Suspension;
        s.durationMonths = 9;
        s.id = test::insertOldSanction(*db, s);
        d.caseId = c.id;
        d.title = u"Final hearing decision"_s;
        d.text = u"The adjudicators found the quixotic explanation unpersuasive."_s;
        d.id = test::insertOldDocument(*db, d);
        p = Passage::fromSpan(d.text, d.id,
                              FactorId(db->scalar(u"SELECT min(id) FROM factors"_s).toLongLong()),
                              20, 28);
        p.id = test::insertOldPassage(*db, p);
    }

    auto library = Library::open(path);
    QCOMPARE(library->schemaVersion(), migrations::latestVersion());
    const QString backup = library->migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    static const QRegularExpression name(u"^old\\.casebench\\.backup-v1-\\d{8}-\\d{6}$"_s);
    QVERIFY2(name.match(QFileInfo(backup).fileName()).hasMatch(), qPrintable(backup));

    // The data came through, and the new index knows the old text.
    const Case upgradedCase = *library->cases().find(c.id);
    QCOMPARE(upgradedCase.reference, c.reference);
    QCOMPARE(upgradedCase.title, c.title);
    QCOMPARE(upgradedCase.regulator, c.regulator);
    QCOMPARE(upgradedCase.grounds, c.grounds);
    QCOMPARE(upgradedCase.rowVersion, 1);
    QCOMPARE(library->sanctions().forCase(c.id), QList<Sanction>{s});
    QCOMPARE(library->sanctions().find(s.id)->rowVersion, 1);
    const Document upgradedDocument = *library->documents().find(d.id);
    QCOMPARE(upgradedDocument.text, d.text);
    QCOMPARE(upgradedDocument.title, d.title);
    QCOMPARE(upgradedDocument.contentHash, Document::hashOfText(d.text));
    const Passage upgradedPassage = *library->passages().find(p.id);
    QCOMPARE(upgradedPassage.quote, p.quote);
    QCOMPARE(upgradedPassage.start, p.start);
    QCOMPARE(upgradedPassage.end, p.end);
    QCOMPARE(upgradedPassage.factor, p.factor);
    QVERIFY(!upgradedPassage.orphaned);
    QCOMPARE(upgradedPassage.rowVersion, 1);
    QCOMPARE(library->documents().search(u"quixotic"_s), QList<DocumentId>{d.id});
    QCOMPARE(library->documents().search(u"hearing"_s), QList<DocumentId>{d.id}); // title
    const Library::CheckReport report = library->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));

    // The backup is the library as it was, at schema 1.
    QCOMPARE(versionAndCases(backup), std::make_pair(1, 1));
    const Library::Inspection inspection = Library::inspect(backup);
    QVERIFY2(inspection.problem.isEmpty(), qPrintable(inspection.problem));
    QCOMPARE(inspection.schemaVersion, 1);
    library.reset();
    QCOMPARE(versionAndCases(path), std::make_pair(migrations::latestVersion(), 1));
}

void TestMigrations::currentLibraryTakesNoBackup()
{
    const QString path = m_folder->path(u"current.casebench"_s);
    Library::create(path).reset();
    auto library = Library::open(path);
    QVERIFY(library->migrationBackupPath().isEmpty());
    QCOMPARE(QDir(m_folder->path(QString())).entryList({u"*backup*"_s}), QStringList());
}

void TestMigrations::newerLibraryIsRefusedUntouched()
{
    const QString path = m_folder->path(u"future.casebench"_s);
    {
        auto library = Library::create(path);
        databaseOf(*library).exec(
            u"PRAGMA user_version = %1"_s.arg(migrations::latestVersion() + 5));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    const QDateTime modified = QFileInfo(path).lastModified();
    const QStringList folder = QDir(m_folder->path(QString())).entryList(QDir::Files);
    QTest::qWait(20);

    try {
        Library::open(path);
        QFAIL("a library from a newer version opened");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::TooNew);
        QVERIFY2(e.message().contains(u"schema %1"_s.arg(migrations::latestVersion() + 5)),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(QDir::toNativeSeparators(path)), qPrintable(e.message()));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(m_folder->path(QString())).entryList(QDir::Files), folder); // no backup, no -wal
}

void TestMigrations::failedMigrationLeavesItsStepUndone()
{
    auto db = Database::openSqlite(m_folder->path(u"blocked.sqlite"_s), false);
    migrations::migrate(*db, 1);
    // A trigger already has the name of migration 2's last trigger, so the step fails after its
    // first statements ran: none of them may be left behind.
    db->exec(
        u"CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN SELECT 1; END"_s);
    try {
        migrations::migrate(*db, migrations::latestVersion());
        QFAIL("the migration ran over an existing trigger");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"schema 2"_s), qPrintable(e.message()));
    }
    QCOMPARE(migrations::currentVersion(*db), 1);
    QCOMPARE(db->transactionDepth(), 0);
    QVERIFY(!hasTable(*db, u"documents_fts"_s));
    QCOMPARE(db->scalar(u"SELECT group_concat(name) FROM sqlite_master WHERE type = 'trigger'"_s)
                 .toString(),
             u"documents_fts_update"_s);
}

void TestMigrations::version7LibraryGetsFingerprints()
{
    const QString path = m_folder->path(u"v7.casebench"_s);
    DocumentId decision;
    DocumentId empty;
    {
        auto db = Library::createAtVersion(path, 7);
        Case c;
        c.reference = u"NAHT-2027-0113"_s;
        c.id = test::insertOldCase(*db, c);
        Document d;
        d.caseId = c.id;
        d.title = u"Final hearing"_s;
        d.text = test::templateDecisionText(0);
        decision = test::insertOldDocument(*db, d);
        d.title = u"Numbers only"_s;
        d.text = u"1. 2. 3."_s;
        empty = test::insertOldDocument(*db, d);
        QVERIFY(!hasTable(*db, u"document_fingerprints"_s));
    }
    auto library = Library::open(path);
    QCOMPARE(library->schemaVersion(), 8);
    QVERIFY(!library->migrationBackupPath().isEmpty());
    Database &db = databaseOf(*library);
    const auto rows = [&db](DocumentId id) {
        return db
            .scalar(u"SELECT count(*) FROM document_fingerprints WHERE document_id = ?"_s,
                    {QVariant(id.value)})
            .toInt();
    };
    QCOMPARE(rows(decision), fingerprint::bandCount);
    QCOMPARE(rows(empty), 0);
    // The rows are those of the text: the same decision re-wrapped is found through them.
    const auto match = FingerprintRepository(db).findSameText(
        fingerprint::compute(test::templateDecisionText(0, 66)));
    QVERIFY(match);
    QCOMPARE(match->document, decision);
    QVERIFY(match->similarity > 0.95);
    QVERIFY(!FingerprintRepository(db).findSameText(
        fingerprint::compute(test::templateDecisionText(1))));
    const Library::CheckReport report = library->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));

    // A fingerprint missing bands is reported by check.
    db.exec(u"DELETE FROM document_fingerprints WHERE document_id = ? AND band > 20"_s,
            {QVariant(decision.value)});
    const Library::CheckReport damaged = library->check();
    QVERIFY(!damaged.ok());
    QVERIFY2(damaged.problems.join(u'\n').contains(u"21 of its 32 bands"_s),
             qPrintable(damaged.problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
