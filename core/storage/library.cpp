// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include "analysisrepository.h"
#include "anonymisationrepository.h"
#include "caserepository.h"
#include "codebookrepository.h"
#include "database.h"
#include "documentrepository.h"
#include "fingerprintrepository.h"
#include "importsuggestionrepository.h"
#include "migrationbackups.h"
#include "migrations.h"
#include "model/codebookjson.h"
#include "model/libraryerror.h"
#include "outlinerepository.h"
#include "passagerepository.h"
#include "postgresurl.h"
#include "privatefile.h"
#include "sanctionrepository.h"
#include "searchrepository.h"
#include "sqlitefile.h"
#include "sqlvalues.h"
#include "suggestionrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::Library)
};

QString shown(const QString &path)
{
    return sqlvalues::displayPath(path);
}

constexpr int sqliteHeaderSize = 100;

/// What a read-only look at a file found.
struct Examination
{
    Kind kind = Kind::Io;
    QString problem; ///< empty when open() may go ahead
    bool exists = false;
    bool isLibrary = false;
    int version = 0;
};

Examination refuse(Examination e, Kind kind, const QString &problem)
{
    e.kind = kind;
    e.problem = problem;
    return e;
}

QString damaged(const QString &path, const QString &detail)
{
    return Tr::tr("The library %1 is damaged: %2.").arg(shown(path), detail);
}

/// Reads the 100-byte SQLite header without opening a connection, so that a file which is refused
/// here has no lock, journal or shared-memory file made for it. The bytes come through SQLite's
/// file layer, never a QFile: this process may have the library open already (a worker reopening
/// it, a second window), and closing any other descriptor of the file would drop its locks.
Examination examineHeader(const QString &path)
{
    Examination e;
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(e, Kind::FileNotFound,
                      Tr::tr("The library %1 does not exist.").arg(shown(path)));
    e.exists = true;
    if (info.isDir())
        return refuse(e, Kind::NotALibrary,
                      Tr::tr("%1 is a folder, not a Casebench library.").arg(shown(path)));
    if (!info.isFile()) {
        return refuse(
            e, Kind::NotALibrary,
            Tr::tr("%1 is not a regular file, so it is not a Casebench library.").arg(shown(path)));
    }
    const sqlitefile::HeadRead head = sqlitefile::readHead(path, sqliteHeaderSize);
    if (!head.ok) {
        return refuse(e, Kind::Io,
                      Tr::tr("The file %1 cannot be read: %2.").arg(shown(path), head.errorString));
    }
    const qint64 size = head.size;
    const QByteArray &header = head.bytes;
    if (size == 0) {
        return refuse(
            e, Kind::NotALibrary,
            Tr::tr("The file %1 is empty, so it is not a Casebench library.").arg(shown(path)));
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        return refuse(
            e, Kind::NotALibrary,
            Tr::tr("The file %1 is not a Casebench library: it is not an SQLite database.")
                .arg(shown(path)));
    }
    if (header.size() < sqliteHeaderSize)
        return refuse(e, Kind::Damaged, damaged(path, Tr::tr("its header is cut short")));

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    if (qFromBigEndian<quint32>(bytes + 68) != migrations::applicationId) {
        return refuse(e, Kind::NotALibrary,
                      Tr::tr("The file %1 is an SQLite database but not a Casebench library.")
                          .arg(shown(path)));
    }
    e.isLibrary = true;
    e.version = static_cast<int>(qFromBigEndian<qint32>(bytes + 60));
    if (e.version > migrations::latestVersion())
        return refuse(e, Kind::TooNew, migrations::tooNew(shown(path), e.version));

    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return refuse(e, Kind::Damaged, damaged(path, Tr::tr("its header is unreadable")));
    // The page count in the header is trustworthy only when its "valid-for" stamp matches the
    // change counter (older writers did not maintain it).
    const qint64 pages = qFromBigEndian<quint32>(bytes + 28);
    const bool pagesValid = qFromBigEndian<quint32>(bytes + 24)
                            == qFromBigEndian<quint32>(bytes + 92);
    if (pagesValid && pages > 0 && size < pages * pageSize) {
        return refuse(
            e, Kind::Damaged,
            damaged(
                path,
                Tr::tr(
                    "the file holds %1 bytes but its header says %2; it may have been cut off while being copied")
                    .arg(size)
                    .arg(pages * pageSize)));
    }
    return e;
}

