// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationrepository.h"

#include "database.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench {

using namespace sqlvalues;

namespace {

constexpr auto selectColumns
    = u"SELECT id, case_id, position, original, replacement, kind, confirmed FROM anonymisation_entries ";

AnonymisationRepository::Row readRow(const Database &db, const QSqlQuery &q)
{
    AnonymisationRepository::Row row;
    row.entry.id = q.value(0).toLongLong();
    row.caseId = toId<CaseId>(q.value(1));
    row.position = toInt(q.value(2));
    row.entry.original = q.value(3).toString();
    row.entry.replacement = q.value(4).toString();
    row.entry.kind = toEnum<AnonymisationEntry::Kind>(db, q.value(5),
                                                      u"anonymisation_entries.kind"_s);
    row.entry.confirmed = q.value(6).toInt() != 0;
    return row;
}

[[noreturn]] void notFound(qint64 id)
{
    throw LibraryError(
        LibraryError::Kind::NotFound,
        QCoreApplication::translate("casebench", "There is no anonymisation list entry with id %1.")
            .arg(id));
}

} // namespace

QList<AnonymisationEntry> AnonymisationRepository::forCase(CaseId caseId)
{
    QList<AnonymisationEntry> entries;
    for (const Row &row : rows(caseId))
        entries.append(row.entry);
    return entries;
}

QList<AnonymisationRepository::Row> AnonymisationRepository::rows(CaseId caseId)
{
    QList<Row> list;
    QSqlQuery q = m_db.exec(QString::fromUtf16(selectColumns)
                                + u"WHERE case_id = ? ORDER BY position, id"_s,
                            {fromId(caseId)});
    while (q.next())
        list.append(readRow(m_db, q));
    return list;
}

AnonymisationRepository::Row AnonymisationRepository::find(qint64 id)
{
    QSqlQuery q = m_db.exec(QString::fromUtf16(selectColumns) + u"WHERE id = ?"_s, {id});
    if (!q.next())
        notFound(id);
    return readRow(m_db, q);
}

AnonymisationEntry AnonymisationRepository::add(CaseId caseId, const AnonymisationEntry &entry,
                                                int position)
{
    if (entry.original.trimmed().isEmpty()) {
        throw LibraryError(
            LibraryError::Kind::Constraint,
            QCoreApplication::translate("casebench",
                                        "An anonymisation list entry needs a name to replace."));
    }
    Transaction transaction(m_db);
    if (position < 0) {
        position
            = m_db.scalar(
                      u"SELECT COALESCE(MAX(position) + 1, 0) FROM anonymisation_entries WHERE case_id = ?"_s,
                      {fromId(caseId)})
                  .toInt();
    }
    QSqlQuery q = m_db.exec(uR"(INSERT INTO anonymisation_entries (id, case_id, position, original,
        replacement, kind, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
                            {entry.id > 0 ? QVariant(entry.id) : QVariant(), fromId(caseId),
                             position, fromText(entry.original), fromText(entry.replacement),
                             fromEnum(entry.kind), entry.confirmed ? 1 : 0});
    q.next();
    AnonymisationEntry stored = entry;
    stored.id = q.value(0).toLongLong();
    q.finish();
    transaction.commit();
    return stored;
}

void AnonymisationRepository::restore(const QList<Row> &rows)
{
    Transaction transaction(m_db);
    for (const Row &row : rows)
        add(row.caseId, row.entry, row.position);
    transaction.commit();
}

QList<AnonymisationEntry> AnonymisationRepository::replaceForCase(
    CaseId caseId, const QList<AnonymisationEntry> &entries)
{
    Transaction transaction(m_db);
    m_db.exec(u"DELETE FROM anonymisation_entries WHERE case_id = ?"_s, {fromId(caseId)});
    QList<AnonymisationEntry> stored;
    stored.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        stored.append(add(caseId, entries.at(i), int(i)));
    transaction.commit();
    return stored;
}

void AnonymisationRepository::update(const AnonymisationEntry &entry)
{
    if (entry.original.trimmed().isEmpty()) {
        throw LibraryError(
            LibraryError::Kind::Constraint,
            QCoreApplication::translate("casebench",
                                        "An anonymisation list entry needs a name to replace."));
    }
    Transaction transaction(m_db);
    const QSqlQuery q = m_db.exec(uR"(UPDATE anonymisation_entries SET original = ?,
        replacement = ?, kind = ?, confirmed = ? WHERE id = ?)"_s,
                                  {fromText(entry.original), fromText(entry.replacement),
                                   fromEnum(entry.kind), entry.confirmed ? 1 : 0, entry.id});
    if (q.numRowsAffected() == 0)
        notFound(entry.id);
    transaction.commit();
}

void AnonymisationRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    const QSqlQuery q = m_db.exec(u"DELETE FROM anonymisation_entries WHERE id = ?"_s, {id});
    if (q.numRowsAffected() == 0)
        notFound(id);
    transaction.commit();
}

} // namespace casebench
