// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinemigration.h"

#include "migrationstep.h"

using namespace Qt::StringLiterals;

namespace casebench::migrations {

// --- SQLite ------------------------------------------------------------------------------------
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

// --- PostgreSQL (see postgresmigrations.cpp for how it differs) ---------------------------------
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
        postgresIdTrigger(u"import_suggestions"_s),
    };
}

} // namespace casebench::migrations
