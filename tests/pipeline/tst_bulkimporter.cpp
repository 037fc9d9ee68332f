// SPDX-License-Identifier: GPL-3.0-or-later
// Many files in background threads: progress, results in order, cancel, signals on our thread.
#include "pipelinefixtures.h"
#include "testlibrary.h"

#include "services/bulkimporter.h"
#include "storage/caserepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace casebench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(casebench::ImportOutcome)

class TestBulkImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectsFilesFromFolders();
    void importsFolderWithProgress();
    void cancelStopsAfterCurrentFile();
    void unopenableLibraryReportsError();
    void destroyingWhileRunningIsSafe();
};

void TestBulkImporter::collectsFilesFromFolders()
{
    test::TempFolder folder;
    test::writeText(folder.path(u"in/b.txt"_s), u"b"_s);
    test::writeText(folder.path(u"in/a.PDF"_s), u"a"_s);
    test::writeText(folder.path(u"in/sub/c.md"_s), u"c"_s);
    test::writeText(folder.path(u"in/sub/skip.jpg"_s), u"x"_s);
    test::writeText(folder.path(u"single.xyz"_s), u"x"_s);
    const QStringList files = BulkImporter::collectFiles(
        {folder.path(u"in"_s), folder.path(u"single.xyz"_s)});
    QCOMPARE(files, (QStringList{folder.path(u"in/a.PDF"_s), folder.path(u"in/b.txt"_s),
                                 folder.path(u"in/sub/c.md"_s), folder.path(u"single.xyz"_s)}));
}

void TestBulkImporter::importsFolderWithProgress()
{
    test::TempFolder folder;
    const QString libraryPath = folder.path(u"lib.casebench"_s);
    Library::create(libraryPath);
    constexpr int count = 12;
    for (int i = 0; i < count; ++i)
        test::writeText(folder.path(u"in/d%1.txt"_s.arg(i, 2, 10, QChar(u'0'))),
                        test::decisionText(i));
    test::writeText(folder.path(u"in/zz-copy.txt"_s), test::decisionText(0));
    test::writeFile(folder.path(u"in/zz-broken.pdf"_s), QByteArray("not a pdf"));
    const QStringList files = BulkImporter::collectFiles({folder.path(u"in"_s)});
    QCOMPARE(files.size(), count + 2);

    BulkImporter importer;
    QSignalSpy progress(&importer, &BulkImporter::progress);
    QSignalSpy finished(&importer, &BulkImporter::finished);
    QList<QThread *> signalThreads;
    connect(&importer, &BulkImporter::fileFinished, this,
            [&signalThreads] { signalThreads.append(QThread::currentThread()); });
    importer.start(libraryPath, files, ImportTarget::newCase());
    QVERIFY(importer.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(!importer.isRunning());
    QVERIFY(importer.error().isEmpty());

    const QList<ImportOutcome> results = importer.results();
    QCOMPARE(results.size(), files.size());
    for (int i = 0; i < files.size(); ++i)
        QCOMPARE(results.at(i).path, files.at(i));
    for (int i = 0; i < count; ++i)
        QVERIFY2(results.at(i).status == ImportStatus::Imported, qPrintable(results.at(i).message));
    QCOMPARE(results.at(count).status, ImportStatus::Failed); // zz-broken.pdf sorts first
    QCOMPARE(results.at(count + 1).status, ImportStatus::Duplicate);

    QCOMPARE(signalThreads.size(), files.size());
    for (QThread *thread : std::as_const(signalThreads))
        QCOMPARE(thread, QThread::currentThread());
    QVERIFY(progress.size() >= files.size());
    QCOMPARE(progress.constLast().at(0).toInt(), static_cast<int>(files.size()));
    QCOMPARE(progress.constLast().at(1).toInt(), static_cast<int>(files.size()));

    auto library = Library::open(libraryPath);
    QCOMPARE(library->cases().count(), count);
    QVERIFY(library->check().ok());
    QVERIFY(library->outlines().checkImported().isEmpty());
}

void TestBulkImporter::cancelStopsAfterCurrentFile()
{
    test::TempFolder folder;
    const QString libraryPath = folder.path(u"lib.casebench"_s);
    Library::create(libraryPath);
    constexpr int count = 80;
    QStringList files;
    for (int i = 0; i < count; ++i)
        files.append(
            test::writeText(folder.path(u"in/d%1.txt"_s.arg(i)), test::decisionText(i, 200)));

    BulkImporter importer;
    importer.setWorkerCount(2);
    QSignalSpy finished(&importer, &BulkImporter::finished);
    int seen = 0;
    connect(&importer, &BulkImporter::fileFinished, this, [&importer, &seen] {
        if (++seen == 3)
            importer.cancel();
    });
    importer.start(libraryPath, files, ImportTarget::newCase());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(importer.wasCancelled());
    const auto stored = static_cast<int>(importer.results().size());
    QVERIFY2(stored >= 3 && stored < count, qPrintable(QString::number(stored)));

    auto library = Library::open(libraryPath);
    QCOMPARE(library->cases().count(), stored);
    QCOMPARE(databaseOf(*library).scalar(u"SELECT count(*) FROM documents"_s).toInt(), stored);
    QCOMPARE(databaseOf(*library).scalar(u"SELECT count(*) FROM document_sources"_s).toInt(),
             stored);
    QVERIFY(library->check().ok());
    QVERIFY(library->outlines().checkImported().isEmpty());
}

void TestBulkImporter::unopenableLibraryReportsError()
{
    test::TempFolder folder;
    BulkImporter importer;
    QSignalSpy finished(&importer, &BulkImporter::finished);
    importer.start(folder.path(u"missing.casebench"_s), {folder.path(u"x.txt"_s)},
                   ImportTarget::newCase());
    QVERIFY(finished.wait(10000));
    QVERIFY(importer.error().contains(u"missing.casebench"_s));
    QVERIFY(importer.results().isEmpty());
}

void TestBulkImporter::destroyingWhileRunningIsSafe()
{
    test::TempFolder folder;
    const QString libraryPath = folder.path(u"lib.casebench"_s);
    Library::create(libraryPath);
    QStringList files;
    for (int i = 0; i < 30; ++i)
        files.append(
            test::writeText(folder.path(u"in/d%1.txt"_s.arg(i)), test::decisionText(i, 100)));
    {
        BulkImporter importer;
        importer.start(libraryPath, files, ImportTarget::newCase());
    } // cancels and waits
    QCoreApplication::processEvents();
    auto library = Library::open(libraryPath);
    QVERIFY(library->check().ok());
    QVERIFY(library->outlines().checkImported().isEmpty());
}

QTEST_GUILESS_MAIN(TestBulkImporter)
#include "tst_bulkimporter.moc"
