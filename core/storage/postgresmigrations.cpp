// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL schema, step for step beside the SQLite one in migrations.cpp: the same version
// numbers, the same descriptions, the same tables and columns. What differs:
// - the version and Casebench's mark live in casebench_meta (SQLite: user_version and
//   application_id in the file header);
// - ids are BIGSERIAL; a trigger gives a row inserted with a NULL id the next one, and moves the
//   sequence past an id given explicitly (undo puts rows back under their old ids; copy-library
//   brings ids along), so the sequence never hands out an id in use or once used;
// - text columns compare as "C" (code points, as SQLite's BINARY), and the case-insensitive
//   UNIQUE on cases.reference (COLLATE NOCASE) is a unique index on lower(reference);
// - the FTS5 table is a generated tsvector column (title weighted A, text B) with a GIN index.
// To add a step: write a function returning its statements and append a row to the list at the
// end of this file, with the version and description of the matching SQLite step.
#include "anonymisationmigration.h"
#include "collabmigration.h"
#include "fingerprintmigration.h"
#include "sanctionversionmigration.h"
#include "migrationstep.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casebench::migrations {

namespace {

/// The trigger giving `table` its ids (see above).
QString idTrigger(const QString &table)
{
    return u"CREATE TRIGGER %1_assign_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION casebench_assign_id()"_s
        .arg(table);
}

QStringList postgresTables()
{
    return {
        uR"(CREATE TABLE casebench_meta (
            key TEXT COLLATE "C" PRIMARY KEY,
            value TEXT COLLATE "C" NOT NULL
        ))"_s,
        u"INSERT INTO casebench_meta (key, value) VALUES ('application', 'casebench'), ('schema_version', '0')"_s,
        uR"(CREATE FUNCTION casebench_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            seq TEXT := pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'id');
        BEGIN
            IF NEW.id IS NULL THEN
                NEW.id := nextval(seq);
            ELSIF NEW.id > coalesce(pg_sequence_last_value(seq::regclass), 0) THEN
                PERFORM setval(seq, NEW.id);
            END IF;
            RETURN NEW;
        END
        $$)"_s,
        uR"(CREATE TABLE cases (
            id BIGSERIAL PRIMARY KEY,
            reference TEXT COLLATE "C" NOT NULL CHECK (reference <> ''),
            title TEXT COLLATE "C" NOT NULL DEFAULT '',
            regulator TEXT COLLATE "C" NOT NULL,
            profession TEXT COLLATE "C" NOT NULL DEFAULT '',
            registrant TEXT COLLATE "C" NOT NULL DEFAULT '',
            hearing_type TEXT COLLATE "C" NOT NULL,
            hearing_date TEXT COLLATE "C",
            decision_date TEXT COLLATE "C",
            allegation_summary TEXT COLLATE "C" NOT NULL DEFAULT '',
            facts_finding TEXT COLLATE "C" NOT NULL,
            grounds TEXT COLLATE "C" NOT NULL DEFAULT '',
            impairment TEXT COLLATE "C" NOT NULL,
            role TEXT COLLATE "C" NOT NULL,
            notes TEXT COLLATE "C" NOT NULL DEFAULT '',
            created TEXT COLLATE "C" NOT NULL,
            modified TEXT COLLATE "C" NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)
        ))"_s,
        u"CREATE UNIQUE INDEX cases_reference ON cases (lower(reference))"_s,
        idTrigger(u"cases"_s),
        uR"(CREATE TABLE sanctions (
            id BIGSERIAL PRIMARY KEY,
            case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            outcome TEXT COLLATE "C" NOT NULL,
            type TEXT COLLATE "C" NOT NULL,
            duration_months INTEGER,
            decided_on TEXT COLLATE "C",
            start_date TEXT COLLATE "C",
            review_hearing INTEGER NOT NULL DEFAULT 0 CHECK (review_hearing IN (0, 1)),
            conditions TEXT COLLATE "C" NOT NULL DEFAULT '',
            UNIQUE (case_id, sequence)
        ))"_s,
        idTrigger(u"sanctions"_s),
        uR"(CREATE TABLE documents (
            id BIGSERIAL PRIMARY KEY,
            case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            kind TEXT COLLATE "C" NOT NULL,
            title TEXT COLLATE "C" NOT NULL DEFAULT '',
            source_file_name TEXT COLLATE "C" NOT NULL DEFAULT '',
            content_hash TEXT COLLATE "C" NOT NULL DEFAULT '',
            text TEXT COLLATE "C" NOT NULL DEFAULT '',
            date TEXT COLLATE "C",
            imported TEXT COLLATE "C" NOT NULL
        ))"_s,
        u"CREATE INDEX documents_case ON documents (case_id)"_s,
        u"CREATE INDEX documents_content_hash ON documents (content_hash)"_s,
        idTrigger(u"documents"_s),
        uR"(CREATE TABLE factors (
            id BIGSERIAL PRIMARY KEY,
            key TEXT COLLATE "C" NOT NULL UNIQUE CHECK (key <> ''),
            name TEXT COLLATE "C" NOT NULL UNIQUE CHECK (name <> ''),
            category TEXT COLLATE "C" NOT NULL,
            polarity TEXT COLLATE "C" NOT NULL,
            description TEXT COLLATE "C" NOT NULL DEFAULT '',
            colour TEXT COLLATE "C" CHECK (colour IS NULL OR colour ~ '^#[0-9a-f]{6}$'),
            parent_id BIGINT REFERENCES factors (id) ON DELETE RESTRICT,
            shortcut TEXT COLLATE "C" NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            CHECK (parent_id IS NULL OR parent_id <> id)
        ))"_s,
        u"CREATE INDEX factors_parent ON factors (parent_id)"_s,
        idTrigger(u"factors"_s),
        uR"(CREATE TABLE passages (
            id BIGSERIAL PRIMARY KEY,
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            factor_id BIGINT NOT NULL REFERENCES factors (id) ON DELETE RESTRICT,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            quote TEXT COLLATE "C" NOT NULL DEFAULT '',
            prefix TEXT COLLATE "C" NOT NULL DEFAULT '',
            suffix TEXT COLLATE "C" NOT NULL DEFAULT '',
            note TEXT COLLATE "C" NOT NULL DEFAULT '',
            author TEXT COLLATE "C" NOT NULL DEFAULT '',
            created TEXT COLLATE "C" NOT NULL,
            modified TEXT COLLATE "C" NOT NULL,
            CHECK (0 <= start_offset AND start_offset < end_offset)
        ))"_s,
        u"CREATE INDEX passages_document ON passages (document_id, start_offset)"_s,
        u"CREATE INDEX passages_factor ON passages (factor_id)"_s,
        idTrigger(u"passages"_s),
    };
}

