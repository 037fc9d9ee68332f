// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycopier.h"

#include "analysisrepository.h"
#include "database.h"
#include "library.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::LibraryCopier)
};

QString shown(const QString &location)
{
    return Library::isUrl(location) ? location : sqlvalues::displayPath(location);
}

/// Parents before children: rows of a later table refer only to earlier ones. Tables a later
/// schema adds and this list does not name follow in name order. The tables that belong to a
/// case are listed again, with how their rows are found, in casesnapshot.cpp.
const QStringList copyOrder{
    u"factors"_s,
    u"factor_phrases"_s,
    u"cases"_s,
    u"sanctions"_s,
    u"documents"_s,
    u"document_sources"_s,
    u"document_pages"_s,
    u"outline_paragraphs"_s,
    u"outline_fields"_s,
    u"outline_redactions"_s,
    u"import_suggestions"_s,
    u"passages"_s,
    u"suggestion_dismissals"_s,
};

/// The library's own tables: not SQLite's bookkeeping, the FTS5 index (rebuilt, not copied) or
/// PostgreSQL's casebench_meta (written by the schema itself).
QStringList tablesOf(Database &db)
{
    QStringList tables;
    QSqlQuery q = db.exec(db.dialect().libraryTables());
    while (q.next())
        tables.append(q.value(0).toString());
    std::sort(tables.begin(), tables.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = copyOrder.indexOf(a);
        const qsizetype ib = copyOrder.indexOf(b);
        if (ia != ib)
            return (ia < 0 ? copyOrder.size() : ia) < (ib < 0 ? copyOrder.size() : ib);
        return a < b;
    });
    return tables;
}

/// The columns a row is written with (PostgreSQL's generated columns, such as the tsvector,
/// are computed by the server and left out).
QStringList columnsOf(Database &db, const QString &table)
{
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]*$"_s);
    if (!identifier.match(table).hasMatch()) {
        throw LibraryError(
            Kind::InvalidData,
            Tr::tr("The library %1 holds a table named “%2”, which Casebench does not copy.")
                .arg(shown(db.path()), table));
    }
    QStringList columns;
    QSqlQuery q = db.exec(db.dialect().writtenColumns(), {table});
    while (q.next())
        columns.append(q.value(0).toString());
    return columns;
}

qint64 countRows(Database &db, const QString &table)
{
    return db.scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
}

LibraryError copyFailed(Database &destination, const QString &table, const QSqlError &error)
{
    return LibraryError(Kind::Sql, Tr::tr("The table %1 could not be copied into %2: %3.")
                                       .arg(table, shown(destination.path()),
                                            error.databaseText().trimmed().isEmpty()
                                                ? error.text().trimmed()
                                                : error.databaseText().trimmed()));
}

/// Copies one table's rows; factors' parents are written in a second pass, once every factor
/// they may point to is there.
qint64 copyTable(Database &from, Database &to, const QString &table, const QStringList &columns)
{
    const bool deferParents = table == u"factors"_s && columns.contains(u"parent_id"_s);
    const qsizetype parentColumn = deferParents ? columns.indexOf(u"parent_id"_s) : -1;
    QSqlQuery read = from.exec(u"SELECT %1 FROM %2 ORDER BY 1"_s.arg(columns.join(u", "_s), table));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?"_s);
    QSqlQuery write(to.connection());
    if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                                marks.join(u", "_s))))
        throw copyFailed(to, table, write.lastError());
    QList<QPair<QVariant, QVariant>> parents; // (id, parent_id)
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = read.value(i);
            if (i == parentColumn && !value.isNull()) {
                parents.append({read.value(0), value});
                value = QVariant(QMetaType::fromType<qlonglong>());
            }
            write.bindValue(i, value);
        }
        if (!write.exec())
            throw copyFailed(to, table, write.lastError());
        ++rows;
    }
    if (!parents.isEmpty()) {
        QSqlQuery parent(to.connection());
        if (!parent.prepare(u"UPDATE factors SET parent_id = ? WHERE id = ?"_s))
            throw copyFailed(to, table, parent.lastError());
        for (const auto &[id, parentId] : std::as_const(parents)) {
            parent.bindValue(0, parentId);
            parent.bindValue(1, id);
            if (!parent.exec())
                throw copyFailed(to, table, parent.lastError());
        }
    }
    return rows;
}

} // namespace

