// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrepository.h"

#include "database.h"
#include "ftsquery.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using Kind = LibraryError::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench", text);
}

// Marks around matched words in snippets: control characters that imported text never holds.
constexpr char16_t markStart = u'\x02';
constexpr char16_t markEnd = u'\x03';

/// The search statement. The query is bound twice (and the case list, when `restricted`, once,
/// after the second): the inner select ranks and pages the matches, and only the page gets
/// snippets, which cost a pass over each document's text.
QString statement(const SearchRequest &request, bool restricted)
{
    const int words = std::clamp(request.snippetWords, 1, 64);
    const int limit = std::clamp(request.limit, 1, 10000);
    const int offset = std::max(request.offset, 0);
    // The snippet has no ellipses, so that with its marks removed it is a piece of the text and
    // instr() finds where it starts (for the citation). A title match weighs twice a text match.
    return uR"(SELECT h.rowid, d.case_id, c.reference, d.title, h.snip, h.score,
    instr(d.text, replace(replace(h.snip, char(2), ''), char(3), '')), length(d.text)
FROM (SELECT rowid, snippet(documents_fts, -1, char(2), char(3), '', %1) AS snip,
             bm25(documents_fts, 2.0, 1.0) AS score
      FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN
          (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?%4
           ORDER BY bm25(documents_fts, 2.0, 1.0), rowid LIMIT %2 OFFSET %3)) AS h
JOIN documents d ON d.id = h.rowid JOIN cases c ON c.id = d.case_id
ORDER BY h.score, h.rowid)"_s
        .arg(words)
        .arg(limit)
        .arg(offset)
        .arg(restricted ? u" AND rowid IN (SELECT id FROM documents WHERE case_id IN (SELECT value FROM json_each(?)))"_s
                        : QString());
}

/// The PostgreSQL search statement: the translated query is bound once (then the case list when
/// `restricted`). As on SQLite the inner select ranks and pages, and only the page gets
/// headlines. ts_rank_cd weighs the title (A) twice the text (B); the score is negated so that,
/// like bm25(), lower is better. The headline comes from the text when the text matches on its
/// own, else from the title.
QString postgresStatement(const SearchRequest &request, const Dialect &dialect, bool restricted)
{
    const int words = std::clamp(request.snippetWords, 1, 64);
    const int limit = std::clamp(request.limit, 1, 10000);
    const int offset = std::max(request.offset, 0);
    const int minWords = std::max(1, words * 3 / 4);
    const int maxWords = std::max(words, minWords + 1);
    return uR"(WITH q AS MATERIALIZED (SELECT to_tsquery('simple', ?) AS query),
h AS MATERIALIZED (
    SELECT d.id, -ts_rank_cd('{0.1, 0.2, 0.5, 1.0}', d.search_vector, q.query, 1) AS score
    FROM documents d, q WHERE d.search_vector @@ q.query%4
    ORDER BY score, d.id LIMIT %2 OFFSET %3),
s AS (
    SELECT h.id, d.case_id, c.reference, d.title, d.text, h.score,
        CASE WHEN ts_filter(d.search_vector, '{b}') @@ q.query
             THEN ts_headline('simple', d.text, q.query, o.options)
             ELSE ts_headline('simple', d.title, q.query, o.options) END AS snip
    FROM h JOIN documents d ON d.id = h.id JOIN cases c ON c.id = d.case_id, q,
        (SELECT 'StartSel="' || chr(2) || '", StopSel="' || chr(3)
                || '", MaxWords=%1, MinWords=%5, ShortWord=0, HighlightAll=false' AS options) o)
SELECT s.id, s.case_id, s.reference, s.title, s.snip, s.score,
    strpos(s.text, replace(replace(s.snip, chr(2), ''), chr(3), '')), length(s.text)
FROM s ORDER BY s.score, s.id)"_s
        .arg(maxWords)
        .arg(limit)
        .arg(offset)
        .arg(restricted ? u" AND d.case_id IN (%1)"_s.arg(dialect.integersFromJson()) : QString())
        .arg(minWords);
}

