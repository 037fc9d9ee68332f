// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookmigration.h"

#include "migrationstep.h"

using namespace Qt::StringLiterals;

namespace casebench::migrations {

// --- SQLite ------------------------------------------------------------------------------------
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

// --- PostgreSQL (see postgresmigrations.cpp for how it differs) ---------------------------------
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
        postgresIdTrigger(u"suggestion_dismissals"_s),
    };
}

} // namespace casebench::migrations
