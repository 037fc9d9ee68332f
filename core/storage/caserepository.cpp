// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserepository.h"

#include "authorship.h"
#include "database.h"
#include "model/conflicterror.h"
#include "model/libraryerror.h"
#include "sanctionrepository.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using namespace sqlvalues;
using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::CaseRepository)
};

const QString selectCase = uR"(SELECT id, reference, title, regulator, profession, registrant,
    hearing_type, hearing_date, decision_date, allegation_summary, facts_finding, grounds,
    impairment, role, notes, created, modified, row_version, modified_by FROM cases)"_s;

Case readCase(const Database &db, const QSqlQuery &q)
{
    Case c;
    c.id = toId<CaseId>(q.value(0));
    c.reference = q.value(1).toString();
    c.title = q.value(2).toString();
    c.regulator = toEnum<Regulator>(db, q.value(3), u"cases.regulator"_s);
    c.profession = q.value(4).toString();
    c.registrant = q.value(5).toString();
    c.hearingType = toEnum<HearingType>(db, q.value(6), u"cases.hearing_type"_s);
    c.hearingDate = toDate(q.value(7));
    c.decisionDate = toDate(q.value(8));
    c.allegationSummary = q.value(9).toString();
    c.factsFinding = toEnum<FactsFinding>(db, q.value(10), u"cases.facts_finding"_s);
    c.grounds = toEnumList<StatutoryGround>(db, q.value(11), u"cases.grounds"_s);
    c.impairment = toEnum<ImpairmentFinding>(db, q.value(12), u"cases.impairment"_s);
    c.role = toEnum<CaseRole>(db, q.value(13), u"cases.role"_s);
    c.notes = q.value(14).toString();
    c.created = toTimestamp(q.value(15));
    c.modified = toTimestamp(q.value(16));
    c.rowVersion = toInt(q.value(17));
    c.modifiedBy = q.value(18).toString();
    return c;
}

/// The columns every write sets, in the order of the statements below.
QVariantList fieldValues(const Case &c)
{
    return {fromText(c.reference),    fromText(c.title),        fromEnum(c.regulator),
            fromText(c.profession),   fromText(c.registrant),   fromEnum(c.hearingType),
            fromDate(c.hearingDate),  fromDate(c.decisionDate), fromText(c.allegationSummary),
            fromEnum(c.factsFinding), fromEnumList(c.grounds),  fromEnum(c.impairment),
            fromEnum(c.role),         fromText(c.notes)};
}

/// Counts per case from a "SELECT case_id, count(*) … GROUP BY case_id" query.
QHash<CaseId, int> countsByCase(QSqlQuery q)
{
    QHash<CaseId, int> counts;
    while (q.next())
        counts.insert(toId<CaseId>(q.value(0)), q.value(1).toInt());
    return counts;
}

const QString documentCounts = u"SELECT case_id, count(*) FROM documents %1 GROUP BY case_id"_s;
const QString passageCounts = uR"(SELECT d.case_id, count(*) FROM passages p
    JOIN documents d ON d.id = p.document_id %1 GROUP BY d.case_id)"_s;

} // namespace

Case CaseRepository::add(const Case &c)
{
    Transaction transaction(m_db);
    if (findByReference(c.reference)) {
        throw LibraryError(Kind::Constraint,
                           Tr::tr("A case with reference “%1” already exists.").arg(c.reference));
    }
    if (c.id.isValid() && find(c.id)) {
        throw LibraryError(
            Kind::Constraint,
            Tr::tr("A case with id %1 already exists, so “%2” cannot be restored under it.")
                .arg(c.id.value)
                .arg(c.reference));
    }
    Case stored = c;
    const QDateTime now = sqlvalues::now();
    stored.created = c.created.isValid() ? toTimestamp(fromTimestamp(c.created)) : now;
    stored.modified = now;
    stored.rowVersion = 1;
    stored.modifiedBy = authorship::currentAuthor(m_db);
    QVariantList values{fromId(c.id)};
    values << fieldValues(stored) << fromTimestamp(stored.created) << fromTimestamp(stored.modified)
           << stored.rowVersion << stored.modifiedBy;
    QSqlQuery q = m_db.exec(uR"(INSERT INTO cases (id, reference, title, regulator, profession,
        registrant, hearing_type, hearing_date, decision_date, allegation_summary, facts_finding,
        grounds, impairment, role, notes, created, modified, row_version, modified_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
                            values);
    q.next();
    stored.id = toId<CaseId>(q.value(0));
    q.finish();
    transaction.commit();
    m_written.insert(stored.id, stored.rowVersion);
    return stored;
}

