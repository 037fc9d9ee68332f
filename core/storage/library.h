// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace casebench {

class Database;
class CaseRepository;
class SanctionRepository;
class DocumentRepository;
class CodebookRepository;
class PassageRepository;
class OutlineRepository;
class ImportSuggestionRepository;
class AnonymisationRepository;
class FingerprintRepository;
class SuggestionRepository;
class AnalysisRepository;
class SearchRepository;
class Transaction;

/// A case library: an SQLite file (WAL, foreign keys on) or a PostgreSQL database holding cases,
/// their sanctions, documents, outlines and passages, import suggestions, anonymisation lists and
/// the codebook. Owns its connection and one repository per group of tables, and is the only way
/// to them: code outside core/storage never sees the connection (Database), and opens a
/// Transaction on the Library. Use it on the thread that opened it. Every method that fails
/// throws LibraryError.
class Library
{
public:
    /// What a read-only look at a file found, without changing it in any way.
    struct Inspection
    {
        bool exists = false;
        bool isLibrary = false; ///< an SQLite file carrying Casebench's application id
        int schemaVersion = 0;
        QString problem; ///< empty when the file can be opened by this build
    };

    /// The result of an integrity check.
    struct CheckReport
    {
        int schemaVersion = 0;
        int latestVersion = 0;
        int cases = 0;
        int sanctions = 0;
        int documents = 0;
        int factors = 0;
        int passages = 0;
        QStringList problems; ///< empty when the library is sound
        /// Not problems, but worth knowing: files beside the library that hold its data (the
        /// migration backups, by path) and files that others on this computer may read.
        QStringList backups;
        QStringList notes;
        [[nodiscard]] bool ok() const { return problems.isEmpty(); }
    };

    /// Creates a new library with the default codebook. Refuses to overwrite an existing file.
    /// `path` may also be a PostgreSQL URL (postgresql://user@host:port/dbname, see isUrl()): the
    /// schema is then installed, in one transaction, in that database, which must hold no tables.
    /// `password` is for a URL only (see Database::openPostgres); it is never stored.
    static std::unique_ptr<Library> create(const QString &path, const QString &password = {});

    /// What fills a new library before createFilled() hands it over.
    using Filler = std::function<void(Library &)>;
    /// Creates a new library (as create()) and fills it, all or nothing: on PostgreSQL the
    /// schema, the codebook and what `fill` writes commit in one transaction, so a failure
    /// leaves the database without any table; a new file is removed again. Defined in
    /// librarycreate.cpp.
    static std::unique_ptr<Library> createFilled(const QString &path, const Filler &fill,
                                                 const QString &password = {});

    /// Writes a library at an older schema version (1 … latest) as an older build would have:
    /// that schema's tables and the default codebook's factors (their phrases came with schema
    /// 4 and are left out). Only an input for migration tests and tools: the repositories work
    /// on the latest schema alone, so the old library is not handed out as a Library. The
    /// connection returned is for writing old rows in SQL; close it and open() the library,
    /// which migrates it. Refuses to overwrite an existing file or a database with tables.
    static std::unique_ptr<Database> createAtVersion(const QString &path, int version,
                                                     const QString &password = {});

    /// Opens a library. A file at an older schema is copied to a backup beside it
    /// ("NAME.backup-v<old>-<yyyyMMdd-HHmmss>") and then migrated. A file that is missing, not a
    /// library, damaged or from a newer version is refused and left exactly as it was.
    /// A PostgreSQL URL opens a library on a server: a database that is empty, holds something
    /// else or was written by a newer version is refused; an older one is migrated in place,
    /// each step in one transaction (no copy is taken: back the server up with pg_dump).
    static std::unique_ptr<Library> open(const QString &path, const QString &password = {});

    /// Looks at a file (or a PostgreSQL database) read-only and says whether open() would accept
    /// it. Never writes.
    static Inspection inspect(const QString &path);

