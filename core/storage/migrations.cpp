// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "anonymisationmigration.h"
#include "codebookmigration.h"
#include "collabmigration.h"
#include "database.h"
#include "fingerprintmigration.h"
#include "fulltextmigration.h"
#include "migrationstep.h"
#include "model/libraryerror.h"
#include "outlinemigration.h"
#include "sanctionversionmigration.h"
#include "sqlvalues.h"
#include "tablesmigration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench::migrations {

namespace {

/// On PostgreSQL several clients may open an old library at once: the first to take the lock
/// migrates, the others wait and then find the step done. Released at commit.
bool stepStillNeeded(Database &db, int version)
{
    const QString lock = db.dialect().migrationLock();
    if (lock.isEmpty())
        return true;
    db.exec(lock);
    return currentVersion(db) < version;
}

} // namespace

const QList<Migration> &all()
{
    static const QList<Migration> list{
        {1, QT_TRANSLATE_NOOP("casebench", "cases, sanctions, documents, factors and passages"),
         sqliteTables(), postgresTables()},
        {2, QT_TRANSLATE_NOOP("casebench", "full-text index over document titles and text"),
         sqliteFullText(), postgresFullText()},
        {3,
         QT_TRANSLATE_NOOP("casebench",
                           "document outlines, pages, source formats and import suggestions"),
         sqliteImportOutlines(), postgresImportOutlines()},
        {4,
         QT_TRANSLATE_NOOP("casebench",
                           "codebook phrases, dismissed suggestions and orphaned passages"),
         sqliteCodebookPhrases(), postgresCodebookPhrases()},
        {5, QT_TRANSLATE_NOOP("casebench", "anonymisation lists"), sqliteAnonymisation(),
         postgresAnonymisation()},
        {6,
         QT_TRANSLATE_NOOP("casebench",
                           "authors of every edit and passage row versions for team libraries"),
         sqliteCollaboration(), postgresCollaboration()},
        {7, QT_TRANSLATE_NOOP("casebench", "row versions on sanction history entries"),
         sqliteSanctionVersions(), postgresSanctionVersions()},
        {8,
         QT_TRANSLATE_NOOP("casebench",
                           "text fingerprints of documents for finding the same decision twice"),
         sqliteFingerprints(), postgresFingerprints(), fillFingerprints},
    };
    return list;
}

QString tooNew(const QString &shownLocation, int version)
{
    return QCoreApplication::translate(
               "casebench",
               "The library %1 was written by a newer version of Casebench (schema %2); this version reads schema 1 to %3.")
        .arg(shownLocation)
        .arg(version)
        .arg(latestVersion());
}

QString noVersion(const QString &shownLocation)
{
    return QCoreApplication::translate("casebench",
                                       "The library %1 is damaged: it records no schema version.")
        .arg(shownLocation);
}

int latestVersion()
{
    return all().constLast().version;
}

QString describe(int version)
{
    for (const Migration &m : all()) {
        if (m.version == version)
            return u"%1: %2"_s.arg(version).arg(
                QCoreApplication::translate("casebench", m.description));
    }
    return {};
}

int currentVersion(Database &db)
{
    // An empty PostgreSQL database has no casebench_meta yet: version 0.
    const QString hasSchema = db.dialect().hasSchemaQuery();
    if (!hasSchema.isEmpty() && !db.scalar(hasSchema).toBool())
        return 0;
    return db.scalar(db.dialect().schemaVersionQuery()).toInt();
}

void migrate(Database &db, int targetVersion)
{
    // On PostgreSQL a new library is installed in one enclosing transaction (DDL is transactional).
    Q_ASSERT(db.transactionDepth() == 0 || db.dialect().transactionalSchema());
    const int from = currentVersion(db);
    for (const Migration &m : all()) {
        if (m.version <= from || m.version > targetVersion)
            continue;
        Transaction transaction(db);
        try {
            if (!stepStillNeeded(db, m.version))
                continue;
            for (const QString &statement : m.statements(db.dialect().backend))
                db.exec(statement);
            if (m.code)
                m.code(db);
            db.exec(db.dialect().setSchemaVersion(m.version));
        } catch (const LibraryError &e) {
            throw LibraryError(
                e.kind(),
                QCoreApplication::translate(
                    "casebench", "The library %1 could not be upgraded to schema %2 (%3): %4")
                    .arg(sqlvalues::displayPath(db.path()))
                    .arg(m.version)
                    .arg(QCoreApplication::translate("casebench", m.description), e.message()));
        }
        transaction.commit();
    }
}

} // namespace casebench::migrations
