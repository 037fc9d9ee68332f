// SPDX-License-Identifier: GPL-3.0-or-later
// One library file used at once by this process (a window's session, its background workers)
// and by casebench-cli in other processes, as the user guide promises it can be: both see each
// other's writes, nobody deletes the write-ahead log under an open connection, and the library
// stays sound.
#include "clirun.h"

#include "commands/librarysession.h"
#include "model/case.h"
#include "services/bulkimporter.h"
#include "services/importservice.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

namespace {

/// Which file a path names now: the same inode means nobody deleted and recreated it.
struct FileIdentity
{
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    friend bool operator==(const FileIdentity &, const FileIdentity &) = default;
};

FileIdentity identity(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {true, info.st_dev, info.st_ino};
}

/// Whether this process holds a POSIX (SQLite's) lock on the file, as the kernel lists them.
bool holdsPosixLock(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    QFile locks(u"/proc/locks"_s);
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QByteArray pid = QByteArray::number(::getpid());
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(info.st_ino));
    // "1: POSIX  ADVISORY  READ 4242 fe:01:123456 1073741826 1073742335"
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid
            && fields.at(5).endsWith(inode)) {
            return true;
        }
    }
    return false;
}

Case sampleCase(const QString &reference, const QString &title)
{
    Case c;
    c.reference = reference;
    c.title = title;
    c.regulator = Regulator::Hcpc;
    c.profession = u"Social worker"_s;
    c.decisionDate = QDate(2024, 2, 1);
    return c;
}

void writeDecision(const QString &path, const QString &name)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        u"Decision of the panel\n\nRegistrant: %1\n\n1. The panel found the particulars proved.\n\n2. The panel imposed a caution order for two years.\n"_s
            .arg(name)
            .toUtf8());
}

} // namespace

class TestSharedLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    CliRun cli(const QStringList &arguments)
    {
        return runCli(cliProgram(), QStringList{u"--library"_s, m_path} + arguments);
    }

    /// The log and shared-memory file are the ones this process's connection has open.
    void verifyCompanionsKept(const FileIdentity &wal, const FileIdentity &shm, const char *after)
    {
        QVERIFY2(identity(m_path + u"-wal"_s) == wal,
                 qPrintable(u"the -wal file was deleted or replaced after %1"_s.arg(
                     QString::fromUtf8(after))));
        QVERIFY2(identity(m_path + u"-shm"_s) == shm,
                 qPrintable(u"the -shm file was deleted or replaced after %1"_s.arg(
                     QString::fromUtf8(after))));
    }

    /// The window's first write, which makes the log and shared-memory file; their identities.
    std::pair<FileIdentity, FileIdentity> writeFromTheWindow(LibrarySession &session)
    {
        session.library().cases().add(sampleCase(u"APP-1"_s, u"Written by the window"_s));
        return {identity(m_path + u"-wal"_s), identity(m_path + u"-shm"_s)};
    }

    QString decisionFile(const QString &name)
    {
        const QString path = m_dir.filePath(name + u".txt"_s);
        writeDecision(path, u"Lee Placeholder"_s);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the app does when run from the build folder (appinfo::addFileTypesFromBuildTree):
        // Casebench's file types, from packaging/, known to Qt by name.
        const QDir share(qEnvironmentVariable("CASEBENCH_BIN_DIR") + u"/../share"_s);
        QVERIFY(share.exists(u"mime/packages/org.casebench.Casebench.xml"_s));
        qputenv("XDG_DATA_DIRS",
                QFile::encodeName(share.canonicalPath()) + ":/usr/local/share:/usr/share");
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            u"shared-%1.casebench"_s.arg(QString::fromUtf8(QTest::currentTestFunction())));
        Library::create(m_path);
    }

    void cliBesideAnOpenSession()
    {
        LibrarySession session(Library::open(m_path));
        const Case first = session.library().cases().add(
            sampleCase(u"APP-1"_s, u"Written by the window"_s));
        QVERIFY(first.id.isValid());
        const FileIdentity wal = identity(m_path + u"-wal"_s);
        const FileIdentity shm = identity(m_path + u"-shm"_s);
        QVERIFY(wal.exists);
        QVERIFY(shm.exists);

        // What a second window and a background worker do in this process: open the same file
        // by its path, read, close; and look at it the way the Open dialog does.
        for (int i = 0; i < 3; ++i) {
            auto other = Library::open(m_path);
            QCOMPARE(other->cases().count(), 1);
        }
        QVERIFY(Library::inspect(m_path).problem.isEmpty());
        QVERIFY(session.library().check().ok());
        QVERIFY2(holdsPosixLock(m_path),
                 "reopening or inspecting the file dropped this process's locks");

        for (const QStringList &command :
             {QStringList{u"cases"_s}, QStringList{u"--json"_s, u"show"_s, u"APP-1"_s},
              QStringList{u"check"_s}, QStringList{u"backups"_s}}) {
            const CliRun run = cli(command);
            QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
            verifyCompanionsKept(wal, shm, qPrintable(command.join(u' ')));
            QVERIFY(holdsPosixLock(m_path));
        }
        QVERIFY(cli({u"cases"_s}).out.contains("APP-1"));

        // The command line writes; the window sees it.
        const QString decision = m_dir.filePath(u"decision.txt"_s);
        writeDecision(decision, u"Jo Example"_s);
        const CliRun imported = cli({u"import"_s, decision});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
        verifyCompanionsKept(wal, shm, "import");
        QCOMPARE(session.library().cases().count(), 2);

        // The window writes again; the command line sees it, and deleting works.
        session.library().cases().add(sampleCase(u"APP-2"_s, u"Written after the import"_s));
        const CliRun shown = cli({u"show"_s, u"APP-2"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.errText()));
        QVERIFY(shown.out.contains("Written after the import"));
        session.library().cases().remove(first.id);
        QVERIFY(!cli({u"cases"_s}).out.contains("APP-1"));
        verifyCompanionsKept(wal, shm, "the window's last writes");

        const CliRun checked = cli({u"check"_s});
        QVERIFY2(checked.exitCode == 0, qPrintable(QString::fromUtf8(checked.out + checked.err)));
        QVERIFY(session.library().check().ok());
    }

    void cliWhileWorkersRun()
    {
        LibrarySession session(Library::open(m_path));
        const auto [wal, shm] = writeFromTheWindow(session);

        // A worker reopening the library by path again and again, as the precedents and search
        // docks do, while the bulk importer's own threads write beside it.
        std::atomic<bool> stop{false};
        std::atomic<int> rounds{0};
        std::thread reopening([&] {
            while (!stop) {
                auto worker = Library::open(m_path);
                (void) worker->cases().summaries();
                (void) Library::inspect(m_path);
                ++rounds;
            }
        });
        QStringList files;
        for (int i = 0; i < 6; ++i) {
            files.append(m_dir.filePath(u"bulk-%1.txt"_s.arg(i)));
            // Different registrants: otherwise the same short decision, and a duplicate.
            static const QStringList surnames{u"Ashby"_s,   u"Brook"_s,  u"Carver"_s,
                                              u"Dunmore"_s, u"Ellery"_s, u"Fenwick"_s};
            writeDecision(files.constLast(), u"Bulk %1"_s.arg(surnames.at(i)));
        }
        BulkImporter importer;
        importer.start(m_path, files, ImportTarget::newCase());

        for (int i = 0; i < 4; ++i) {
            const CliRun run = cli({u"cases"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
            session.library().cases().add(sampleCase(u"LOOP-%1"_s.arg(i), u"Loop %1"_s.arg(i)));
        }
        const QString decision = m_dir.filePath(u"cli-decision.txt"_s);
        writeDecision(decision, u"Sam Sample"_s);
        const CliRun imported = cli({u"import"_s, decision});
        const QList<ImportOutcome> outcomes = importer.waitForFinished();
        stop = true;
        reopening.join();
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.errText()));
        QCOMPARE(outcomes.size(), files.size());
        QVERIFY(rounds > 0);
        verifyCompanionsKept(wal, shm, "the workers and the command line");
        QVERIFY2(holdsPosixLock(m_path), "the workers dropped this process's locks");

        // 1 + 4 by the window, 6 by the importer, 1 by the command line: all seen by both.
        QCOMPARE(session.library().cases().count(), 12);
        const CliRun listed = runCli(cliProgram(),
                                     {u"--library"_s, m_path, u"--json"_s, u"cases"_s});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 12);
        QVERIFY(session.library().check().ok());
        QCOMPARE(cli({u"check"_s}).exitCode, 0);
    }

    /// A file dialog showing the library's folder asks Qt for each file's type, which reads a
    /// file of unknown type to recognise it, and would drop this process's locks. Casebench's
    /// file types are known by name, so nothing is read; and should anything still drop the
    /// locks, the companion files survive (aRawDescriptorDropsTheLocksButNotTheLog).
    void fileTypeLookupBesideAnOpenSession()
    {
        LibrarySession session(Library::open(m_path));
        const auto [wal, shm] = writeFromTheWindow(session);
        const QMimeDatabase types;
        QCOMPARE(types.mimeTypeForFile(m_path).name(), u"application/x-casebench-library"_s);
        QCOMPARE(types.mimeTypeForFile(m_path + u"-wal"_s).name(),
                 u"application/x-casebench-companion"_s);
        QCOMPARE(types.mimeTypeForFile(m_path + u"-shm"_s).name(),
                 u"application/x-casebench-companion"_s);
        QVERIFY2(holdsPosixLock(m_path), "looking up the library's type read the file");
        QVERIFY2(holdsPosixLock(m_path + u"-shm"_s),
                 "looking up the shared-memory file's type read it");
        QCOMPARE(cli({u"cases"_s}).exitCode, 0);
        verifyCompanionsKept(wal, shm, "a file type lookup");
        session.library().cases().add(sampleCase(u"APP-2"_s, u"After the lookup"_s));
        QVERIFY(cli({u"cases"_s}).out.contains("APP-2"));
        QCOMPARE(cli({u"import"_s, decisionFile(u"lookup"_s)}).exitCode, 0);
        QCOMPARE(session.library().cases().count(), 3);
        QCOMPARE(cli({u"check"_s}).exitCode, 0);
    }

    /// The hazard itself, shown on purpose so that this test is known to see it: closing any
    /// other descriptor of the file drops this process's locks. The command line then finds no
    /// SQLite lock but Casebench's own mark, and leaves the log the window still uses.
    void aRawDescriptorDropsTheLocksButNotTheLog()
    {
        LibrarySession session(Library::open(m_path));
        const auto [wal, shm] = writeFromTheWindow(session);
        QVERIFY(holdsPosixLock(m_path));
        {
            QFile raw(m_path);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QCOMPARE(raw.read(16), QByteArray("SQLite format 3\0", 16));
        }
        QVERIFY2(!holdsPosixLock(m_path),
                 "closing a raw descriptor no longer drops the locks: this test would prove "
                 "nothing about the hazard it guards against");
        QCOMPARE(cli({u"cases"_s}).exitCode, 0);
        verifyCompanionsKept(wal, shm, "a raw descriptor's close and a command");
        session.library().cases().add(sampleCase(u"APP-2"_s, u"After the raw close"_s));
        const CliRun shown = cli({u"show"_s, u"APP-2"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.errText()));
        QCOMPARE(cli({u"check"_s}).exitCode, 0);
        QVERIFY(session.library().check().ok());
    }

    /// Alone, a library is one file again once it is closed.
    void aLoneLibraryClosesIntoOneFile()
    {
        {
            LibrarySession session(Library::open(m_path));
            session.library().cases().add(sampleCase(u"APP-1"_s, u"Written by the window"_s));
            QVERIFY(QFileInfo::exists(m_path + u"-wal"_s));
        }
        QVERIFY(!QFileInfo::exists(m_path + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(m_path + u"-shm"_s));
        QCOMPARE(cli({u"cases"_s}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(m_path + u"-wal"_s));
    }
};

QTEST_GUILESS_MAIN(TestSharedLibrary)
#include "tst_sharedlibrary.moc"
