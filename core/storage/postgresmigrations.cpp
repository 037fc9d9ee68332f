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
// Each step's PostgreSQL statements sit beside its SQLite ones (tablesmigration.cpp …
// fingerprintmigration.cpp), in one list (migrations.cpp); this file holds what only PostgreSQL
// needs. tst_migrationlists checks that both backends declare the same tables and columns.
#include "migrationstep.h"

using namespace Qt::StringLiterals;

namespace casebench::migrations {

QStringList postgresBookkeeping()
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
    };
}

QString postgresIdTrigger(const QString &table)
{
    return u"CREATE TRIGGER %1_assign_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION casebench_assign_id()"_s
        .arg(table);
}

} // namespace casebench::migrations
