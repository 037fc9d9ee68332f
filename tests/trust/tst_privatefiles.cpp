// SPDX-License-Identifier: GPL-3.0-or-later
// A library, its write-ahead log and shared-memory file, and its migration backups are private
// to their owner whatever the umask; deleted cases are not left readable in the file; backups
// are named by check and can be listed and removed.
#include "clirun.h"

#include "model/case.h"
#include "storage/caserepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/library.h"
#include "storage/migrationbackups.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

namespace {

/// The permission bits (0777) of a file.
int mode(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

Case sampleCase(const QString &reference, const QString &title)
{
    Case c;
    c.reference = reference;
    c.title = title;
    c.regulator = Regulator::Nmc;
    c.profession = u"Nurse"_s;
    return c;
}

/// Sets the process umask for one scope.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_old;
};

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void libraryAndCompanionsOwnerOnly_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
        QTest::newRow("umask 077") << 077;
    }

    void libraryAndCompanionsOwnerOnly()
    {
        QFETCH(int, mask);
        const Umask umask(static_cast<mode_t>(mask));
        const QString path = m_dir.filePath(u"private-%1.casebench"_s.arg(mask));
        {
            auto library = Library::create(path);
            library->cases().add(sampleCase(u"P-1"_s, u"Medication errors"_s));
            QCOMPARE(mode(path), 0600);
            QCOMPARE(mode(path + u"-wal"_s), 0600);
            QCOMPARE(mode(path + u"-shm"_s), 0600);
        }
        // The command line's init makes the same.
        const QString fromCli = m_dir.filePath(u"cli-%1.casebench"_s.arg(mask));
        const CliRun run = runCli(cliProgram(), {u"--library"_s, fromCli, u"init"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(mode(fromCli), 0600);
    }

    void deletedCasesLeaveNoTrace()
    {
        const QString path = m_dir.filePath(u"secure-delete.casebench"_s);
        const QByteArray secret = "Quillfeather-Marchbanks misconduct";
        {
            auto library = Library::create(path);
            QCOMPARE(databaseOf(*library).scalar(u"PRAGMA secure_delete"_s).toInt(), 1);
            const Case c = library->cases().add(sampleCase(u"GONE-1"_s, QString::fromUtf8(secret)));
            databaseOf(*library).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            library->cases().remove(c.id);
            databaseOf(*library).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        // Every connection is closed: reading the file raw is safe now.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 0);
        QVERIFY2(!bytes.contains(secret), "the deleted case's title is still in the file");
        QVERIFY(!bytes.contains("GONE-1"));
    }

    void migrationBackupsArePrivateListedAndRemovable()
    {
        const Umask umask(022);
        const QString path = m_dir.filePath(u"old.casebench"_s);
        Library::createAtVersion(path, migrations::latestVersion() - 1);
        QVERIFY(migrationbackups::list(path).isEmpty());
        QString backupPath;
        {
            auto library = Library::open(path);
            backupPath = library->migrationBackupPath();
            QVERIFY(!backupPath.isEmpty());
            QCOMPARE(mode(backupPath), 0600);
            const Library::CheckReport report = library->check();
            QVERIFY(report.ok());
            QCOMPARE(report.backups, QStringList{QFileInfo(backupPath).absoluteFilePath()});
            QVERIFY(report.notes.join(u' ').contains(u"backups"_s));
        }
        const QList<migrationbackups::Backup> backups = migrationbackups::list(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.constFirst().fromVersion, migrations::latestVersion() - 1);
        QVERIFY(backups.constFirst().taken.isValid());

        // check names it; backups lists it; only a backup of this library can be removed.
        CliRun run = runCli(cliProgram(), {u"--library"_s, path, u"--json"_s, u"check"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"backups"_s).toArray().size(), 1);
        run = runCli(cliProgram(), {u"--library"_s, path, u"backups"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QFileInfo(backupPath).fileName().toUtf8()));
        const QString bystander = m_dir.filePath(u"notes.txt"_s);
        QFile(bystander).open(QIODevice::WriteOnly);
        run = runCli(cliProgram(), {u"--library"_s, path, u"backups"_s, u"--remove"_s, bystander});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errIsOneSentence(), run.err.constData());
        QVERIFY(QFileInfo::exists(bystander));
        run = runCli(cliProgram(), {u"--library"_s, path, u"backups"_s, u"--remove-all"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(!QFileInfo::exists(backupPath));
        QVERIFY(migrationbackups::list(path).isEmpty());
        QVERIFY(Library::open(path)->check().backups.isEmpty());
    }

    void exportsOwnerOnly_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("name");
        QTest::newRow("json") << QStringList{u"--format"_s, u"json"_s} << u"case.json"_s;
        QTest::newRow("csv") << QStringList{u"--format"_s, u"csv"_s} << u"passages.csv"_s;
        QTest::newRow("html") << QStringList{u"--format"_s, u"html"_s} << u"bundle.html"_s;
        QTest::newRow("qdpx") << QStringList{u"--format"_s, u"qdpx"_s} << u"project.qdpx"_s;
        QTest::newRow("json anonymised")
            << QStringList{u"--format"_s, u"json"_s, u"--anonymise"_s} << u"anon.json"_s;
    }

    void exportsOwnerOnly()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, name);
        const Umask umask(022);
        const QString library = m_dir.filePath(u"exports.casebench"_s);
        if (!QFileInfo::exists(library))
            QCOMPARE(runCli(cliProgram(), {u"--library"_s, library, u"demo"_s}).exitCode, 0);
        const QString output = m_dir.filePath(name);
        const CliRun run = runCli(cliProgram(), QStringList{u"--library"_s, library, u"export"_s,
                                                            u"DEMO-GMC-001"_s, u"-o"_s, output}
                                                    + options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(mode(output), 0600);
        // Nothing but the export itself is left beside it.
        const QStringList left
            = QDir(m_dir.path()).entryList({u"."_s + name + u"*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        // A file the user chose to overwrite keeps its permissions.
        QVERIFY(QFile::setPermissions(output, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ReadGroup));
        const CliRun again = runCli(cliProgram(),
                                    QStringList{u"--library"_s, library, u"export"_s,
                                                u"DEMO-GMC-001"_s, u"-o"_s, output, u"--force"_s}
                                        + options);
        QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
        if (!options.contains(u"--anonymise"_s))
            QCOMPARE(mode(output), 0640);
    }

    void checkNotesFilesOthersCanRead()
    {
        const QString path = m_dir.filePath(u"shared-by-mistake.casebench"_s);
        Library::create(path);
        QVERIFY(Library::open(path)->check().notes.isEmpty());
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const Library::CheckReport report = Library::open(path)->check();
        QVERIFY(report.ok());
        QVERIFY2(report.notes.join(u' ').contains(u"chmod 600"_s),
                 qPrintable(report.notes.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
