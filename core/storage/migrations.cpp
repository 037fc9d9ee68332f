// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "anonymisationmigration.h"
#include "collabmigration.h"
#include "fingerprintmigration.h"
#include "sanctionversionmigration.h"
#include "database.h"
#include "migrationstep.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench::migrations {

namespace {

// Casebench's mark in the SQLite header ('CASB'), so that other SQLite files are told apart.
constexpr int applicationId = 0x43415342;

// --- SQLite ------------------------------------------------------------------------------------
// AUTOINCREMENT keeps ids from being reused: undoing a deletion puts rows back under their old
// ids, which must not have been handed to something else meanwhile.

QStringList sqliteTables()
{
    return {
        u"PRAGMA application_id = %1"_s.arg(applicationId),
        uR"(CREATE TABLE cases (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            reference TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (reference <> ''),
            title TEXT NOT NULL DEFAULT '',
            regulator TEXT NOT NULL,
            profession TEXT NOT NULL DEFAULT '',
            registrant TEXT NOT NULL DEFAULT '',
            hearing_type TEXT NOT NULL,
            hearing_date TEXT,
            decision_date TEXT,
            allegation_summary TEXT NOT NULL DEFAULT '',
            facts_finding TEXT NOT NULL,
            grounds TEXT NOT NULL DEFAULT '',
            impairment TEXT NOT NULL,
            role TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)
        ))"_s,
        uR"(CREATE TABLE sanctions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            outcome TEXT NOT NULL,
            type TEXT NOT NULL,
            duration_months INTEGER,
            decided_on TEXT,
            start_date TEXT,
            review_hearing INTEGER NOT NULL DEFAULT 0 CHECK (review_hearing IN (0, 1)),
            conditions TEXT NOT NULL DEFAULT '',
            UNIQUE (case_id, sequence)
        ))"_s,
        uR"(CREATE TABLE documents (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            source_file_name TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            date TEXT,
            imported TEXT NOT NULL
        ))"_s,
        u"CREATE INDEX documents_case ON documents (case_id)"_s,
        u"CREATE INDEX documents_content_hash ON documents (content_hash)"_s,
        uR"(CREATE TABLE factors (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE CHECK (key <> ''),
            name TEXT NOT NULL UNIQUE CHECK (name <> ''),
            category TEXT NOT NULL,
            polarity TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            colour TEXT CHECK (colour IS NULL OR colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
            parent_id INTEGER REFERENCES factors (id) ON DELETE RESTRICT,
            shortcut TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            CHECK (parent_id IS NULL OR parent_id <> id)
        ))"_s,
        u"CREATE INDEX factors_parent ON factors (parent_id)"_s,
        uR"(CREATE TABLE passages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            factor_id INTEGER NOT NULL REFERENCES factors (id) ON DELETE RESTRICT,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            quote TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            CHECK (0 <= start_offset AND start_offset < end_offset)
        ))"_s,
        u"CREATE INDEX passages_document ON passages (document_id, start_offset)"_s,
        u"CREATE INDEX passages_factor ON passages (factor_id)"_s,
    };
}

QStringList sqliteFullText()
{
    // An external-content FTS5 table: the text lives once, in documents; the triggers keep the
    // index in step (they also fire for rows removed by ON DELETE CASCADE).
    return {
        uR"(CREATE VIRTUAL TABLE documents_fts USING fts5 (
            title, text, content = 'documents', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        ))"_s,
        uR"(CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END)"_s,
        uR"(CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
        END)"_s,
        uR"(CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END)"_s,
        u"INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')"_s,
    };
}

// Migration 3 (import pipeline): what an import learnt about a document besides its text. Every
// row hangs off its document and goes with it (ON DELETE CASCADE). document_sources marks a
// document as imported whole: its text hash and paragraph count let a check see that the text and
// the outline were written together.
QStringList sqliteImportOutlines()
{
    return {
        uR"(CREATE TABLE document_sources (
            document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
            format TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            paragraph_count INTEGER NOT NULL CHECK (paragraph_count >= 0),
            page_count INTEGER NOT NULL CHECK (page_count >= 0),
            warnings TEXT NOT NULL DEFAULT ''
        ))"_s,
        uR"(CREATE TABLE document_pages (
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            page INTEGER NOT NULL CHECK (page >= 1),
            start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
            PRIMARY KEY (document_id, page)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE outline_paragraphs (
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            kind TEXT NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL,
            opens_stage INTEGER NOT NULL DEFAULT 0 CHECK (opens_stage IN (0, 1)),
            page INTEGER CHECK (page IS NULL OR page >= 1),
            redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1)),
            text TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (document_id, position),
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE outline_fields (
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            label TEXT NOT NULL,
            value TEXT NOT NULL DEFAULT '',
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            PRIMARY KEY (document_id, position),
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE outline_redactions (
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            PRIMARY KEY (document_id, position),
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE import_suggestions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            value TEXT NOT NULL DEFAULT '',
            duration_months INTEGER CHECK (duration_months IS NULL OR duration_months >= 0),
            outcome TEXT,
            previous_type TEXT,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ))"_s,
        u"CREATE INDEX import_suggestions_document ON import_suggestions (document_id)"_s,
    };
}

