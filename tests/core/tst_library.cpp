// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/codebookjson.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

/// A file's bytes, modification time and the other files beside it.
struct FileState
{
    QByteArray bytes;
    QDateTime modified;
    QStringList folder;

    static FileState of(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QFileInfo info(path);
        return {file.readAll(), info.lastModified(),
                info.dir().entryList(QDir::Files | QDir::Hidden)};
    }
    bool operator==(const FileState &) const = default;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// Runs statements on a connection of the test's own (no foreign keys), outside Casebench.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"tst_library-own"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement + u": "_s + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Case sampleCase(const QString &reference)
{
    Case c;
    c.reference = reference;
    c.title = u"Records altered after an inspection"_s;
    c.regulator = Regulator::Nmc;
    return c;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createMakesAConfiguredLibrary();
    void createRefusesToOverwrite();
    void reopenKeepsData();
    void missingFileIsRefused();
    void refusedFilesAreUntouched_data();
    void refusedFilesAreUntouched();
    void corruptPageIsDamaged();
    void inspectAcceptsALibraryWithoutWriting();
    void checkCountsASoundLibrary();
    void checkReportsBrokenPassages();
    void checkReportsIndexAndForeignKeyProblems();

private:
    QString makeLibraryWithData(const QString &name);
    std::unique_ptr<test::TempFolder> m_folder;
};

void TestLibrary::init()
{
    m_folder = std::make_unique<test::TempFolder>();
}

void TestLibrary::cleanup()
{
    m_folder.reset();
}

QString TestLibrary::makeLibraryWithData(const QString &name)
{
    const QString path = m_folder->path(name);
    auto library = Library::create(path);
    for (int i = 0; i < 30; ++i) {
        const Case c = library->cases().add(sampleCase(u"NMC-%1"_s.arg(i)));
        Document d;
        d.caseId = c.id;
        d.title = u"Decision %1"_s.arg(i);
        d.text = u"The panel considered the altered records at length. "_s.repeated(40);
        library->documents().add(d);
    }
    return path;
}

void TestLibrary::createMakesAConfiguredLibrary()
{
    const QString path = m_folder->path(u"new.casebench"_s);
    auto library = Library::create(path);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(library->path(), path);
    QCOMPARE(library->schemaVersion(), migrations::latestVersion());
    QVERIFY(library->migrationBackupPath().isEmpty());
    Database &db = databaseOf(*library);
    QCOMPARE(db.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(db.scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(db.scalar(u"PRAGMA application_id"_s).toLongLong(), 0x43415342);
    QCOMPARE(db.scalar(u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
    QCOMPARE(library->codebook().all().size(), codebookjson::defaultCodebook().size());
    QVERIFY(!codebookjson::defaultCodebook().isEmpty());
    QCOMPARE(library->cases().count(), 0);
}

void TestLibrary::createRefusesToOverwrite()
{
    const QString path = m_folder->path(u"existing.txt"_s);
    writeFile(path, "notes I want to keep\n");
    const FileState before = FileState::of(path);
    try {
        Library::create(path);
        QFAIL("create() overwrote a file");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::AlreadyExists);
        QVERIFY2(e.message().contains(QDir::toNativeSeparators(path)), qPrintable(e.message()));
    }
    QCOMPARE(FileState::of(path), before);

    const QString library = m_folder->path(u"lib.casebench"_s);
    Library::create(library).reset();
    QVERIFY_THROWS_EXCEPTION(LibraryError, Library::create(library));
    QCOMPARE(Library::open(library)->codebook().all().size(),
             codebookjson::defaultCodebook().size());
}

void TestLibrary::reopenKeepsData()
{
    const QString path = makeLibraryWithData(u"data.casebench"_s);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // checkpointed and removed on close
    auto library = Library::open(path);
    QCOMPARE(library->cases().count(), 30);
    QVERIFY(library->migrationBackupPath().isEmpty());
    QCOMPARE(library->documents().search(u"altered"_s).size(), 30);
    QCOMPARE(databaseOf(*library).scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
}

void TestLibrary::missingFileIsRefused()
{
    const QString path = m_folder->path(u"nowhere.casebench"_s);
    try {
        Library::open(path);
        QFAIL("a missing library opened");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::FileNotFound);
        QVERIFY(e.message().contains(QDir::toNativeSeparators(path)));
    }
    QVERIFY(!QFileInfo::exists(path));
    const Library::Inspection inspection = Library::inspect(path);
    QVERIFY(!inspection.exists);
    QVERIFY(!inspection.problem.isEmpty());
}

void TestLibrary::refusedFilesAreUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("phrase");
    using K = LibraryError::Kind;
    QTest::newRow("empty file") << u"empty"_s << int(K::NotALibrary) << u"is empty"_s;
    QTest::newRow("text file") << u"text"_s << int(K::NotALibrary) << u"not an SQLite database"_s;
    QTest::newRow("random bytes") << u"random"_s << int(K::NotALibrary)
                                  << u"not an SQLite database"_s;
    QTest::newRow("another application's SQLite")
        << u"foreign"_s << int(K::NotALibrary)
        << u"is an SQLite database but not a Casebench library"_s;
    QTest::newRow("newer version")
        << u"newer"_s << int(K::TooNew)
        << u"newer version of Casebench (schema %1); this version reads schema 1 to %2"_s
               .arg(migrations::latestVersion() + 1)
               .arg(migrations::latestVersion());
    QTest::newRow("truncated library") << u"truncated"_s << int(K::Damaged) << u"is damaged"_s;
    QTest::newRow("cut-off header") << u"header"_s << int(K::Damaged) << u"header"_s;
}

void TestLibrary::refusedFilesAreUntouched()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QFETCH(QString, phrase);
    const QString path = m_folder->path(u"subject.casebench"_s);
    if (kind == u"empty"_s) {
        writeFile(path, {});
    } else if (kind == u"text"_s) {
        writeFile(path, "Hearing notes, day one.\nNothing to see here.\n");
    } else if (kind == u"random"_s) {
        QByteArray bytes(8192, '\0');
        QRandomGenerator generator(20240501);
        for (char &b : bytes)
            b = static_cast<char>(generator.bounded(256));
        writeFile(path, bytes);
    } else if (kind == u"foreign"_s) {
        runSql(path, {u"CREATE TABLE notes (body TEXT)"_s, u"INSERT INTO notes VALUES ('x')"_s});
    } else if (kind == u"newer"_s) {
        Library::create(path).reset();
        runSql(path, {u"PRAGMA user_version = %1"_s.arg(migrations::latestVersion() + 1)});
    } else if (kind == u"truncated"_s) {
        makeLibraryWithData(u"subject.casebench"_s);
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
    } else if (kind == u"header"_s) {
        makeLibraryWithData(u"subject.casebench"_s);
        QFile file(path);
        QVERIFY(file.resize(60));
    }
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    const FileState before = FileState::of(path);
    QTest::qWait(20); // a write would show in the modification time

    try {
        Library::open(path);
        QFAIL("the file was opened as a library");
    } catch (const LibraryError &e) {
        QCOMPARE(int(e.kind()), expected);
        QVERIFY2(e.message().contains(phrase), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QDir::toNativeSeparators(path)), qPrintable(e.message()));
        QVERIFY2(e.message().endsWith(u'.'), qPrintable(e.message()));
    }
    QCOMPARE(FileState::of(path), before);

    const Library::Inspection inspection = Library::inspect(path);
    QVERIFY(inspection.exists);
    QVERIFY(!inspection.problem.isEmpty());
    QCOMPARE(inspection.isLibrary, kind == u"newer"_s || kind == u"truncated"_s);
    if (kind == u"newer"_s)
        QCOMPARE(inspection.schemaVersion, migrations::latestVersion() + 1);
    QCOMPARE(FileState::of(path), before);
}

void TestLibrary::corruptPageIsDamaged()
{
    const QString path = makeLibraryWithData(u"corrupt.casebench"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8 * 4096);
        // Scribble over every page but the first: the header stays valid, the b-trees do not.
        for (qint64 at = 4096; at < size; at += 4096) {
            QVERIFY(file.seek(at));
            file.write(QByteArray(64, '\x5a'));
        }
    }
    const FileState before = FileState::of(path);
    try {
        Library::open(path);
        QFAIL("a corrupt library opened");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Damaged);
        QVERIFY2(e.message().contains(u"is damaged"_s), qPrintable(e.message()));
    }
    QCOMPARE(FileState::of(path), before);
}

