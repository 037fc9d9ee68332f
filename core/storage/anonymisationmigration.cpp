// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationmigration.h"

#include "migrationstep.h"

using namespace Qt::StringLiterals;

namespace casebench::migrations {

// Positions order the list; they need not be unique (a restored row goes back to its old place).
QStringList sqliteAnonymisation()
{
    return {
        uR"(CREATE TABLE anonymisation_entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            original TEXT NOT NULL CHECK (original <> ''),
            replacement TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1))
        ))"_s,
        u"CREATE INDEX anonymisation_entries_case ON anonymisation_entries (case_id, position)"_s,
    };
}

QStringList postgresAnonymisation()
{
    return {
        uR"(CREATE TABLE anonymisation_entries (
            id BIGSERIAL PRIMARY KEY,
            case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            original TEXT COLLATE "C" NOT NULL CHECK (original <> ''),
            replacement TEXT COLLATE "C" NOT NULL DEFAULT '',
            kind TEXT COLLATE "C" NOT NULL,
            confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1))
        ))"_s,
        u"CREATE INDEX anonymisation_entries_case ON anonymisation_entries (case_id, position)"_s,
        // As every table's ids (postgresmigrations.cpp): a restored row keeps its old id.
        postgresIdTrigger(u"anonymisation_entries"_s),
    };
}

} // namespace casebench::migrations