bool hasSideFiles(const QString &path)
{
    for (const auto suffix : {u"-wal", u"-shm", u"-journal"}) {
        if (QFileInfo::exists(path + QStringView(suffix)))
            return true;
    }
    return false;
}

/// Libraries up to this size get SQLite's quick_check each time they are opened.
constexpr qint64 quickCheckOnOpenMaxBytes = qint64(256) * 1024 * 1024;

/// Asks SQLite, read-only, what the header check cannot see: the current application id and
/// version (a write-ahead log may hold newer ones) and whether the pages are sound.
Examination examineWithSqlite(const QString &path, Examination e)
{
    try {
        // With no side files there is no write-ahead log or journal to read, so the immutable
        // mode sees exactly what a normal reader would, and creates no -wal/-shm beside the file.
        const auto db = hasSideFiles(path) ? Database::openSqlite(path, true)
                                           : Database::openSqliteImmutable(path);
        if (db->scalar(db->dialect().applicationMarkQuery()).toString()
            != db->dialect().applicationMark()) {
            e.isLibrary = false;
            return refuse(e, Kind::NotALibrary,
                          Tr::tr("The file %1 is an SQLite database but not a Casebench library.")
                              .arg(shown(path)));
        }
        e.version = migrations::currentVersion(*db);
        if (e.version > migrations::latestVersion())
            return refuse(e, Kind::TooNew, migrations::tooNew(shown(path), e.version));
        if (e.version < 1)
            return refuse(e, Kind::Damaged, migrations::noVersion(shown(path)));
        // quick_check reads every page: instant on a desktop library, but 50 s on a 6 GB one.
        // Above the threshold only the schema is read on open (which still catches a damaged
        // first page or schema); `check` runs the full integrity check on demand.
        const bool small = QFileInfo(path).size() <= quickCheckOnOpenMaxBytes;
        QSqlQuery check = db->exec(
            small ? u"PRAGMA quick_check(5)"_s
                  : u"SELECT 'ok' FROM (SELECT count(*) FROM sqlite_schema)"_s);
        QStringList problems;
        while (check.next())
            problems.append(check.value(0).toString());
        if (problems != QStringList{u"ok"_s})
            return refuse(e, Kind::Damaged, damaged(path, problems.join(u"; "_s)));
    } catch (const LibraryError &error) {
        if (error.kind() == Kind::Io)
            return refuse(e, Kind::Io, error.message());
        return refuse(e, Kind::Damaged, error.message());
    }
    return e;
}

Examination examine(const QString &path)
{
    Examination e = examineHeader(path);
    if (!e.problem.isEmpty())
        return e;
    return examineWithSqlite(path, e);
}

/// Settings that do not persist in the file, and WAL, which does. Not allowed inside a
/// transaction, so run after migrating.
void configure(Database &db)
{
    db.exec(u"PRAGMA journal_mode = WAL"_s);
    db.exec(u"PRAGMA foreign_keys = ON"_s);
    db.exec(u"PRAGMA synchronous = NORMAL"_s);
    db.exec(u"PRAGMA busy_timeout = 5000"_s);
    // Deleted cases and passages are overwritten with zeros, not left readable in free pages.
    db.exec(u"PRAGMA secure_delete = ON"_s);
}