QStringList postgresFullText()
{
    // The 'simple' configuration lower-cases words without stemming or stop words, as SQLite's
    // unicode61 tokenizer does, so a query finds the same documents on both backends and a
    // prefix ("remedia*") matches the words as written.
    return {
        uR"(ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple'::regconfig, title), 'A')
            || setweight(to_tsvector('simple'::regconfig, text), 'B')) STORED)"_s,
        u"CREATE INDEX documents_search ON documents USING GIN (search_vector)"_s,
    };
}

QStringList postgresImportOutlines()
{
    return {
        uR"(CREATE TABLE document_sources (
            document_id BIGINT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
            format TEXT COLLATE "C" NOT NULL,
            text_hash TEXT COLLATE "C" NOT NULL,
            paragraph_count INTEGER NOT NULL CHECK (paragraph_count >= 0),
            page_count INTEGER NOT NULL CHECK (page_count >= 0),
            warnings TEXT COLLATE "C" NOT NULL DEFAULT ''
        ))"_s,
        uR"(CREATE TABLE document_pages (
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            page INTEGER NOT NULL CHECK (page >= 1),
            start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
            PRIMARY KEY (document_id, page)
        ))"_s,
        uR"(CREATE TABLE outline_paragraphs (
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            kind TEXT COLLATE "C" NOT NULL,
            number TEXT COLLATE "C" NOT NULL DEFAULT '',
            reference TEXT COLLATE "C" NOT NULL DEFAULT '',
            stage TEXT COLLATE "C" NOT NULL,
            opens_stage INTEGER NOT NULL DEFAULT 0 CHECK (opens_stage IN (0, 1)),
            page INTEGER CHECK (page IS NULL OR page >= 1),
            redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1)),
            text TEXT COLLATE "C" NOT NULL DEFAULT '',
            PRIMARY KEY (document_id, position),
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ))"_s,
        uR"(CREATE TABLE outline_fields (
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            label TEXT COLLATE "C" NOT NULL,
            value TEXT COLLATE "C" NOT NULL DEFAULT '',
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            PRIMARY KEY (document_id, position),
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ))"_s,
        uR"(CREATE TABLE outline_redactions (
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            PRIMARY KEY (document_id, position),
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ))"_s,
        uR"(CREATE TABLE import_suggestions (
            id BIGSERIAL PRIMARY KEY,
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            field TEXT COLLATE "C" NOT NULL,
            value TEXT COLLATE "C" NOT NULL DEFAULT '',
            duration_months INTEGER CHECK (duration_months IS NULL OR duration_months >= 0),
            outcome TEXT COLLATE "C",
            previous_type TEXT COLLATE "C",
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            status TEXT COLLATE "C" NOT NULL DEFAULT 'pending',
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ))"_s,
        u"CREATE INDEX import_suggestions_document ON import_suggestions (document_id)"_s,
        idTrigger(u"import_suggestions"_s),
    };
}

