// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace casebench {

class Database;
class CaseRepository;
class SanctionRepository;
class DocumentRepository;
class CodebookRepository;
class PassageRepository;
class Transaction;

/// A case library: one SQLite file (WAL, foreign keys on) holding cases, their sanctions,
/// documents and passages, and the codebook. Owns its connection and repositories; use it on
/// the thread that opened it. Every method that fails throws LibraryError.
class Library
{
public:
    /// What a read-only look at a file found, without changing it in any way.
    struct Inspection
    {
        bool exists = false;
        bool isLibrary = false;     ///< an SQLite file carrying Casebench's application id
        int schemaVersion = 0;
        QString problem;            ///< empty when the file can be opened by this build
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
        QStringList problems;       ///< empty when the library is sound
        [[nodiscard]] bool ok() const { return problems.isEmpty(); }
    };

    /// Creates a new library with the default codebook. Refuses to overwrite an existing file.
    static std::unique_ptr<Library> create(const QString &path);

    /// Creates a new library at an older schema version (1 … latest), with the default codebook,
    /// as an older build would have written it. For tests and tools (upgrade checks); the
    /// application uses create(). Refuses to overwrite an existing file.
    static std::unique_ptr<Library> createAtVersion(const QString &path, int version);

    /// Opens a library. A file at an older schema is copied to a backup beside it
    /// ("NAME.backup-v<old>-<yyyyMMdd-HHmmss>") and then migrated. A file that is missing, not a
    /// library, damaged or from a newer version is refused and left exactly as it was.
    static std::unique_ptr<Library> open(const QString &path);

    /// Looks at a file read-only and says whether open() would accept it. Never writes.
    static Inspection inspect(const QString &path);

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    [[nodiscard]] QString path() const;
    [[nodiscard]] int schemaVersion() const;
    /// The backup taken when open() migrated the file; empty when none was needed.
    [[nodiscard]] QString migrationBackupPath() const { return m_backupPath; }

    CaseRepository &cases();
    SanctionRepository &sanctions();
    DocumentRepository &documents();
    CodebookRepository &codebook();
    PassageRepository &passages();

    /// The connection, for Transaction. Other code goes through the repositories.
    Database &database();

    /// Integrity, foreign keys, the full-text index and passage anchors.
    CheckReport check();

private:
    explicit Library(std::unique_ptr<Database> db);
    void checkPassages(QStringList &problems);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<SanctionRepository> m_sanctions;
    std::unique_ptr<DocumentRepository> m_documents;
    std::unique_ptr<CodebookRepository> m_codebook;
    std::unique_ptr<PassageRepository> m_passages;
    QString m_backupPath;
};

} // namespace casebench
