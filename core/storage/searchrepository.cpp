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

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::SearchRepository)
};

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
ORDER BY h.score, h.rowid)"_s.arg(words)
        .arg(limit)
        .arg(offset)
        .arg(
            restricted
                ? u" AND rowid IN (SELECT id FROM documents WHERE case_id IN (SELECT value FROM json_each(?)))"_s
                : QString());
}

// The PostgreSQL excerpt is looked for in a window of the text around the first place one of the
// query's words occurs: ts_headline() parses all the text it is given, which for a long decision
// costs far more than the search itself. Characters before that place, and in all.
constexpr int windowBefore = 400;
constexpr int windowLength = 1600;

/// The PostgreSQL search statement. Bound: the translated query, the case list when
/// `restricted`, then the hint words (JSON). As on SQLite the first select ranks and pages the
/// matches (and counts them all, for the total); only the page gets headlines. The condition
/// reads the query from q on purpose: the planner cannot weigh a word then and takes the GIN
/// index even for a word in every document, where a sequential scan would read each document's
/// search_vector twice (for @@, then for the rank), 50% slower.
/// ts_rank_cd weighs the title (A) twice the text (B); the score is negated so that, like bm25(),
/// lower is better.
///
/// The headline comes from a window of the text (f, w: from the first hint word, cut to whole
/// words) when that window matches the query on its own; else from the whole text when the text
/// matches on its own; else from the title. The excerpt's place is found within the window.
QString postgresStatement(const SearchRequest &request, const Dialect &dialect, bool restricted)
{
    const int words = std::clamp(request.snippetWords, 1, 64);
    const int limit = std::clamp(request.limit, 1, 10000);
    const int offset = std::max(request.offset, 0);
    const int minWords = std::max(1, words * 3 / 4);
    const int maxWords = std::max(words, minWords + 1);
    return uR"(WITH q AS MATERIALIZED (SELECT to_tsquery('simple', ?) AS query),
h AS MATERIALIZED (
    SELECT d.id, -ts_rank_cd('{0.1, 0.2, 0.5, 1.0}', d.search_vector, q.query, 1) AS score,
        count(*) OVER () AS total
    FROM documents d, q WHERE d.search_vector @@ q.query%4
    ORDER BY score, d.id LIMIT %2 OFFSET %3),
f AS MATERIALIZED (
    SELECT h.id, h.score, h.total, d.case_id, d.title, d.text, d.search_vector,
        (SELECT min(p.at) FROM (SELECT strpos(l.body, v.form) AS at FROM (%6) AS hint,
                LATERAL (VALUES (hint.value), (initcap(hint.value)), (upper(hint.value))) AS v (form)) AS p
         WHERE p.at > 0) AS first
    FROM h JOIN documents d ON d.id = h.id, LATERAL (SELECT d.text || '' AS body OFFSET 0) AS l),
w AS MATERIALIZED (
    SELECT f.id, f.score, f.total, f.case_id, f.title, f.text, f.search_vector,
        r.start + r.lead AS start,
        substring(r.raw, r.lead + 1, greatest(0, least(length(r.raw), %8) - r.lead - r.trail)) AS excerpt,
        CASE WHEN length(r.raw) <= %8 THEN r.start - 1 + length(r.raw) ELSE r.start + %8 END AS reach
    FROM f LEFT JOIN LATERAL (
        SELECT b.start, b.raw,
            CASE WHEN b.start > 1 THEN length(substring(b.raw FROM '^\S*')) ELSE 0 END AS lead,
            CASE WHEN length(b.raw) > %8
                 THEN length(substring(reverse(left(b.raw, %8)) FROM '^\S*')) ELSE 0 END AS trail
        FROM (SELECT greatest(1, f.first - %7) AS start,
                  substring(f.text, greatest(1, f.first - %7), %8 + 1) AS raw OFFSET 0) AS b
        WHERE f.first IS NOT NULL) AS r ON true),
s AS MATERIALIZED (
    SELECT w.*, q.query,
        CASE WHEN w.excerpt <> '' AND setweight(to_tsvector('simple', w.excerpt), 'B') @@ q.query THEN 1
             WHEN ts_filter(w.search_vector, '{b}') @@ q.query THEN 2 ELSE 3 END AS source
    FROM w, q),
t AS MATERIALIZED (
    SELECT s.id, s.score, s.total, s.case_id, s.title, s.text, s.reach, s.start, s.excerpt,
        s.source, CASE s.source WHEN 1 THEN ts_headline('simple', s.excerpt, s.query, o.options)
                                WHEN 2 THEN ts_headline('simple', s.text, s.query, o.options)
                                ELSE ts_headline('simple', s.title, s.query, o.options) END AS snip
    FROM s, (SELECT 'StartSel="' || chr(2) || '", StopSel="' || chr(3)
                || '", MaxWords=%1, MinWords=%5, ShortWord=0, HighlightAll=false' AS options) o)
SELECT x.id, x.case_id, c.reference, x.title, x.snip, x.score,
    CASE WHEN x.source = 1 THEN coalesce(nullif(strpos(x.excerpt, x.plain), 0) + x.start - 1, 0)
         ELSE strpos(x.text, x.plain) END,
    CASE WHEN x.source = 1 THEN x.reach ELSE length(x.text) END, x.total
FROM (SELECT t.*, replace(replace(t.snip, chr(2), ''), chr(3), '') AS plain FROM t) AS x
    JOIN cases c ON c.id = x.case_id
ORDER BY x.score, x.id)"_s.arg(maxWords)
        .arg(limit)
        .arg(offset)
        .arg(restricted ? u" AND d.case_id IN (%1)"_s.arg(dialect.integersFromJson()) : QString())
        .arg(minWords)
        .arg(dialect.stringsFromJson())
        .arg(windowBefore)
        .arg(windowLength);
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
    throw LibraryError(Kind::InvalidQuery, SearchRepository::invalidQueryMessage(query, problem));
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