Case CaseRepository::update(const Case &c)
{
    Transaction transaction(m_db);
    const auto other = findByReference(c.reference);
    if (other && other->id != c.id) {
        throw LibraryError(Kind::Constraint,
                           Tr::tr("A case with reference “%1” already exists.").arg(c.reference));
    }
    const QDateTime now = sqlvalues::now();
    QVariantList values = fieldValues(c);
    // The writer's name goes in the same statement: one write, and one change announced.
    values << fromTimestamp(now) << authorship::currentAuthor(m_db) << fromId(c.id) << c.rowVersion;
    const QSqlQuery q = m_db.exec(uR"(UPDATE cases SET reference = ?, title = ?, regulator = ?,
        profession = ?, registrant = ?, hearing_type = ?, hearing_date = ?, decision_date = ?,
        allegation_summary = ?, facts_finding = ?, grounds = ?, impairment = ?, role = ?,
        notes = ?, modified = ?, modified_by = ?, row_version = row_version + 1
        WHERE id = ? AND row_version = ?)"_s,
                                  values);
    if (q.numRowsAffected() == 0) {
        if (const auto current = find(c.id)) {
            ConflictError error(
                Tr::tr(
                    "The case “%1” was changed elsewhere after it was read; reload it and make the change again.")
                    .arg(c.reference),
                current->modifiedBy, current->modified);
            error.currentCase = current;
            throw error;
        }
        throw LibraryError(Kind::NotFound,
                           Tr::tr("The case “%1” no longer exists.").arg(c.reference));
    }
    const auto stored = find(c.id);
    transaction.commit();
    m_written.insert(c.id, stored->rowVersion);
    return *stored;
}

void CaseRepository::remove(CaseId id)
{
    Transaction transaction(m_db);
    const QSqlQuery q = m_db.exec(u"DELETE FROM cases WHERE id = ?"_s, {fromId(id)});
    if (q.numRowsAffected() == 0)
        throw LibraryError(Kind::NotFound,
                           Tr::tr("There is no case with id %1 to remove.").arg(id.value));
    transaction.commit();
}

std::optional<Case> CaseRepository::find(CaseId id)
{
    QSqlQuery q = m_db.exec(selectCase + u" WHERE id = ?"_s, {fromId(id)});
    if (!q.next())
        return std::nullopt;
    return readCase(m_db, q);
}

std::optional<Case> CaseRepository::findByReference(const QString &reference)
{
    // Case-insensitive, as UNIQUE is: the column's NOCASE collation on SQLite, lower() on
    // PostgreSQL (its unique index).
    const Dialect &dialect = m_db.dialect();
    QSqlQuery q = m_db.exec(
        selectCase + u" WHERE %1 = %2"_s.arg(dialect.noCase(u"reference"_s), dialect.noCaseValue()),
        {reference});
    if (!q.next())
        return std::nullopt;
    return readCase(m_db, q);
}

QList<Case> CaseRepository::all()
{
    QList<Case> cases;
    QSqlQuery q = m_db.exec(selectCase
                            + u" ORDER BY %1, id"_s.arg(m_db.dialect().noCase(u"reference"_s)));
    while (q.next())
        cases.append(readCase(m_db, q));
    return cases;
}

QList<CaseSummary> CaseRepository::summaries()
{
    // Four queries whatever the number of cases: cases, sanctions, and two grouped counts.
    const QList<Case> cases = all();
    const QHash<CaseId, QList<Sanction>> sanctions = SanctionRepository(m_db).allByCase();
    const QHash<CaseId, int> documents = countsByCase(m_db.exec(documentCounts.arg(QString())));
    const QHash<CaseId, int> passages = countsByCase(m_db.exec(passageCounts.arg(QString())));
    QList<CaseSummary> summaries;
    summaries.reserve(cases.size());
    for (const Case &c : cases) {
        CaseSummary s;
        s.caseRecord = c;
        s.currentSanction = SanctionHistory(sanctions.value(c.id)).current();
        s.documentCount = documents.value(c.id);
        s.passageCount = passages.value(c.id);
        summaries.append(s);
    }
    return summaries;
}

std::optional<CaseSummary> CaseRepository::summary(CaseId id)
{
    const auto c = find(id);
    if (!c)
        return std::nullopt;
    CaseSummary s;
    s.caseRecord = *c;
    s.currentSanction = SanctionRepository(m_db).history(id).current();
    s.documentCount = countsByCase(
                          m_db.exec(documentCounts.arg(u"WHERE case_id = ?"_s), {fromId(id)}))
                          .value(id);
    s.passageCount = countsByCase(
                         m_db.exec(passageCounts.arg(u"WHERE d.case_id = ?"_s), {fromId(id)}))
                         .value(id);
    return s;
}

int CaseRepository::count()
{
    return m_db.scalar(u"SELECT count(*) FROM cases"_s).toInt();
}

} // namespace casebench