QString backupPathFor(const QString &path, int version)
{
    const QString base = u"%1.backup-v%2-%3"_s.arg(path).arg(version).arg(
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = u"%1-%2"_s.arg(base).arg(n);
    return candidate;
}

void takeBackup(Database &db, const QString &backupPath)
{
    try {
        // The copy holds everything the library does: private to its owner from the start
        // (VACUUM INTO accepts an empty file).
        QString problem;
        if (!privatefile::createEmpty(backupPath, &problem))
            throw LibraryError(Kind::Io, problem);
        // VACUUM INTO writes a consistent, compacted copy through SQLite itself (it sees the WAL).
        db.exec(u"VACUUM INTO ?"_s, {backupPath});
    } catch (const LibraryError &e) {
        QFile::remove(backupPath);
        throw LibraryError(
            Kind::Io,
            Tr::tr(
                "The library %1 was not upgraded because a copy of it could not be written to %2 first: %3")
                .arg(shown(db.path()), shown(backupPath), e.message()));
    }
}

/// The default codebook's factors written in SQL, for a library at an old schema: the factors
/// table has had these columns since schema 1 (phrases came with schema 4).
void writeOldCodebook(Database &db)
{
    Transaction transaction(db);
    const QList<CodebookEntry> entries = codebookjson::defaultCodebook();
    for (const CodebookEntry &entry : entries) {
        const Factor &f = entry.factor;
        db.exec(uR"(INSERT INTO factors (key, name, category, polarity, description, colour,
            shortcut, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s,
                {f.key, f.name, sqlvalues::fromEnum(f.category), sqlvalues::fromEnum(f.polarity),
                 sqlvalues::fromText(f.description), sqlvalues::fromColour(f.colour),
                 sqlvalues::fromText(f.shortcut), f.sortOrder});
    }
    for (const CodebookEntry &entry : entries) {
        if (!entry.parentKey.isEmpty()) {
            db.exec(
                u"UPDATE factors SET parent_id = (SELECT id FROM factors WHERE key = ?) WHERE key = ?"_s,
                {entry.parentKey, entry.factor.key});
        }
    }
    transaction.commit();
}

} // namespace

std::unique_ptr<Database> Library::newSqliteFile(const QString &path)
{
    if (QFileInfo::exists(path)) {
        throw LibraryError(
            Kind::AlreadyExists,
            Tr::tr(
                "The file %1 already exists; Casebench will not overwrite it with a new library.")
                .arg(shown(path)));
    }
    QString problem;
    if (!privatefile::createEmpty(path, &problem)) {
        throw LibraryError(
            Kind::Io, Tr::tr("The library %1 could not be created: %2.").arg(shown(path), problem));
    }
    try {
        return Database::openSqlite(path, false);
    } catch (...) {
        removeNewFile(path);
        throw;
    }
}

void Library::removeNewFile(const QString &path)
{
    for (const auto suffix : {u"", u"-wal", u"-shm", u"-journal"})
        QFile::remove(path + QStringView(suffix));
}

