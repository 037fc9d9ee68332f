// SPDX-License-Identifier: GPL-3.0-or-later
#include "collabmigration.h"

using namespace Qt::StringLiterals;

namespace casebench::migrations {

namespace {

QStringList commonColumns()
{
    return {
        u"ALTER TABLE passages ADD COLUMN modified_by TEXT NOT NULL DEFAULT ''"_s,
        // Until now the only name on a passage was its author's, who also wrote it last.
        u"UPDATE passages SET modified_by = author"_s,
        u"ALTER TABLE passages ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0)"_s,
        u"ALTER TABLE cases ADD COLUMN modified_by TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE sanctions ADD COLUMN modified_by TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE documents ADD COLUMN modified_by TEXT NOT NULL DEFAULT ''"_s,
    };
}

} // namespace

QStringList sqliteCollaboration()
{
    return commonColumns();
}

QStringList postgresCollaboration()
{
    QStringList statements = commonColumns();
    // One trigger function for the four tables a reviewer edits. The payload
    // '<table>:<case id>:<row id>:<insert|update|delete>' names the case so that a listener can
    // refresh what it shows of that case without asking the database.
    statements << uR"(CREATE FUNCTION casebench_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $body$
        DECLARE
            r record;
            owner bigint;
        BEGIN
            IF coalesce(current_setting('casebench.quiet', true), '') = 'on' THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
            IF TG_TABLE_NAME = 'cases' THEN
                owner := r.id;
            ELSIF TG_TABLE_NAME = 'passages' THEN
                SELECT d.case_id INTO owner FROM documents d WHERE d.id = r.document_id;
            ELSE
                owner := r.case_id;
            END IF;
            PERFORM pg_notify('casebench_changes',
                TG_TABLE_NAME || ':' || coalesce(owner::text, '') || ':' || r.id::text || ':'
                || lower(TG_OP));
            RETURN NULL;
        END
        $body$)"_s;
    for (const auto table : {u"cases", u"sanctions", u"documents", u"passages"}) {
        statements << uR"(CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1
            FOR EACH ROW EXECUTE FUNCTION casebench_notify_change())"_s.arg(table);
    }
    return statements;
}

} // namespace casebench::migrations
