// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using namespace sqlvalues;

/// A list of values bound as one JSON array, read back with json_each: one bound value however
/// many terms there are.
QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

/// A term as an FTS5 string: in double quotes, inner quotes doubled.
QString quotedTerm(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

QList<Case> AnalysisRepository::caseOutlines()
{
    QList<Case> cases;
    QSqlQuery q = m_db.exec(
        uR"(SELECT id, reference, title, regulator, profession, role, hearing_date,
        decision_date, facts_finding, grounds, impairment FROM cases ORDER BY %1, id)"_s.arg(
            m_db.dialect().noCase(u"reference"_s)));
    while (q.next()) {
        Case c;
        c.id = toId<CaseId>(q.value(0));
        c.reference = q.value(1).toString();
        c.title = q.value(2).toString();
        c.regulator = toEnum<Regulator>(m_db, q.value(3), u"cases.regulator"_s);
        c.profession = q.value(4).toString();
        c.role = toEnum<CaseRole>(m_db, q.value(5), u"cases.role"_s);
        c.hearingDate = toDate(q.value(6));
        c.decisionDate = toDate(q.value(7));
        c.factsFinding = toEnum<FactsFinding>(m_db, q.value(8), u"cases.facts_finding"_s);
        c.grounds = toEnumList<StatutoryGround>(m_db, q.value(9), u"cases.grounds"_s);
        c.impairment = toEnum<ImpairmentFinding>(m_db, q.value(10), u"cases.impairment"_s);
        cases.append(c);
    }
    return cases;
}

QHash<CaseId, Sanction> AnalysisRepository::lastSanctions()
{
    QHash<CaseId, Sanction> last;
    // The entry that decides each case's outcome (SanctionHistory::outcomeEntry()): its last
    // final order, else its last interim one. The (case_id, sequence) index answers max(sequence)
    // per case without sorting the table.
    QStringList interim;
    for (const auto &entry : EnumTable<SanctionType>::entries) {
        if (sanctionladder::isInterim(entry.value))
            interim.append(u"'"_s + enumIdentifier(entry.value) + u"'"_s);
    }
    QSqlQuery q = m_db.exec(
        uR"(SELECT s.id, s.case_id, s.sequence, s.outcome, s.type, s.duration_months,
        s.decided_on, s.start_date, s.review_hearing, s.conditions FROM sanctions s
        WHERE s.sequence = coalesce(
            (SELECT max(sequence) FROM sanctions WHERE case_id = s.case_id AND type NOT IN (%1)),
            (SELECT max(sequence) FROM sanctions WHERE case_id = s.case_id)))"_s.arg(
            interim.join(u", "_s)));
    while (q.next()) {
        Sanction s;
        s.id = toId<SanctionId>(q.value(0));
        s.caseId = toId<CaseId>(q.value(1));
        s.sequence = toInt(q.value(2));
        s.outcome = toEnum<ReviewOutcome>(m_db, q.value(3), u"sanctions.outcome"_s);
        s.type = toEnum<SanctionType>(m_db, q.value(4), u"sanctions.type"_s);
        s.durationMonths = toOptionalInt(q.value(5));
        s.decidedOn = toDate(q.value(6));
        s.startDate = toDate(q.value(7));
        s.reviewHearing = q.value(8).toInt() != 0;
        s.conditions = q.value(9).toString();
        last.insert(s.caseId, s);
    }
    return last;
}

QHash<CaseId, QList<FactorId>> AnalysisRepository::factorsByCase()
{
    QHash<CaseId, QList<FactorId>> result;
    // One row per case (a list of ids) rather than one per passage: rows are what cost.
    QSqlQuery q = m_db.exec(uR"(SELECT d.case_id, %1 FROM passages p
        JOIN documents d ON d.id = p.document_id GROUP BY d.case_id)"_s.arg(
        m_db.dialect().groupConcatDistinct(u"p.factor_id"_s)));
    while (q.next()) {
        QList<FactorId> &list = result[CaseId(q.value(0).toLongLong())];
        const QString ids = q.value(1).toString();
        for (const QStringView id : QStringView(ids).split(u','))
            list.append(FactorId(id.toLongLong()));
        std::sort(list.begin(), list.end());
    }
    return result;
}

