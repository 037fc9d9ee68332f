// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentrepository.h"

#include "authorship.h"
#include "database.h"
#include "fingerprintrepository.h"
#include "ftsquery.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using namespace sqlvalues;
using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::DocumentRepository)
};

/// The columns of a document; `text` is replaced by '' when the text is not wanted.
QString selectDocument(bool withText)
{
    return u"SELECT id, case_id, kind, title, source_file_name, content_hash, %1, date, imported, modified_by FROM documents"_s
        .arg(withText ? u"text"_s : u"''"_s);
}

Document readDocument(const Database &db, const QSqlQuery &q)
{
    Document d;
    d.id = toId<DocumentId>(q.value(0));
    d.caseId = toId<CaseId>(q.value(1));
    d.kind = toEnum<DocumentKind>(db, q.value(2), u"documents.kind"_s);
    d.title = q.value(3).toString();
    d.sourceFileName = q.value(4).toString();
    d.contentHash = q.value(5).toString();
    d.text = q.value(6).toString();
    d.date = toDate(q.value(7));
    d.imported = toTimestamp(q.value(8));
    d.modifiedBy = q.value(9).toString();
    return d;
}

void ensureCaseExists(Database &db, CaseId caseId, const QString &title)
{
    if (!db.scalar(u"SELECT 1 FROM cases WHERE id = ?"_s, {fromId(caseId)}).isValid()) {
        throw LibraryError(
            Kind::NotFound,
            Tr::tr("The document “%1” belongs to a case (id %2) that does not exist.")
                .arg(title)
                .arg(caseId.value));
    }
}

/// The SQLite full-text engine's complaint about a query, said for a user.
QString explainQueryError(const QString &detail)
{
    static const QRegularExpression syntax(u"syntax error near \"(.*)\""_s);
    static const QRegularExpression column(u"no such column: (\\S+)"_s);
    if (detail.contains(u"unterminated string"_s))
        return Tr::tr("a quotation mark is not closed");
    if (detail.contains(u"unknown special query"_s))
        return Tr::tr("“*” can only end a word, as in remedia*");
    if (const auto m = syntax.match(detail); m.hasMatch()) {
        return m.captured(1).isEmpty()
                   ? Tr::tr("it ends too early")
                   : Tr::tr("“%1” is not expected where it stands").arg(m.captured(1));
    }
    if (const auto m = column.match(detail); m.hasMatch())
        return Tr::tr("“%1:” does not name a field (title or text)").arg(m.captured(1));
    QString plain = detail;
    plain.remove(u"fts5: "_s);
    return plain;
}

} // namespace

Document DocumentRepository::add(const Document &d)
{
    return add(d, fingerprint::compute(d.text));
}

Document DocumentRepository::add(const Document &d, const TextFingerprint &fingerprint)
{
    Transaction transaction(m_db);
    ensureCaseExists(m_db, d.caseId, d.title);
    Document stored = d;
    if (stored.contentHash.isEmpty())
        stored.contentHash = Document::hashOfText(d.text);
    stored.imported = d.imported.isValid() ? toTimestamp(fromTimestamp(d.imported))
                                           : sqlvalues::now();
    // The name of the document's last writer goes in the add or update statement itself (a
    // second UPDATE would re-index the text and announce the row twice on PostgreSQL).
    stored.modifiedBy = authorship::currentAuthor(m_db);
    QSqlQuery q = m_db.exec(uR"(INSERT INTO documents (id, case_id, kind, title, source_file_name,
        content_hash, text, date, imported, modified_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
                            {fromId(d.id), fromId(d.caseId), fromEnum(d.kind), fromText(d.title),
                             fromText(d.sourceFileName), stored.contentHash, fromText(d.text),
                             fromDate(d.date), fromTimestamp(stored.imported), stored.modifiedBy});
    q.next();
    stored.id = toId<DocumentId>(q.value(0));
    q.finish();
    FingerprintRepository(m_db).save(stored.id, fingerprint);
    transaction.commit();
    return stored;
}