void TestLibrary::inspectAcceptsALibraryWithoutWriting()
{
    const QString path = makeLibraryWithData(u"fine.casebench"_s);
    const FileState before = FileState::of(path);
    const Library::Inspection inspection = Library::inspect(path);
    QVERIFY(inspection.exists);
    QVERIFY(inspection.isLibrary);
    QCOMPARE(inspection.schemaVersion, migrations::latestVersion());
    QVERIFY2(inspection.problem.isEmpty(), qPrintable(inspection.problem));
    QCOMPARE(FileState::of(path), before); // no -wal or -shm left beside it either
}

void TestLibrary::checkCountsASoundLibrary()
{
    auto library = Library::create(m_folder->path(u"check.casebench"_s));
    const Case c = library->cases().add(sampleCase(u"NMC-1"_s));
    Sanction s;
    s.caseId = c.id;
    s.type = SanctionType::CautionOrder;
    s.durationMonths = 12;
    library->sanctions().add(s);
    Document d;
    d.caseId = c.id;
    d.text = u"The registrant showed developing insight."_s;
    d = library->documents().add(d);
    const Factor f = library->codebook().all().constFirst();
    library->passages().add(Passage::fromSpan(d.text, d.id, f.id, 4, 14));

    const Library::CheckReport report = library->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.schemaVersion, migrations::latestVersion());
    QCOMPARE(report.latestVersion, migrations::latestVersion());
    QCOMPARE(report.cases, 1);
    QCOMPARE(report.sanctions, 1);
    QCOMPARE(report.documents, 1);
    QCOMPARE(report.passages, 1);
    QCOMPARE(report.factors, int(codebookjson::defaultCodebook().size()));
}

