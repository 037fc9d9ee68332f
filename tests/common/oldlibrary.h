// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A white-box test of storage: it reaches the connection (raw SQL, old schemas).
#ifndef CASEBENCH_STORAGE_INTERNAL
#define CASEBENCH_STORAGE_INTERNAL
#endif

// Rows written in SQL into a library at an old schema (Library::createAtVersion), which only
// migration tests make: the repositories work on the latest schema alone. Each writes the
// columns every schema since 1 has, encoded as the repositories encode them.

#include "model/case.h"
#include "model/document.h"
#include "model/passage.h"
#include "model/sanction.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace casebench::test {

inline CaseId insertOldCase(Database &db, const Case &c)
{
    using namespace sqlvalues;
    const QString now = fromTimestamp(sqlvalues::now()).toString();
    QSqlQuery q = db.exec(
        QStringLiteral(
            "INSERT INTO cases (reference, title, regulator, profession, registrant, hearing_type,"
            " hearing_date, decision_date, allegation_summary, facts_finding, grounds, impairment,"
            " role, notes, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id"),
        {fromText(c.reference), fromText(c.title), fromEnum(c.regulator), fromText(c.profession),
         fromText(c.registrant), fromEnum(c.hearingType), fromDate(c.hearingDate),
         fromDate(c.decisionDate), fromText(c.allegationSummary), fromEnum(c.factsFinding),
         fromEnumList(c.grounds), fromEnum(c.impairment), fromEnum(c.role), fromText(c.notes), now,
         now});
    q.next();
    return CaseId(q.value(0).toLongLong());
}

inline SanctionId insertOldSanction(Database &db, const Sanction &s)
{
    using namespace sqlvalues;
    QSqlQuery q = db.exec(
        QStringLiteral("INSERT INTO sanctions (case_id, sequence, outcome, type, duration_months,"
                       " decided_on, start_date, review_hearing, conditions)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {fromId(s.caseId), s.sequence, fromEnum(s.outcome), fromEnum(s.type),
         fromOptionalInt(s.durationMonths), fromDate(s.decidedOn), fromDate(s.startDate),
         s.reviewHearing ? 1 : 0, fromText(s.conditions)});
    q.next();
    return SanctionId(q.value(0).toLongLong());
}

inline DocumentId insertOldDocument(Database &db, const Document &d)
{
    using namespace sqlvalues;
    QSqlQuery q = db.exec(
        QStringLiteral("INSERT INTO documents (case_id, kind, title, source_file_name,"
                       " content_hash, text, date, imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id"),
        {fromId(d.caseId), fromEnum(d.kind), fromText(d.title), fromText(d.sourceFileName),
         d.contentHash.isEmpty() ? Document::hashOfText(d.text) : d.contentHash, fromText(d.text),
         fromDate(d.date), fromTimestamp(d.imported.isValid() ? d.imported : sqlvalues::now())});
    q.next();
    return DocumentId(q.value(0).toLongLong());
}

inline PassageId insertOldPassage(Database &db, const Passage &p)
{
    using namespace sqlvalues;
    const QString now = fromTimestamp(sqlvalues::now()).toString();
    QSqlQuery q = db.exec(
        QStringLiteral("INSERT INTO passages (document_id, factor_id, start_offset, end_offset,"
                       " quote, prefix, suffix, note, author, created, modified)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {fromId(p.document), fromId(p.factor), p.start, p.end, fromText(p.quote),
         fromText(p.prefix), fromText(p.suffix), fromText(p.note), fromText(p.author), now, now});
    q.next();
    return PassageId(q.value(0).toLongLong());
}

/// The id of the factor with `key` (the old library has the default codebook's factors).
inline FactorId oldFactorId(Database &db, const QString &key)
{
    return FactorId(
        db.scalar(QStringLiteral("SELECT id FROM factors WHERE key = ?"), {key}).toLongLong());
}

} // namespace casebench::test
