// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanctionrepository.h"

#include "authorship.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench", text);
}

const QString selectSanction = uR"(SELECT id, case_id, sequence, outcome, type, duration_months,
    decided_on, start_date, review_hearing, conditions FROM sanctions)"_s;

Sanction readSanction(const Database &db, const QSqlQuery &q)
{
    Sanction s;
    s.id = toId<SanctionId>(q.value(0));
    s.caseId = toId<CaseId>(q.value(1));
    s.sequence = toInt(q.value(2));
    s.outcome = toEnum<ReviewOutcome>(db, q.value(3), u"sanctions.outcome"_s);
    s.type = toEnum<SanctionType>(db, q.value(4), u"sanctions.type"_s);
    s.durationMonths = toOptionalInt(q.value(5));
    s.decidedOn = toDate(q.value(6));
    s.startDate = toDate(q.value(7));
    s.reviewHearing = q.value(8).toInt() != 0;
    s.conditions = q.value(9).toString();
    return s;
}

/// The reference of the case, or NotFound when there is no such case.
QString caseReference(Database &db, CaseId caseId)
{
    const QVariant reference = db.scalar(u"SELECT reference FROM cases WHERE id = ?"_s,
                                         {fromId(caseId)});
    if (!reference.isValid()) {
        throw LibraryError(Kind::NotFound,
                           tr("There is no case with id %1 for this sanction.").arg(caseId.value));
    }
    return reference.toString();
}

/// Refuses a second entry at the same position of a case's history.
void ensurePositionFree(Database &db, const Sanction &s)
{
    const QVariant other = db.scalar(
        u"SELECT id FROM sanctions WHERE case_id = ? AND sequence = ? AND id %1 ?"_s.arg(db.dialect().isNot()),
        {fromId(s.caseId), s.sequence, fromId(s.id)});
    if (other.isValid()) {
        throw LibraryError(
            Kind::Constraint,
            tr("The sanction history of the case “%1” already has an entry at position %2.")
                .arg(caseReference(db, s.caseId))
                .arg(s.sequence));
    }
}

QVariantList fieldValues(const Sanction &s)
{
    return {fromId(s.caseId),
            s.sequence,
            fromEnum(s.outcome),
            fromEnum(s.type),
            fromOptionalInt(s.durationMonths),
            fromDate(s.decidedOn),
            fromDate(s.startDate),
            s.reviewHearing ? 1 : 0,
            fromText(s.conditions)};
}

Sanction insert(Database &db, const Sanction &s)
{
    QVariantList values{fromId(s.id)};
    values << fieldValues(s);
    QSqlQuery q = db.exec(uR"(INSERT INTO sanctions (id, case_id, sequence, outcome, type,
        duration_months, decided_on, start_date, review_hearing, conditions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
                          values);
    q.next();
    Sanction stored = s;
    stored.id = toId<SanctionId>(q.value(0));
    return stored;
}

/// Schema 6: who wrote the sanctions selected by `column` = `value` (id or case_id) last.
void stampAuthor(Database &db, const QString &column, const QVariant &value)
{
    if (authorship::available(db)) {
        db.exec(u"UPDATE sanctions SET modified_by = ? WHERE %1 = ?"_s.arg(column),
                {authorship::currentAuthor(db), value});
    }
}

} // namespace

Sanction SanctionRepository::add(const Sanction &s)
{
    Transaction transaction(m_db);
    caseReference(m_db, s.caseId);
    ensurePositionFree(m_db, s);
    const Sanction stored = insert(m_db, s);
    stampAuthor(m_db, u"id"_s, fromId(stored.id));
    transaction.commit();
    return stored;
}

void SanctionRepository::update(const Sanction &s)
{
    Transaction transaction(m_db);
    if (!find(s.id))
        throw LibraryError(Kind::NotFound,
                           tr("There is no sanction with id %1 to change.").arg(s.id.value));
    caseReference(m_db, s.caseId);
    ensurePositionFree(m_db, s);
    QVariantList values = fieldValues(s);
    values << fromId(s.id);
    m_db.exec(uR"(UPDATE sanctions SET case_id = ?, sequence = ?, outcome = ?, type = ?,
        duration_months = ?, decided_on = ?, start_date = ?, review_hearing = ?, conditions = ?
        WHERE id = ?)"_s,
              values);
    stampAuthor(m_db, u"id"_s, fromId(s.id));
    transaction.commit();
}

void SanctionRepository::remove(SanctionId id)
{
    Transaction transaction(m_db);
    const QSqlQuery q = m_db.exec(u"DELETE FROM sanctions WHERE id = ?"_s, {fromId(id)});
    if (q.numRowsAffected() == 0)
        throw LibraryError(Kind::NotFound,
                           tr("There is no sanction with id %1 to remove.").arg(id.value));
    transaction.commit();
}

void SanctionRepository::replaceHistory(CaseId caseId, const QList<Sanction> &history)
{
    Transaction transaction(m_db);
    caseReference(m_db, caseId);
    m_db.exec(u"DELETE FROM sanctions WHERE case_id = ?"_s, {fromId(caseId)});
    for (Sanction s : history) {
        s.caseId = caseId;
        ensurePositionFree(m_db, s);
        insert(m_db, s);
    }
    stampAuthor(m_db, u"case_id"_s, fromId(caseId));
    transaction.commit();
}

std::optional<Sanction> SanctionRepository::find(SanctionId id)
{
    QSqlQuery q = m_db.exec(selectSanction + u" WHERE id = ?"_s, {fromId(id)});
    if (!q.next())
        return std::nullopt;
    return readSanction(m_db, q);
}

QList<Sanction> SanctionRepository::forCase(CaseId caseId)
{
    QList<Sanction> list;
    QSqlQuery q = m_db.exec(selectSanction + u" WHERE case_id = ? ORDER BY sequence"_s,
                            {fromId(caseId)});
    while (q.next())
        list.append(readSanction(m_db, q));
    return list;
}

SanctionHistory SanctionRepository::history(CaseId caseId)
{
    return SanctionHistory(forCase(caseId));
}

QHash<CaseId, QList<Sanction>> SanctionRepository::allByCase()
{
    QHash<CaseId, QList<Sanction>> byCase;
    QSqlQuery q = m_db.exec(selectSanction + u" ORDER BY case_id, sequence"_s);
    while (q.next()) {
        const Sanction s = readSanction(m_db, q);
        byCase[s.caseId].append(s);
    }
    return byCase;
}

} // namespace casebench