QStringList postgresCodebookPhrases()
{
    return {
        u"ALTER TABLE passages ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1))"_s,
        uR"(CREATE TABLE factor_phrases (
            factor_id BIGINT NOT NULL REFERENCES factors (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            phrase TEXT COLLATE "C" NOT NULL CHECK (phrase <> ''),
            PRIMARY KEY (factor_id, position)
        ))"_s,
        uR"(CREATE TABLE suggestion_dismissals (
            id BIGSERIAL PRIMARY KEY,
            document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            factor_id BIGINT NOT NULL REFERENCES factors (id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            quote TEXT COLLATE "C" NOT NULL DEFAULT '',
            created TEXT COLLATE "C" NOT NULL,
            CHECK (0 <= start_offset AND start_offset <= end_offset)
        ))"_s,
        u"CREATE INDEX suggestion_dismissals_document ON suggestion_dismissals (document_id)"_s,
        idTrigger(u"suggestion_dismissals"_s),
    };
}

} // namespace

const QList<Migration> &postgresMigrations()
{
    static const QList<Migration> list{
        {1, QT_TRANSLATE_NOOP("casebench", "cases, sanctions, documents, factors and passages"),
         postgresTables()},
        {2, QT_TRANSLATE_NOOP("casebench", "full-text index over document titles and text"),
         postgresFullText()},
        {3, QT_TRANSLATE_NOOP("casebench", "document outlines, pages, source formats and import suggestions"),
         postgresImportOutlines()},
        {4, QT_TRANSLATE_NOOP("casebench", "codebook phrases, dismissed suggestions and orphaned passages"),
         postgresCodebookPhrases()},
        {5, QT_TRANSLATE_NOOP("casebench", "anonymisation lists"),
         postgresAnonymisation()},
        {6, QT_TRANSLATE_NOOP("casebench", "authors of every edit and passage row versions for team libraries"),
         postgresCollaboration()},
        {7, QT_TRANSLATE_NOOP("casebench", "row versions on sanction history entries"),
         postgresSanctionVersions()},
        {8, QT_TRANSLATE_NOOP("casebench", "text fingerprints of documents for finding the same decision twice"),
         postgresFingerprints(), fillFingerprints},
    };
    return list;
}

} // namespace casebench::migrations