qint64 LibraryCopier::Report::totalRows() const
{
    qint64 total = 0;
    for (const auto &table : tables)
        total += table.second;
    return total;
}

QStringList LibraryCopier::tables(Database &db)
{
    return tablesOf(db);
}

QStringList LibraryCopier::columns(Database &db, const QString &table)
{
    return columnsOf(db, table);
}

LibraryCopier::Report LibraryCopier::copyInto(Library &source, Library &destination)
{
    Database &from = databaseOf(source);
    Database &to = databaseOf(destination);
    if (source.schemaVersion() != destination.schemaVersion()) {
        throw LibraryError(
            Kind::InvalidData,
            Tr::tr(
                "The library %1 is at schema %2 and %3 at schema %4; a copy needs both at the same schema.")
                .arg(shown(from.path()))
                .arg(source.schemaVersion())
                .arg(shown(to.path()))
                .arg(destination.schemaVersion()));
    }
    const QStringList tables = tablesOf(from);
    const QStringList destinationTables = tablesOf(to);
    for (const QString &table : tables) {
        if (!destinationTables.contains(table)) {
            throw LibraryError(
                Kind::InvalidData,
                Tr::tr("The library %1 has a table %2 that %3 lacks, so it cannot be copied there.")
                    .arg(shown(from.path()), table, shown(to.path())));
        }
    }

    Report report;
    Transaction transaction(to);
    // The copy is not a reviewer's edit: the change triggers stay quiet (migration 6).
    if (const QString quiet = to.dialect().quietChanges(); !quiet.isEmpty())
        to.exec(quiet);
    // A new library holds the default codebook; the source's takes its place, ids and all.
    // Parents are let go first: factors refer to each other with ON DELETE RESTRICT.
    to.exec(u"UPDATE factors SET parent_id = NULL"_s);
    for (auto it = destinationTables.crbegin(); it != destinationTables.crend(); ++it)
        to.exec(u"DELETE FROM %1"_s.arg(*it));
    for (const QString &table : tables) {
        const QStringList targetColumns = columnsOf(to, table);
        QStringList columns;
        for (const QString &column : columnsOf(from, table)) {
            if (targetColumns.contains(column))
                columns.append(column);
        }
        const qint64 rows = copyTable(from, to, table, columns);
        const qint64 expected = countRows(from, table);
        if (rows != expected || countRows(to, table) != expected) {
            throw LibraryError(
                Kind::Io,
                Tr::tr(
                    "The table %1 was not copied whole into %2 (%3 of %4 rows); nothing was kept.")
                    .arg(table, shown(to.path()))
                    .arg(countRows(to, table))
                    .arg(expected));
        }
        report.tables.append({table, rows});
    }
    // SQLite's triggers indexed each document as it came; a rebuild makes sure of the whole.
    if (const QString rebuild = to.dialect().rebuildFullText(); !rebuild.isEmpty())
        to.exec(rebuild);
    transaction.commit();
    AnalysisRepository(to).refreshStatistics();
    return report;
}

LibraryCopier::Report LibraryCopier::copy(const QString &source, const QString &destination,
                                          const QString &sourcePassword,
                                          const QString &destinationPassword)
{
    if (source == destination
        || (!Library::isUrl(source) && !Library::isUrl(destination)
            && QFileInfo(source).absoluteFilePath() == QFileInfo(destination).absoluteFilePath())) {
        throw LibraryError(
            Kind::InvalidData,
            Tr::tr("The library %1 cannot be copied onto itself.").arg(shown(source)));
    }
    if (!Library::isUrl(destination) && QFileInfo::exists(destination)) {
        throw LibraryError(
            Kind::AlreadyExists,
            Tr::tr("The file %1 already exists; copy-library writes only a new library.")
                .arg(shown(destination)));
    }
    const auto from = Library::open(source, sourcePassword);
    // The new library's schema and the copy commit together on a server (PostgreSQL's DDL is
    // transactional), and a new file is removed again: a failed copy leaves nothing behind.
    Report report;
    std::unique_ptr<Library> to = Library::createFilled(
        destination, [&](Library &library) { report = copyInto(*from, library); },
        destinationPassword);
    // Inside the creation transaction only ANALYZE could run; VACUUM also updates the GIN index.
    to->analysis().refreshStatistics();
    return report;
}

} // namespace casebench
