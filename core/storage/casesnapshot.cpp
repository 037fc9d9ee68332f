// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesnapshot.h"

#include "database.h"
#include "library.h"
#include "librarycopier.h"
#include "model/libraryerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

const QString ofCase = u"case_id = ?"_s;
const QString ofDocuments = u"document_id IN (SELECT id FROM documents WHERE case_id = ?)"_s;

} // namespace

const QList<CaseSnapshot::Table> &CaseSnapshot::tables()
{
    // Parents before children, as in the copier's order (librarycopier.cpp). A new table that
    // refers to cases, documents or passages belongs here: tst_casesnapshot fails until it is.
    static const QList<Table> list{
        {u"cases"_s, u"id = ?"_s},
        {u"sanctions"_s, ofCase},
        {u"documents"_s, ofCase},
        {u"document_sources"_s, ofDocuments},
        {u"document_pages"_s, ofDocuments},
        {u"outline_paragraphs"_s, ofDocuments},
        {u"outline_fields"_s, ofDocuments},
        {u"outline_redactions"_s, ofDocuments},
        {u"import_suggestions"_s, ofDocuments},
        {u"passages"_s, ofDocuments},
        {u"suggestion_dismissals"_s, ofDocuments},
        {u"anonymisation_entries"_s, ofCase},
        {u"document_fingerprints"_s, ofDocuments},
    };
    return list;
}

CaseSnapshot CaseSnapshot::read(Library &library, CaseId id)
{
    Database &db = databaseOf(library);
    const QStringList present = LibraryCopier::tables(db);
    CaseSnapshot snapshot;
    for (const Table &table : tables()) {
        if (!present.contains(table.name))
            continue;
        Rows rows{table.name, LibraryCopier::columns(db, table.name), {}};
        QSqlQuery q = db.exec(u"SELECT %1 FROM %2 WHERE %3 ORDER BY 1"_s.arg(
                                  rows.columns.join(u", "_s), table.name, table.condition),
                              {QVariant::fromValue(id.value)});
        while (q.next()) {
            QVariantList row;
            row.reserve(rows.columns.size());
            for (int i = 0; i < rows.columns.size(); ++i)
                row.append(q.value(i));
            rows.rows.append(std::move(row));
        }
        if (table.name == u"cases"_s && rows.rows.isEmpty()) {
            throw LibraryError(
                LibraryError::Kind::NotFound,
                QCoreApplication::translate("casebench", "The case (id %1) no longer exists.")
                    .arg(id.value));
        }
        snapshot.m_tables.append(std::move(rows));
    }
    snapshot.m_caseId = id;
    return snapshot;
}

void CaseSnapshot::restore(Library &library) const
{
    Database &db = databaseOf(library);
    Transaction transaction(db);
    for (const Rows &rows : m_tables) {
        QStringList marks;
        for (qsizetype i = 0; i < rows.columns.size(); ++i)
            marks.append(u"?"_s);
        const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            rows.table, rows.columns.join(u", "_s), marks.join(u", "_s));
        for (const QVariantList &row : rows.rows)
            db.exec(sql, row);
    }
    transaction.commit();
}

qsizetype CaseSnapshot::rowCount(const QString &table) const
{
    for (const Rows &rows : m_tables) {
        if (rows.table == table)
            return rows.rows.size();
    }
    return 0;
}

} // namespace casebench