QList<FactorId> AnalysisRepository::factorsOfCase(CaseId caseId)
{
    QList<FactorId> factors;
    QSqlQuery q = m_db.exec(uR"(SELECT DISTINCT p.factor_id FROM passages p
        JOIN documents d ON d.id = p.document_id WHERE d.case_id = ? ORDER BY p.factor_id)"_s,
                            {fromId(caseId)});
    while (q.next())
        factors.append(FactorId(q.value(0).toLongLong()));
    return factors;
}

QList<DocumentStamp> AnalysisRepository::documentStamps()
{
    QList<DocumentStamp> stamps;
    // No length(text): it reads every text's pages (about a second for 10,000 decisions),
    // twenty times the rest of the query.
    QSqlQuery q = m_db.exec(u"SELECT id, case_id, content_hash FROM documents ORDER BY id"_s);
    while (q.next()) {
        DocumentStamp s;
        s.id = toId<DocumentId>(q.value(0));
        s.caseId = toId<CaseId>(q.value(1));
        s.contentHash = q.value(2).toString();
        stamps.append(s);
    }
    return stamps;
}

void AnalysisRepository::documentTexts(const QList<DocumentId> &ids,
                                       const std::function<void(DocumentId, const QString &)> &each)
{
    if (ids.isEmpty())
        return;
    QJsonArray array;
    for (const DocumentId id : ids)
        array.append(id.value);
    QSqlQuery q = m_db.exec(
        u"SELECT id, text FROM documents WHERE id IN (%1)"_s.arg(m_db.dialect().integersFromJson()),
        {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))});
    while (q.next())
        each(toId<DocumentId>(q.value(0)), q.value(1).toString());
}

QList<SuggestionDismissal> AnalysisRepository::dismissedSuggestions()
{
    QList<SuggestionDismissal> list;
    QSqlQuery q = m_db.exec(
        u"SELECT id, document_id, factor_id, quote FROM suggestion_dismissals ORDER BY document_id, id"_s);
    while (q.next()) {
        SuggestionDismissal d;
        d.id = q.value(0).toLongLong();
        d.document = toId<DocumentId>(q.value(1));
        d.factor = toId<FactorId>(q.value(2));
        d.quote = q.value(3).toString();
        list.append(d);
    }
    return list;
}

int AnalysisRepository::documentCount()
{
    return m_db.scalar(u"SELECT count(*) FROM documents"_s).toInt();
}

QStringList AnalysisRepository::sampleTexts(int n)
{
    QStringList texts;
    if (n <= 0)
        return texts;
    // n documents spread evenly over the ids: for each i < n the first document at or after
    // first + (last - first) * i / n and after the one picked before, stopping at the end. One
    // statement (a recursive walk down the primary key) rather than one per document: on a server
    // each round trip costs more than the lookup.
    QSqlQuery q = m_db.exec(uR"(WITH RECURSIVE
        r AS (SELECT min(id) AS first, max(id) AS last FROM documents),
        pick (i, id) AS (
            SELECT 0, (SELECT min(id) FROM documents WHERE id >= (SELECT first FROM r))
            UNION ALL
            SELECT pick.i + 1, (SELECT min(d.id) FROM documents d
                WHERE d.id >= %1(r.first + (r.last - r.first) * (pick.i + 1) / ?, pick.id + 1))
            FROM pick, r WHERE pick.id IS NOT NULL AND pick.i + 1 < ?)
        SELECT d.text FROM pick JOIN documents d ON d.id = pick.id ORDER BY pick.i)"_s.arg(
                                m_db.dialect().greatest()),
                            {n, n});
    while (q.next())
        texts.append(q.value(0).toString());
    return texts;
}