    /// True when `location` is a PostgreSQL URL (postgresql:// or postgres://) rather than a file.
    static bool isUrl(const QString &location);

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    /// The file's path, or for PostgreSQL the URL without any password (it opens the same
    /// library again, as background workers do).
    [[nodiscard]] QString path() const;
    [[nodiscard]] int schemaVersion() const;
    /// The backup taken when open() migrated the file; empty when none was needed.
    [[nodiscard]] QString migrationBackupPath() const { return m_backupPath; }

    CaseRepository &cases();
    SanctionRepository &sanctions();
    DocumentRepository &documents();
    CodebookRepository &codebook();
    PassageRepository &passages();
    /// Outlines, pages and sources of imported documents.
    OutlineRepository &outlines();
    /// What the importer suggested for each case, and the reviewer's decisions on it.
    ImportSuggestionRepository &importSuggestions();
    /// Each case's anonymisation list.
    AnonymisationRepository &anonymisation();
    /// Text fingerprints of documents (the duplicate check).
    FingerprintRepository &fingerprints();
    /// Codebook phrase suggestions the reviewer dismissed.
    SuggestionRepository &suggestionDismissals();
    /// Reads for precedents and statistics (profiles, term counts, last sanctions).
    AnalysisRepository &analysis();
    /// Full-text search.
    SearchRepository &search();

    // Team libraries (defined in librarycollab.cpp).
    /// The reviewer's name stamped on passages and edits: set by setAuthor(), else PostgreSQL's
    /// current_user, else the operating-system user's name.
    [[nodiscard]] QString author();
    void setAuthor(const QString &name);
    /// Whether this connection may not change the library: on PostgreSQL a role without INSERT
    /// on passages (a read-only role, which the server enforces), on SQLite a file that cannot
    /// be written. Asked once and remembered.
    [[nodiscard]] bool isReadOnly();

    /// Integrity, foreign keys, the full-text index and passage anchors.
    CheckReport check();

private:
    friend class Transaction;
    friend Database &databaseOf(Library &library);
    /// The connection: for Transaction and storage itself (databaseOf in storage/database.h).
    Database &database();

    /// Only create() and open() make a Library, always at the latest schema.
    explicit Library(std::unique_ptr<Database> db);
    /// A new, empty, private file (refusing one that exists) and a connection to it.
    static std::unique_ptr<Database> newSqliteFile(const QString &path);
    /// Removes a file made by newSqliteFile() and its side files.
    static void removeNewFile(const QString &path);
    /// A connection to a PostgreSQL database without tables (refusing any other).
    static std::unique_ptr<Database> newPostgresDatabase(const QString &url,
                                                         const QString &password);
    static std::unique_ptr<Library> createPostgres(const QString &url, const QString &password,
                                                   const Filler &fill = {});
    static std::unique_ptr<Library> openPostgres(const QString &url, const QString &password);
    static Inspection inspectPostgres(const QString &url);
    void checkPassages(QStringList &problems);
    /// What only the backend can say of itself: SQLite's integrity and foreign-key checks and its
    /// FTS5 index (library.cpp); PostgreSQL's unvalidated rules and its tsvector column
    /// (librarypostgres.cpp).
    void checkSqliteStorage(CheckReport &report);
    void checkPostgresStorage(CheckReport &report);
    void checkFiles(CheckReport &report) const;
    /// Runs one part of check(), so that one failure does not hide the others.
    static void attempt(CheckReport &report, const std::function<void()> &part);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<SanctionRepository> m_sanctions;
    std::unique_ptr<DocumentRepository> m_documents;
    std::unique_ptr<CodebookRepository> m_codebook;
    std::unique_ptr<PassageRepository> m_passages;
    std::unique_ptr<OutlineRepository> m_outlines;
    std::unique_ptr<ImportSuggestionRepository> m_importSuggestions;
    std::unique_ptr<AnonymisationRepository> m_anonymisation;
    std::unique_ptr<FingerprintRepository> m_fingerprints;
    std::unique_ptr<SuggestionRepository> m_suggestionDismissals;
    std::unique_ptr<AnalysisRepository> m_analysis;
    std::unique_ptr<SearchRepository> m_search;
    QString m_backupPath;
    std::optional<bool> m_readOnly;
};

} // namespace casebench