QString jsonIds(const QList<CaseId> &ids)
{
    QJsonArray array;
    for (CaseId id : ids)
        array.append(id.value);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// Splits a marked snippet into plain text and highlighted ranges.
void readSnippet(const QString &marked, SearchHit &hit)
{
    hit.snippet.reserve(marked.size());
    int start = -1;
    for (const QChar c : marked) {
        if (c == markStart) {
            start = static_cast<int>(hit.snippet.size());
        } else if (c == markEnd) {
            if (start >= 0)
                hit.highlights.append({start, static_cast<int>(hit.snippet.size()) - start});
            start = -1;
        } else {
            hit.snippet.append(c);
        }
    }
}

[[noreturn]] void invalid(const QString &query, const QString &problem)
{
    throw LibraryError(Kind::InvalidQuery,
                       tr("The search “%1” is not a valid query: %2.").arg(query.trimmed(), problem));
}

/// Runs a statement whose failure is the query's fault, not an internal error: the engine's
/// own words then explain it. Values are still bound.
QSqlQuery run(Database &db, const QString &sql, const QVariantList &values, const QString &query)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(!db.dialect().isPostgres()); // see Database::exec
    if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return q;
    }
    QString detail = q.lastError().databaseText();
    detail.remove(u"fts5: "_s);
    detail.remove(u"ERROR:  "_s);
    detail = detail.section(u'\n', 0, 0).trimmed();
    invalid(query, detail);
}

} // namespace

QString SearchRepository::queryProblem(const QString &query)
{
    return ftsquery::parse(query).problem;
}

QString SearchRepository::searchStatement(const SearchRequest &request)
{
    return statement(request, false);
}

SearchResult SearchRepository::search(const SearchRequest &request)
{
    const ftsquery::Parsed parsed = ftsquery::parse(request.query);
    if (!parsed.problem.isEmpty())
        invalid(request.query, parsed.problem);
    SearchResult result;
    if (request.cases && request.cases->isEmpty()) {
        result.total = request.countAll ? 0 : -1;
        return result;
    }
    const bool restricted = request.cases.has_value();
    const Dialect &dialect = m_db.dialect();
    QVariantList values{dialect.isPostgres() ? parsed.tsquery : parsed.fts};
    if (!dialect.isPostgres())
        values.append(parsed.fts);
    if (restricted)
        values.append(jsonIds(*request.cases));
    QSqlQuery q = run(m_db,
                      dialect.isPostgres() ? postgresStatement(request, dialect, restricted)
                                           : statement(request, restricted),
                      values, request.query);
    while (q.next()) {
        SearchHit hit;
        hit.document = DocumentId(q.value(0).toLongLong());
        hit.caseId = CaseId(q.value(1).toLongLong());
        hit.caseReference = q.value(2).toString();
        hit.documentTitle = q.value(3).toString();
        readSnippet(q.value(4).toString(), hit);
        hit.score = -q.value(5).toDouble();
        const int at = q.value(6).toInt();
        const int length = q.value(7).toInt();
        if (at > 0) {
            hit.offset = at - 1;
            hit.snippetStartsDocument = hit.offset == 0;
            hit.snippetEndsDocument = hit.offset + hit.snippet.size() >= length;
        } else {
            hit.snippetFromTitle = true;
            hit.snippetStartsDocument = true;
            hit.snippetEndsDocument = true;
        }
        result.hits.append(hit);
    }
    if (dialect.isPostgres() && request.countAll) {
        QString countSql = u"SELECT count(*) FROM documents WHERE search_vector @@ to_tsquery('simple', ?)"_s;
        if (restricted)
            countSql += u" AND case_id IN (%1)"_s.arg(dialect.integersFromJson());
        QSqlQuery count = run(m_db, countSql, values, request.query);
        result.total = count.next() ? count.value(0).toInt() : 0;
    } else if (request.countAll) {
        QString countSql = u"SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?"_s;
        if (restricted)
            countSql += u" AND rowid IN (SELECT id FROM documents WHERE case_id IN (SELECT value FROM json_each(?)))"_s;
        values.removeFirst();
        QSqlQuery count = run(m_db, countSql, values, request.query);
        result.total = count.next() ? count.value(0).toInt() : 0;
    }
    return result;
}

} // namespace casebench