void DocumentRepository::update(const Document &d)
{
    Transaction transaction(m_db);
    if (!m_db.scalar(u"SELECT 1 FROM documents WHERE id = ?"_s, {fromId(d.id)}).isValid()) {
        throw LibraryError(Kind::NotFound,
                           Tr::tr("The document “%1” no longer exists.").arg(d.title));
    }
    ensureCaseExists(m_db, d.caseId, d.title);
    const bool textChanged
        = m_db.scalar(u"SELECT text FROM documents WHERE id = ?"_s, {fromId(d.id)}).toString()
          != d.text;
    const QString hash = d.contentHash.isEmpty() ? Document::hashOfText(d.text) : d.contentHash;
    // The triggers of the full-text index re-index the title and text.
    m_db.exec(uR"(UPDATE documents SET case_id = ?, kind = ?, title = ?, source_file_name = ?,
        content_hash = ?, text = ?, date = ?, imported = coalesce(?, imported), modified_by = ?
        WHERE id = ?)"_s,
              {fromId(d.caseId), fromEnum(d.kind), fromText(d.title), fromText(d.sourceFileName),
               hash, fromText(d.text), fromDate(d.date), fromTimestamp(d.imported),
               authorship::currentAuthor(m_db), fromId(d.id)});
    if (textChanged)
        FingerprintRepository(m_db).saveText(d.id, d.text);
    transaction.commit();
}

void DocumentRepository::remove(DocumentId id)
{
    Transaction transaction(m_db);
    const QSqlQuery q = m_db.exec(u"DELETE FROM documents WHERE id = ?"_s, {fromId(id)});
    if (q.numRowsAffected() == 0)
        throw LibraryError(Kind::NotFound,
                           Tr::tr("There is no document with id %1 to remove.").arg(id.value));
    transaction.commit();
}

std::optional<Document> DocumentRepository::find(DocumentId id)
{
    QSqlQuery q = m_db.exec(selectDocument(true) + u" WHERE id = ?"_s, {fromId(id)});
    if (!q.next())
        return std::nullopt;
    return readDocument(m_db, q);
}

QList<Document> DocumentRepository::forCase(CaseId caseId, bool withText)
{
    QList<Document> list;
    // Undated documents after the dated ones.
    QSqlQuery q = m_db.exec(selectDocument(withText)
                                + u" WHERE case_id = ? ORDER BY date IS NULL, date, title, id"_s,
                            {fromId(caseId)});
    while (q.next())
        list.append(readDocument(m_db, q));
    return list;
}

QList<Document> DocumentRepository::findByHash(const QString &contentHash)
{
    QList<Document> list;
    QSqlQuery q = m_db.exec(selectDocument(true) + u" WHERE content_hash = ? ORDER BY id"_s,
                            {contentHash});
    while (q.next())
        list.append(readDocument(m_db, q));
    return list;
}

QList<DocumentId> DocumentRepository::search(const QString &query)
{
    QList<DocumentId> ids;
    if (query.trimmed().isEmpty())
        return ids;
    // Not Database::exec: a malformed query is the user's mistake, not an internal error, and
    // needs the engine's own words to explain it. The value is still bound.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(!m_db.dialect().isPostgres()); // see Database::exec
    // PostgreSQL has no FTS5 syntax: the query is read as the search box's (ftsquery) and
    // translated; what cannot be read is explained the same way.
    QString bound = query;
    if (m_db.dialect().isPostgres()) {
        const ftsquery::Parsed parsed = ftsquery::parse(query);
        if (!parsed.problem.isEmpty()) {
            throw LibraryError(
                Kind::InvalidQuery,
                Tr::tr("The search “%1” is not a valid query: %2.").arg(query, parsed.problem));
        }
        bound = parsed.tsquery;
    }
    // A match in the title weighs twice one in the text.
    const bool prepared = q.prepare(
        m_db.dialect().isPostgres()
            ? uR"(SELECT id FROM documents, to_tsquery('simple', ?) AS q WHERE search_vector @@ q
                ORDER BY ts_rank_cd('{0.1, 0.2, 0.5, 1.0}', search_vector, q, 1) DESC, id)"_s
            : uR"(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?
        ORDER BY bm25(documents_fts, 2.0, 1.0), rowid)"_s);
    if (prepared) {
        q.addBindValue(bound);
        if (q.exec()) {
            while (q.next())
                ids.append(DocumentId(q.value(0).toLongLong()));
        }
    }
    if (q.lastError().isValid()) {
        throw LibraryError(Kind::InvalidQuery,
                           Tr::tr("The search “%1” is not a valid query: %2.")
                               .arg(query, explainQueryError(q.lastError().databaseText())));
    }
    return ids;
}

} // namespace casebench
