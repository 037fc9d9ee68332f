// SPDX-License-Identifier: GPL-3.0-or-later
// Library on PostgreSQL: creating, opening, inspecting and checking a library in a database
// named by a URL. The SQLite side is in library.cpp.
#include "library.h"

#include "codebookrepository.h"
#include "database.h"
#include "migrations.h"
#include "model/libraryerror.h"
#include "postgresurl.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::Library)
};

/// What a look at a database found (the PostgreSQL counterpart of the file header check).
struct Examination
{
    Kind kind = Kind::Io;
    QString problem; ///< empty when open() may go ahead
    bool isLibrary = false;
    bool empty = false; ///< no tables at all: create() may install a library
    int version = 0;
};

QString shown(const Database &db)
{
    PostgresUrl url;
    QString ignored;
    return PostgresUrl::parse(db.path(), url, ignored) ? url.display() : db.path();
}

Examination examine(Database &db)
{
    Examination e;
    const bool hasMeta = db.scalar(u"SELECT to_regclass('casebench_meta') IS NOT NULL"_s).toBool();
    if (!hasMeta) {
        const int tables
            = db.scalar(
                    u"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"_s)
                  .toInt();
        e.empty = tables == 0;
        e.kind = Kind::NotALibrary;
        e.problem
            = e.empty
                  ? Tr::tr(
                        "%1 is empty, not a Casebench library yet; create one there first (casebench-cli --library URL init).")
                        .arg(shown(db))
                  : Tr::tr("%1 holds other tables and is not a Casebench library.").arg(shown(db));
        return e;
    }
    if (db.scalar(db.dialect().applicationMarkQuery()).toString()
        != db.dialect().applicationMark()) {
        e.kind = Kind::NotALibrary;
        e.problem = Tr::tr("%1 has a casebench_meta table but is not a Casebench library.")
                        .arg(shown(db));
        return e;
    }
    e.isLibrary = true;
    e.version = migrations::currentVersion(db);
    if (e.version > migrations::latestVersion()) {
        e.kind = Kind::TooNew;
        e.problem = migrations::tooNew(shown(db), e.version);
    } else if (e.version < 1) {
        e.kind = Kind::Damaged;
        e.problem = migrations::noVersion(shown(db));
    }
    return e;
}

} // namespace

std::unique_ptr<Database> Library::newPostgresDatabase(const QString &url, const QString &password)
{
    auto db = Database::openPostgres(url, password);
    const Examination e = examine(*db);
    if (!e.empty) {
        throw LibraryError(
            Kind::AlreadyExists,
            e.isLibrary
                ? Tr::tr(
                      "%1 already holds a Casebench library; Casebench will not overwrite it with a new one.")
                      .arg(shown(*db))
                : Tr::tr(
                      "%1 is not empty; Casebench creates a library only in a database without tables.")
                      .arg(shown(*db)));
    }
    return db;
}

std::unique_ptr<Library> Library::createPostgres(const QString &url, const QString &password,
                                                 const Filler &fill)
{
    auto db = newPostgresDatabase(url, password);
    // One transaction for the schema and the codebook: a failure, or another client creating a
    // library at the same moment, leaves the database as empty as it was.
    Database &connection = *db;
    std::unique_ptr<Library> library(new Library(std::move(db)));
    Transaction transaction(connection);
    migrations::migrate(connection, migrations::latestVersion());
    library->codebook().addDefaults();
    // What the caller fills in commits with the schema: PostgreSQL's DDL is transactional, so
    // a failure here rolls the tables back too.
    if (fill)
        fill(*library);
    transaction.commit();
    return library;
}

std::unique_ptr<Library> Library::openPostgres(const QString &url, const QString &password)
{
    auto db = Database::openPostgres(url, password);
    const Examination e = examine(*db);
    if (!e.problem.isEmpty())
        throw LibraryError(e.kind, e.problem);
    // No copy is taken first, unlike a file: each step runs in one transaction and the server's
    // own backups (pg_dump) are the way back.
    if (e.version < migrations::latestVersion())
        migrations::migrate(*db, migrations::latestVersion());
    return std::unique_ptr<Library>(new Library(std::move(db)));
}

Library::Inspection Library::inspectPostgres(const QString &url)
{
    Inspection inspection;
    try {
        auto db = Database::openPostgres(url);
        inspection.exists = true;
        const Examination e = examine(*db);
        inspection.isLibrary = e.isLibrary;
        inspection.schemaVersion = e.version;
        inspection.problem = e.problem;
    } catch (const LibraryError &error) {
        inspection.problem = error.message();
    }
    return inspection;
}

void Library::checkPostgresStorage(CheckReport &report)
{
    Database &db = *m_db;
    // The server enforces foreign keys and checks on every write; a constraint added NOT VALID
    // (by hand) would not have been checked against the rows already there.
    attempt(report, [&] {
        QSqlQuery q = db.exec(uR"(SELECT c.conname, t.relname FROM pg_catalog.pg_constraint c
            JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
            WHERE NOT c.convalidated AND t.relnamespace = to_regnamespace(current_schema()))"_s);
        while (q.next()) {
            report.problems.append(
                Tr::tr("The rule %1 of the table %2 has not been checked against its rows.")
                    .arg(q.value(0).toString(), q.value(1).toString()));
        }
    });
    attempt(report, [&] {
        const QString generated = db.scalar(uR"(SELECT attgenerated FROM pg_catalog.pg_attribute
            WHERE attrelid = 'documents'::regclass AND attname = 'search_vector' AND NOT attisdropped)"_s)
                                      .toString();
        const bool indexed = db.scalar(uR"(SELECT count(*) FROM pg_catalog.pg_indexes
            WHERE schemaname = current_schema() AND tablename = 'documents'
            AND indexdef LIKE '%USING gin (search_vector)%')"_s)
                                 .toInt()
                             > 0;
        if (generated != u"s"_s)
            report.problems.append(
                Tr::tr("The documents' full-text column (search_vector) is missing."));
        else if (!indexed)
            report.problems.append(Tr::tr("The documents' full-text column has no GIN index."));
        else if (db.scalar(uR"(SELECT count(*) FROM documents WHERE search_vector IS NULL)"_s)
                     .toInt()
                 > 0)
            report.problems.append(
                Tr::tr("The full-text index does not match the documents' text."));
    });
}

} // namespace casebench