void TestLibrary::checkReportsBrokenPassages()
{
    const QString path = m_folder->path(u"broken.casebench"_s);
    qint64 documentId = 0;
    qint64 factorId = 0;
    {
        auto library = Library::create(path);
        const Case c = library->cases().add(sampleCase(u"NMC-2"_s));
        Document d;
        d.caseId = c.id;
        d.title = u"Short decision"_s;
        d.text = u"Twenty-one characters"_s;
        documentId = library->documents().add(d).id.value;
        factorId = library->codebook().all().constFirst().id.value;
        QVERIFY(library->check().ok());
    }
    const QString insert
        = u"INSERT INTO passages (document_id, factor_id, start_offset, end_offset, quote, created, modified) "
          "VALUES (%1, %2, %3, %4, '%5', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')"_s;
    runSql(path,
           {insert.arg(documentId).arg(factorId).arg(0).arg(6).arg(u"Twenty"_s), // sound
            insert.arg(documentId).arg(factorId).arg(7).arg(10).arg(u"two"_s),   // wrong quote
            insert.arg(documentId).arg(factorId).arg(15).arg(90).arg(u"characters"_s)}); // past the
                                                                                         // end
    auto library = Library::open(path);
    const Library::CheckReport report = library->check();
    QVERIFY(!report.ok());
    QCOMPARE(report.passages, 3);
    QCOMPARE(report.problems.size(), 2);
    QVERIFY2(report.problems.at(0).contains(u"no longer matches"_s),
             qPrintable(report.problems.at(0)));
    QVERIFY2(report.problems.at(0).contains(u"Short decision"_s),
             qPrintable(report.problems.at(0)));
    QVERIFY2(report.problems.at(1).contains(u"outside the 21 characters"_s),
             qPrintable(report.problems.at(1)));
}

void TestLibrary::checkReportsIndexAndForeignKeyProblems()
{
    const QString path = m_folder->path(u"inconsistent.casebench"_s);
    Library::create(path).reset();
    // The test's own connection has foreign keys off, as a careless tool would.
    runSql(
        path,
        {u"INSERT INTO sanctions (case_id, sequence, outcome, type) VALUES (999, 0, 'imposed', 'warning')"_s,
         u"INSERT INTO documents_fts (rowid, title, text) VALUES (12345, 'ghost', 'indexed but not stored')"_s});
    auto library = Library::open(path);
    const Library::CheckReport report = library->check();
    const QString all = report.problems.join(u'\n');
    QCOMPARE(report.problems.size(), 2);
    QVERIFY2(all.contains(u"sanctions"_s) && all.contains(u"cases"_s), qPrintable(all));
    QVERIFY2(all.contains(u"full-text index"_s), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