Library::Library(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_cases(std::make_unique<CaseRepository>(*m_db)),
      m_sanctions(std::make_unique<SanctionRepository>(*m_db)),
      m_documents(std::make_unique<DocumentRepository>(*m_db)),
      m_codebook(std::make_unique<CodebookRepository>(*m_db)),
      m_passages(std::make_unique<PassageRepository>(*m_db)),
      m_outlines(std::make_unique<OutlineRepository>(*m_db)),
      m_importSuggestions(std::make_unique<ImportSuggestionRepository>(*m_db)),
      m_anonymisation(std::make_unique<AnonymisationRepository>(*m_db)),
      m_fingerprints(std::make_unique<FingerprintRepository>(*m_db)),
      m_suggestionDismissals(std::make_unique<SuggestionRepository>(*m_db)),
      m_analysis(std::make_unique<AnalysisRepository>(*m_db)),
      m_search(std::make_unique<SearchRepository>(*m_db))
{}

Library::~Library() = default;

std::unique_ptr<Library> Library::create(const QString &path, const QString &password)
{
    if (isUrl(path))
        return createPostgres(path, password);
    auto db = newSqliteFile(path);
    std::unique_ptr<Library> library;
    try {
        migrations::migrate(*db, migrations::latestVersion());
        configure(*db);
        library.reset(new Library(std::move(db)));
        library->codebook().addDefaults();
    } catch (...) {
        // The file is ours, just made: leave nothing half-built behind.
        library.reset();
        db.reset();
        removeNewFile(path);
        throw;
    }
    return library;
}

bool Library::isUrl(const QString &location)
{
    return PostgresUrl::isUrl(location);
}

std::unique_ptr<Database> Library::createAtVersion(const QString &path, int version,
                                                   const QString &password)
{
    if (version < 1 || version > migrations::latestVersion()) {
        throw LibraryError(
            Kind::InvalidData,
            Tr::tr("A library cannot be created at schema %1; this version writes schema 1 to %2.")
                .arg(version)
                .arg(migrations::latestVersion()));
    }
    if (isUrl(path)) {
        auto db = newPostgresDatabase(path, password);
        // One transaction: a failure leaves the database as empty as it was.
        Transaction transaction(*db);
        migrations::migrate(*db, version);
        writeOldCodebook(*db);
        transaction.commit();
        return db;
    }
    auto db = newSqliteFile(path);
    try {
        migrations::migrate(*db, version);
        configure(*db);
        writeOldCodebook(*db);
    } catch (...) {
        db.reset();
        removeNewFile(path);
        throw;
    }
    return db;
}

std::unique_ptr<Library> Library::open(const QString &path, const QString &password)
{
    if (isUrl(path))
        return openPostgres(path, password);
    const Examination e = examine(path);
    if (!e.problem.isEmpty())
        throw LibraryError(e.kind, e.problem);

    auto db = Database::openSqlite(path, false);
    QString backupPath;
    const int version = migrations::currentVersion(*db);
    if (version < migrations::latestVersion()) {
        backupPath = backupPathFor(path, version);
        takeBackup(*db, backupPath);
        migrations::migrate(*db, migrations::latestVersion());
    }
    configure(*db);
    std::unique_ptr<Library> library(new Library(std::move(db)));
    library->m_backupPath = backupPath;
    return library;
}

Library::Inspection Library::inspect(const QString &path)
{
    if (isUrl(path))
        return inspectPostgres(path);
    const Examination e = examine(path);
    Inspection inspection;
    inspection.exists = e.exists;
    inspection.isLibrary = e.isLibrary;
    inspection.schemaVersion = e.version;
    inspection.problem = e.problem;
    return inspection;
}

QString Library::path() const
{
    return m_db->path();
}

int Library::schemaVersion() const
{
    return migrations::currentVersion(*m_db);
}

CaseRepository &Library::cases()
{
    return *m_cases;
}

SanctionRepository &Library::sanctions()
{
    return *m_sanctions;
}

DocumentRepository &Library::documents()
{
    return *m_documents;
}

CodebookRepository &Library::codebook()
{
    return *m_codebook;
}

PassageRepository &Library::passages()
{
    return *m_passages;
}

OutlineRepository &Library::outlines()
{
    return *m_outlines;
}

ImportSuggestionRepository &Library::importSuggestions()
{
    return *m_importSuggestions;
}

AnonymisationRepository &Library::anonymisation()
{
    return *m_anonymisation;
}

FingerprintRepository &Library::fingerprints()
{
    return *m_fingerprints;
}

SuggestionRepository &Library::suggestionDismissals()
{
    return *m_suggestionDismissals;
}

AnalysisRepository &Library::analysis()
{
    return *m_analysis;
}

SearchRepository &Library::search()
{
    return *m_search;
}

Database &Library::database()
{
    return *m_db;
}

Database &databaseOf(Library &library)
{
    return library.database();
}

void Library::attempt(CheckReport &report, const std::function<void()> &part)
{
    try {
        part();
    } catch (const LibraryError &e) {
        report.problems.append(e.message());
    }
}

Library::CheckReport Library::check()
{
    CheckReport report;
    report.latestVersion = migrations::latestVersion();
    Database &db = *m_db;
    attempt(report, [&] {
        report.schemaVersion = migrations::currentVersion(db);
        if (report.schemaVersion != report.latestVersion) {
            report.problems.append(
                Tr::tr("The library is at schema %1; this version of Casebench expects schema %2.")
                    .arg(report.schemaVersion)
                    .arg(report.latestVersion));
        }
        if (db.scalar(db.dialect().applicationMarkQuery()).toString()
            != db.dialect().applicationMark())
            report.problems.append(Tr::tr("The library does not carry Casebench's mark."));
    });
    if (db.dialect().isPostgres())
        checkPostgresStorage(report);
    else
        checkSqliteStorage(report);
    attempt(report, [&] { checkPassages(report.problems); });
    // Every fingerprinted document has all its bands.
    attempt(report, [&] { report.problems += FingerprintRepository(db).check(); });
    // Imported documents: text as hashed at import (or at replacement), outline and pages as
    // counted when they were stored.
    attempt(report, [&] { report.problems += OutlineRepository(db).checkImported(); });
    attempt(report, [&] {
        report.cases = db.scalar(u"SELECT count(*) FROM cases"_s).toInt();
        report.sanctions = db.scalar(u"SELECT count(*) FROM sanctions"_s).toInt();
        report.documents = db.scalar(u"SELECT count(*) FROM documents"_s).toInt();
        report.factors = db.scalar(u"SELECT count(*) FROM factors"_s).toInt();
        report.passages = db.scalar(u"SELECT count(*) FROM passages"_s).toInt();
    });
    if (!db.dialect().isPostgres())
        checkFiles(report);
    return report;
}

void Library::checkSqliteStorage(CheckReport &report)
{
    Database &db = *m_db;
    attempt(report, [&] {
        QSqlQuery q = db.exec(u"PRAGMA integrity_check(20)"_s);
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok"_s)
                report.problems.append(Tr::tr("SQLite's integrity check reports: %1.").arg(line));
        }
    });
    attempt(report, [&] {
        QSqlQuery q = db.exec(u"PRAGMA foreign_key_check"_s);
        while (q.next()) {
            report.problems.append(
                Tr::tr("Row %1 of the table %2 refers to a row of %3 that does not exist.")
                    .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
        }
    });
    try {
        // rank = 1 also compares the index with the documents table it is built from.
        db.exec(u"INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"_s);
    } catch (const LibraryError &) {
        report.problems.append(Tr::tr("The full-text index does not match the documents' text."));
    }
}

void Library::checkFiles(CheckReport &report) const
{
    const QString path = m_db->path();
    for (const migrationbackups::Backup &backup : migrationbackups::list(path))
        report.backups.append(backup.path);
    if (!report.backups.isEmpty()) {
        report.notes.append((
            report.backups.size() == 1
                ? Tr::tr(
                    "1 migration backup beside the library still holds everything the library held when it was taken, deleted cases included; `casebench-cli backups` lists and removes it.")
                : Tr::tr(
                      "%1 migration backups beside the library still hold everything the library held when they were taken, deleted cases included; `casebench-cli backups` lists and removes them.")
                      .arg(report.backups.size())));
    }
    QStringList exposed;
    for (const auto suffix : {u"", u"-wal", u"-shm"}) {
        if (privatefile::readableByOthers(path + QStringView(suffix)))
            exposed.append(shown(path + QStringView(suffix)));
    }
    for (const QString &backup : std::as_const(report.backups)) {
        if (privatefile::readableByOthers(backup))
            exposed.append(shown(backup));
    }
    if (!exposed.isEmpty()) {
        report.notes.append(
            Tr::tr("Other users of this computer can read %1; `chmod 600` makes it private to you.")
                .arg(exposed.join(u", "_s)));
    }
}

void Library::checkPassages(QStringList &problems)
{
    // Orphans keep old offsets that mean nothing in the replaced text: not checked.
    QSqlQuery q = m_db->exec(uR"(SELECT p.id, p.start_offset, p.end_offset, p.quote, d.title, d.text
        FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.orphaned = 0
        ORDER BY p.document_id, p.start_offset)"_s);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qsizetype start = q.value(1).toLongLong();
        const qsizetype end = q.value(2).toLongLong();
        const QString quote = q.value(3).toString();
        const QString title = q.value(4).toString();
        const QString text = q.value(5).toString();
        if (start < 0 || end <= start || end > text.size()) {
            problems.append(
                Tr::tr(
                    "Passage %1 spans characters %2 to %3, outside the %4 characters of the document “%5”.")
                    .arg(id)
                    .arg(start)
                    .arg(end)
                    .arg(text.size())
                    .arg(title));
        } else if (QStringView(text).mid(start, end - start) != quote) {
            problems.append(
                Tr::tr(
                    "Passage %1 no longer matches the text of the document “%2” at characters %3 to %4.")
                    .arg(id)
                    .arg(title)
                    .arg(start)
                    .arg(end));
        }
    }
}

} // namespace casebench