/// How many documents match: `values` are those of the search statement (the query, twice on
/// SQLite, then the case list when `restricted`).
int count(Database &db, QVariantList values, bool restricted, const QString &query)
{
    const bool postgres = db.dialect().isPostgres();
    if (!postgres)
        values.removeFirst(); // the count takes the query once
    QString sql
        = postgres
              ? u"SELECT count(*) FROM documents WHERE search_vector @@ to_tsquery('simple', ?)"_s
              : u"SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?"_s;
    if (restricted && postgres)
        sql += u" AND case_id IN (%1)"_s.arg(db.dialect().integersFromJson());
    else if (restricted)
        sql += u" AND rowid IN (SELECT id FROM documents WHERE case_id IN (SELECT value FROM json_each(?)))"_s;
    QSqlQuery q = run(db, sql, values, query);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

QString SearchRepository::queryProblem(const QString &query)
{
    return ftsquery::parse(query).problem;
}

QString SearchRepository::invalidQueryMessage(const QString &query, const QString &problem)
{
    QString shown = query.trimmed();
    if (shown.size() > 200)
        shown = shown.left(80) + u"…"_s;
    return Tr::tr("The search “%1” is not a valid query: %2.").arg(shown, problem);
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
    const qsizetype countValues = values.size();
    if (dialect.isPostgres())
        values.append(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(parsed.hints))
                                            .toJson(QJsonDocument::Compact)));
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
        if (dialect.isPostgres() && request.countAll)
            result.total = q.value(8).toInt();
        result.hits.append(hit);
    }
    values.resize(countValues);
    if (request.countAll && (!dialect.isPostgres() || result.hits.isEmpty())) {
        // On PostgreSQL every row carries the total; with no rows it is 0 unless the page lies
        // past the end.
        result.total = dialect.isPostgres() && request.offset <= 0
                           ? 0
                           : count(m_db, values, restricted, request.query);
    }
    return result;
}

} // namespace casebench
