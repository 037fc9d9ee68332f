// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsuggestionrepository.h"

#include "database.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using namespace sqlvalues;
using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::ImportSuggestionRepository)
};

QString selectSuggestion()
{
    return uR"(SELECT s.id, s.document_id, s.field, s.value, s.duration_months, s.outcome,
        s.previous_type, s.start_offset, s.end_offset, s.status FROM import_suggestions s)"_s;
}

template <typename E>
QVariant fromOptionalEnum(const std::optional<E> &value)
{
    return value ? fromEnum(*value) : QVariant();
}

template <typename E>
std::optional<E> toOptionalEnum(const Database &db, const QVariant &value, const QString &column)
{
    if (value.isNull())
        return std::nullopt;
    return toEnum<E>(db, value, column);
}

StoredSuggestion readSuggestion(const Database &db, const QSqlQuery &q)
{
    StoredSuggestion s;
    s.id = toId<SuggestionId>(q.value(0));
    s.document = toId<DocumentId>(q.value(1));
    s.field = toEnum<SuggestionField>(db, q.value(2), u"import_suggestions.field"_s);
    s.value = q.value(3).toString();
    s.durationMonths = toOptionalInt(q.value(4));
    s.outcome = toOptionalEnum<ReviewOutcome>(db, q.value(5), u"import_suggestions.outcome"_s);
    s.previousType = toOptionalEnum<SanctionType>(db, q.value(6),
                                                  u"import_suggestions.previous_type"_s);
    s.start = q.value(7).toInt();
    s.end = q.value(8).toInt();
    s.status = toEnum<SuggestionStatus>(db, q.value(9), u"import_suggestions.status"_s);
    return s;
}

} // namespace

QList<StoredSuggestion> ImportSuggestionRepository::add(DocumentId id,
                                                        const QList<StoredSuggestion> &suggestions)
{
    Transaction transaction(m_db);
    if (!m_db.scalar(u"SELECT 1 FROM documents WHERE id = ?"_s, {fromId(id)}).isValid()) {
        throw LibraryError(
            Kind::NotFound,
            Tr::tr("There is no document with id %1 to store suggestions for.").arg(id.value));
    }
    QList<StoredSuggestion> stored;
    for (StoredSuggestion s : suggestions) {
        s.document = id;
        QSqlQuery q = m_db.exec(
            uR"(INSERT INTO import_suggestions (document_id, field, value, duration_months,
                outcome, previous_type, start_offset, end_offset, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
            {fromId(id), fromEnum(s.field), fromText(s.value), fromOptionalInt(s.durationMonths),
             fromOptionalEnum(s.outcome), fromOptionalEnum(s.previousType), s.start, s.end,
             fromEnum(s.status)});
        q.next();
        s.id = toId<SuggestionId>(q.value(0));
        q.finish();
        stored.append(s);
    }
    transaction.commit();
    return stored;
}

std::optional<StoredSuggestion> ImportSuggestionRepository::find(SuggestionId id)
{
    QSqlQuery q = m_db.exec(selectSuggestion() + u" WHERE s.id = ?"_s, {fromId(id)});
    if (!q.next())
        return std::nullopt;
    return readSuggestion(m_db, q);
}

QList<StoredSuggestion> ImportSuggestionRepository::forDocument(DocumentId id)
{
    QList<StoredSuggestion> list;
    QSqlQuery q = m_db.exec(selectSuggestion() + u" WHERE s.document_id = ? ORDER BY s.id"_s,
                            {fromId(id)});
    while (q.next())
        list.append(readSuggestion(m_db, q));
    return list;
}

QList<StoredSuggestion> ImportSuggestionRepository::forCase(CaseId caseId)
{
    QList<StoredSuggestion> list;
    QSqlQuery q = m_db.exec(selectSuggestion()
                                + u" JOIN documents d ON d.id = s.document_id WHERE d.case_id = ?"
                                  u" ORDER BY d.id, s.id"_s,
                            {fromId(caseId)});
    while (q.next())
        list.append(readSuggestion(m_db, q));
    return list;
}

QList<CaseId> ImportSuggestionRepository::casesWithOpenSuggestions()
{
    QList<CaseId> ids;
    QSqlQuery q = m_db.exec(u"SELECT DISTINCT d.case_id FROM import_suggestions s"
                            u" JOIN documents d ON d.id = s.document_id WHERE s.status = ?"
                            u" ORDER BY d.case_id"_s,
                            {fromEnum(SuggestionStatus::Pending)});
    while (q.next())
        ids.append(CaseId(q.value(0).toLongLong()));
    return ids;
}

void ImportSuggestionRepository::setStatus(SuggestionId id, SuggestionStatus status)
{
    Transaction transaction(m_db);
    const QSqlQuery q = m_db.exec(u"UPDATE import_suggestions SET status = ? WHERE id = ?"_s,
                                  {fromEnum(status), fromId(id)});
    if (q.numRowsAffected() == 0)
        throw LibraryError(Kind::NotFound,
                           Tr::tr("There is no suggestion with id %1.").arg(id.value));
    transaction.commit();
}

} // namespace casebench
