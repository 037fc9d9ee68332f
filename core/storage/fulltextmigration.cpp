// SPDX-License-Identifier: GPL-3.0-or-later
#include "fulltextmigration.h"

using namespace Qt::StringLiterals;

namespace casebench::migrations {

// --- SQLite ------------------------------------------------------------------------------------
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

// --- PostgreSQL (see postgresmigrations.cpp for how it differs) ---------------------------------
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

} // namespace casebench::migrations
