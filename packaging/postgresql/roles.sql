-- SPDX-License-Identifier: GPL-3.0-or-later
-- Roles for a Casebench team library on PostgreSQL (docs/team-library.md, "Roles").
--
-- Run as the library's owner (or a superuser) in the library's database, after the library has
-- been created (`casebench-cli --library postgresql://owner@host/db init`, or copy-library), and
-- again after an upgrade that adds tables:
--     psql "postgresql://owner@host/db" -v ON_ERROR_STOP=1 -f roles.sql
--
-- casebench_reviewer  reads and writes every table (tagging, case editing, codebook, import);
-- casebench_reader    reads only: trainers and observers browse, search and compare. The server
--                     refuses their writes, and Casebench greys out its editing actions for them.
-- Both are group roles (NOLOGIN); give people login roles and make them members, e.g.
--     CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE casebench_reviewer;
--     CREATE ROLE tom LOGIN PASSWORD '…' IN ROLE casebench_reader;
-- Casebench records the login role's name (current_user) as the author of each edit.

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebench_reviewer') THEN
        CREATE ROLE casebench_reviewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebench_reader') THEN
        CREATE ROLE casebench_reader NOLOGIN;
    END IF;
END
$roles$;

-- Both may connect and see the schema.
DO $connect$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO casebench_reviewer, casebench_reader',
                   current_database());
END
$connect$;
GRANT USAGE ON SCHEMA public TO casebench_reviewer, casebench_reader;

-- Nobody but the owner creates objects in the library's schema: before PostgreSQL 15 every role
-- could (a table or function planted there could shadow Casebench's own).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Reviewers: read and write the rows, and take ids from the sequences. They do not change the
-- schema (no CREATE): upgrades are run by the owner.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO casebench_reviewer;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO casebench_reviewer;

-- Readers: SELECT only.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO casebench_reader;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO casebench_reader;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM casebench_reader;

-- Tables and sequences the owner creates later (an upgrade) follow the same rules.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO casebench_reviewer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO casebench_reviewer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO casebench_reader;