// Migration 4 (codebook): phrases that suggest a factor, the suggestions a reviewer dismissed,
// and passages left orphaned when their document was replaced. An orphan keeps its quote and its
// old offsets (which satisfy the passages CHECK but mean nothing in the new text).
QStringList sqliteCodebookPhrases()
{
    return {
        u"ALTER TABLE passages ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1))"_s,
        uR"(CREATE TABLE factor_phrases (
            factor_id INTEGER NOT NULL REFERENCES factors (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            phrase TEXT NOT NULL CHECK (phrase <> ''),
            PRIMARY KEY (factor_id, position)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE suggestion_dismissals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            factor_id INTEGER NOT NULL REFERENCES factors (id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            quote TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ))"_s,
        u"CREATE INDEX suggestion_dismissals_document ON suggestion_dismissals (document_id)"_s,
    };
}

const QList<Migration> &sqliteMigrations()
{
    static const QList<Migration> list{
        {1, QT_TRANSLATE_NOOP("casebench", "cases, sanctions, documents, factors and passages"),
         sqliteTables()},
        {2, QT_TRANSLATE_NOOP("casebench", "full-text index over document titles and text"),
         sqliteFullText()},
        {3, QT_TRANSLATE_NOOP("casebench", "document outlines, pages, source formats and import suggestions"),
         sqliteImportOutlines()},
        {4, QT_TRANSLATE_NOOP("casebench", "codebook phrases, dismissed suggestions and orphaned passages"),
         sqliteCodebookPhrases()},
        {5, QT_TRANSLATE_NOOP("casebench", "anonymisation lists"),
         sqliteAnonymisation()},
        {6, QT_TRANSLATE_NOOP("casebench", "authors of every edit and passage row versions for team libraries"),
         sqliteCollaboration()},
        {7, QT_TRANSLATE_NOOP("casebench", "row versions on sanction history entries"),
         sqliteSanctionVersions()},
        {8, QT_TRANSLATE_NOOP("casebench", "text fingerprints of documents for finding the same decision twice"),
         sqliteFingerprints(), fillFingerprints},
    };
    return list;
}

/// The migrations for a backend: the PostgreSQL list (postgresmigrations.cpp) sits beside the
/// SQLite one, with the same version numbers and descriptions.
const QList<Migration> &migrationsFor(const Database &db)
{
    if (db.dialect().backend == Dialect::Backend::Postgres)
        return postgresMigrations();
    return sqliteMigrations();
}

void setVersion(Database &db, int version)
{
    if (db.dialect().backend == Dialect::Backend::Postgres) {
        db.exec(u"UPDATE casebench_meta SET value = ? WHERE key = 'schema_version'"_s,
                {QString::number(version)});
        return;
    }
    // PRAGMA takes no bound values; the version is a number of ours.
    db.exec(u"PRAGMA user_version = %1"_s.arg(version));
}

/// On PostgreSQL several clients may open an old library at once: the first to take this lock
/// migrates, the others wait and then find the step done. Released at commit.
bool stepStillNeeded(Database &db, int version)
{
    if (db.dialect().backend != Dialect::Backend::Postgres)
        return true;
    db.exec(u"SELECT pg_advisory_xact_lock(4846791580151137091)"_s);
    return currentVersion(db) < version;
}

} // namespace

int latestVersion()
{
    return sqliteMigrations().constLast().version;
}

QString describe(int version)
{
    for (const Migration &m : sqliteMigrations()) {
        if (m.version == version)
            return u"%1: %2"_s.arg(version).arg(
                QCoreApplication::translate("casebench", m.description));
    }
    return {};
}

int currentVersion(Database &db)
{
    if (db.dialect().backend == Dialect::Backend::Postgres) {
        // An empty database has no casebench_meta yet: version 0.
        if (db.scalar(u"SELECT to_regclass('casebench_meta') IS NOT NULL"_s).toBool()) {
            return db.scalar(u"SELECT value FROM casebench_meta WHERE key = 'schema_version'"_s)
                .toInt();
        }
        return 0;
    }
    return db.scalar(u"PRAGMA user_version"_s).toInt();
}

void migrate(Database &db, int targetVersion)
{
    // On PostgreSQL a new library is installed in one enclosing transaction (DDL is transactional).
    Q_ASSERT(db.transactionDepth() == 0 || db.dialect().backend == Dialect::Backend::Postgres);
    const int from = currentVersion(db);
    for (const Migration &m : migrationsFor(db)) {
        if (m.version <= from || m.version > targetVersion)
            continue;
        Transaction transaction(db);
        try {
            if (!stepStillNeeded(db, m.version))
                continue;
            for (const QString &statement : m.statements)
                db.exec(statement);
            if (m.code)
                m.code(db);
            setVersion(db, m.version);
        } catch (const LibraryError &e) {
            throw LibraryError(
                e.kind(),
                QCoreApplication::translate(
                    "casebench", "The library %1 could not be upgraded to schema %2 (%3): %4")
                    .arg(sqlvalues::displayPath(db.path()))
                    .arg(m.version)
                    .arg(QCoreApplication::translate("casebench", m.description), e.message()));
        }
        transaction.commit();
    }
}

} // namespace casebench::migrations