QHash<QString, int> AnalysisRepository::documentFrequencies(const QStringList &terms)
{
    QHash<QString, int> frequencies;
    if (terms.isEmpty())
        return frequencies;
    if (m_db.dialect().isPostgres()) {
        // No vocabulary table: each term is counted through the GIN index.
        QSqlQuery q = m_db.exec(uR"(SELECT t.value, (SELECT count(*) FROM documents
                WHERE search_vector @@ plainto_tsquery('simple', t.value)) AS doc
            FROM (%1) AS t)"_s.arg(m_db.dialect().stringsFromJson()),
                                {jsonList(terms)});
        while (q.next()) {
            if (const int n = q.value(1).toInt(); n > 0)
                frequencies.insert(q.value(0).toString(), n);
        }
        return frequencies;
    }
    // A view of the index's vocabulary in the connection's temporary schema: nothing is added
    // to the library file.
    m_db.exec(
        u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.documents_fts_terms USING fts5vocab(main, documents_fts, row)"_s);
    QSqlQuery q = m_db.exec(uR"(SELECT v.term, v.doc FROM json_each(?) AS j
        JOIN temp.documents_fts_terms AS v ON v.term = j.value)"_s,
                            {jsonList(terms)});
    while (q.next())
        frequencies.insert(q.value(0).toString(), q.value(1).toInt());
    return frequencies;
}

QHash<CaseId, double> AnalysisRepository::caseScoresForTerms(const QStringList &terms, int limit)
{
    QHash<CaseId, double> scores;
    if (terms.isEmpty())
        return scores;
    if (m_db.dialect().isPostgres())
        return postgresCaseScores(terms, limit);
    QStringList quoted;
    quoted.reserve(terms.size());
    for (const QString &term : terms)
        quoted.append(quotedTerm(term));
    // bm25() is lower for better matches; it is negated so that higher is more alike.
    // The matches are materialised first: bm25() cannot run inside the grouping query.
    QSqlQuery q = m_db.exec(uR"(WITH h AS MATERIALIZED (
            SELECT rowid, -bm25(documents_fts, 1.0, 1.0) AS score FROM documents_fts
            WHERE documents_fts MATCH ?)
        SELECT d.case_id, max(h.score) AS best FROM h
        JOIN documents d ON d.id = h.rowid GROUP BY d.case_id ORDER BY best DESC LIMIT ?)"_s,
                            {quoted.join(u" OR "_s), limit});
    while (q.next())
        scores.insert(CaseId(q.value(0).toLongLong()), q.value(1).toDouble());
    return scores;
}

void AnalysisRepository::refreshStatistics()
{
    if (!m_db.dialect().isPostgres())
        return;
    // VACUUM also brings the GIN index's own figures up to date, which the planner weighs it by;
    // it cannot run inside a transaction, where ANALYZE alone has to do.
    m_db.exec(m_db.transactionDepth() > 0
                  ? u"ANALYZE cases, sanctions, documents, passages"_s
                  : u"VACUUM (ANALYZE) cases, sanctions, documents, passages"_s);
}

QHash<CaseId, double> AnalysisRepository::postgresCaseScores(const QStringList &terms, int limit)
{
    QHash<CaseId, double> scores;
    QStringList quoted;
    quoted.reserve(terms.size());
    for (const QString &term : terms) {
        QString escaped = term;
        escaped.replace(u'\\', u"\\\\"_s);
        escaped.replace(u'\'', u"''"_s);
        quoted.append(u'\'' + escaped + u'\'');
    }
    // ts_rank (term frequency, normalised by the log of the document's length) stands in for
    // BM25; title and text weigh the same, as bm25(1.0, 1.0) does.
    // The condition reads the query from q: the planner then takes the GIN index however common
    // the words (a sequential scan would read each search_vector twice, for @@ and for the rank).
    QSqlQuery q = m_db.exec(uR"(WITH q AS MATERIALIZED (SELECT to_tsquery('simple', ?) AS query)
        SELECT d.case_id, max(ts_rank('{0.1, 0.2, 1.0, 1.0}', d.search_vector, q.query, 1)) AS best
        FROM documents d, q WHERE d.search_vector @@ q.query
        GROUP BY d.case_id ORDER BY best DESC LIMIT ?)"_s,
                            {quoted.join(u" | "_s), limit});
    while (q.next())
        scores.insert(CaseId(q.value(0).toLongLong()), q.value(1).toDouble());
    return scores;
}

} // namespace casebench
