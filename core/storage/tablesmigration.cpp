// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesmigration.h"

#include "migrations.h"
#include "migrationstep.h"

using namespace Qt::StringLiterals;

namespace casebench::migrations {

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

// --- PostgreSQL (see postgresmigrations.cpp for how it differs) ---------------------------------
QStringList postgresTables()
{
    return postgresBookkeeping()
           + QStringList{
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
               postgresIdTrigger(u"cases"_s),
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
               postgresIdTrigger(u"sanctions"_s),
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
               postgresIdTrigger(u"documents"_s),
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
               postgresIdTrigger(u"factors"_s),
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
               postgresIdTrigger(u"passages"_s),
           };
}

} // namespace casebench::migrations
