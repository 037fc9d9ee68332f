// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinerepository.h"

#include "database.h"
#include "model/document.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using namespace sqlvalues;
using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::OutlineRepository)
};

// SQLite binds at most 32766 values per statement (3.32 and later); stay well below it.
constexpr qsizetype maxValuesPerStatement = 3000;

/// Inserts rows of `columns` values each, many rows per statement: a decision has hundreds of
/// paragraphs, and one statement per row would make the outline the slowest part of an import.
void insertRows(Database &db, const QString &head, int columns, qsizetype rows,
                const std::function<void(QVariantList &, qsizetype)> &appendRow)
{
    const QString tuple = u'(' + placeholders(columns) + u')';
    const qsizetype perStatement = qMax<qsizetype>(1, maxValuesPerStatement / columns);
    for (qsizetype first = 0; first < rows; first += perStatement) {
        const qsizetype count = qMin(perStatement, rows - first);
        QStringList tuples;
        QVariantList values;
        values.reserve(count * columns);
        for (qsizetype row = first; row < first + count; ++row) {
            tuples.append(tuple);
            appendRow(values, row);
        }
        db.exec(head + u" VALUES "_s + tuples.join(u", "_s), values);
    }
}

ParagraphKind toKind(const Database &db, const QVariant &stored)
{
    const QString text = stored.toString();
    if (const auto kind = enumFromIdentifier<ParagraphKind>(text))
        return *kind;
    unknownValue(db, u"outline_paragraphs.kind"_s, text);
}

QVariant fromBool(bool value)
{
    return value ? 1 : 0;
}

} // namespace

void OutlineRepository::save(DocumentId id, const Outline &outline, const QList<int> &pageStarts,
                             const DocumentSource &source)
{
    Transaction transaction(m_db);
    if (!m_db.scalar(u"SELECT 1 FROM documents WHERE id = ?"_s, {fromId(id)}).isValid()) {
        throw LibraryError(
            Kind::NotFound,
            Tr::tr("There is no document with id %1 to store an outline for.").arg(id.value));
    }
    for (const auto table : {u"document_sources", u"document_pages", u"outline_paragraphs",
                             u"outline_fields", u"outline_redactions"}) {
        m_db.exec(u"DELETE FROM %1 WHERE document_id = ?"_s.arg(table), {fromId(id)});
    }
    const QList<OutlineParagraph> &paragraphs = outline.paragraphs();
    m_db.exec(uR"(INSERT INTO document_sources (document_id, format, text_hash, paragraph_count,
                  page_count, warnings) VALUES (?, ?, ?, ?, ?, ?))"_s,
              {fromId(id), fromEnum(source.format), fromText(source.textHash),
               static_cast<int>(paragraphs.size()), static_cast<int>(pageStarts.size()),
               fromText(source.warnings.join(u'\n'))});
    const QVariant document = fromId(id);
    insertRows(m_db, u"INSERT INTO document_pages (document_id, page, start_offset)"_s, 3,
               pageStarts.size(), [&](QVariantList &values, qsizetype i) {
                   values << document << static_cast<int>(i + 1) << pageStarts.at(i);
               });
    insertRows(m_db,
               uR"(INSERT INTO outline_paragraphs (document_id, position, start_offset, end_offset,
                   kind, number, reference, stage, opens_stage, page, redacted, text))"_s,
               12, paragraphs.size(), [&](QVariantList &values, qsizetype i) {
                   const OutlineParagraph &p = paragraphs.at(i);
                   values << document << static_cast<int>(i) << p.start << p.end
                          << enumIdentifier(p.kind) << fromText(p.number) << fromText(p.reference)
                          << fromEnum(p.stage) << fromBool(p.opensStage) << fromOptionalInt(p.page)
                          << fromBool(p.redacted) << fromText(p.text);
               });
    const QList<OutlineField> &fields = outline.fields();
    insertRows(m_db,
               uR"(INSERT INTO outline_fields (document_id, position, label, value, start_offset,
                   end_offset))"_s,
               6, fields.size(), [&](QVariantList &values, qsizetype i) {
                   const OutlineField &f = fields.at(i);
                   values << document << static_cast<int>(i) << fromText(f.label)
                          << fromText(f.value) << f.start << f.end;
               });
    const QList<Redaction> &redactions = outline.redactions();
    insertRows(m_db, uR"(INSERT INTO outline_redactions (document_id, position, start_offset,
                   end_offset))"_s,
               4, redactions.size(), [&](QVariantList &values, qsizetype i) {
                   values << document << static_cast<int>(i) << redactions.at(i).start
                          << redactions.at(i).end;
               });
    transaction.commit();
}

Outline OutlineRepository::outline(DocumentId id)
{
    QList<OutlineParagraph> paragraphs;
    QSqlQuery q = m_db.exec(uR"(SELECT start_offset, end_offset, kind, number, reference, stage,
                                opens_stage, page, redacted, text FROM outline_paragraphs
                                WHERE document_id = ? ORDER BY position)"_s,
                            {fromId(id)});
    while (q.next()) {
        OutlineParagraph p;
        p.start = q.value(0).toInt();
        p.end = q.value(1).toInt();
        p.kind = toKind(m_db, q.value(2));
        p.number = q.value(3).toString();
        p.reference = q.value(4).toString();
        p.stage = toEnum<DecisionStage>(m_db, q.value(5), u"outline_paragraphs.stage"_s);
        p.opensStage = q.value(6).toInt() != 0;
        p.page = toOptionalInt(q.value(7));
        p.redacted = q.value(8).toInt() != 0;
        p.text = q.value(9).toString();
        paragraphs.append(p);
    }
    QList<OutlineField> fields;
    q = m_db.exec(uR"(SELECT label, value, start_offset, end_offset FROM outline_fields
                      WHERE document_id = ? ORDER BY position)"_s,
                  {fromId(id)});
    while (q.next())
        fields.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    QList<Redaction> redactions;
    q = m_db.exec(uR"(SELECT start_offset, end_offset FROM outline_redactions
                      WHERE document_id = ? ORDER BY position)"_s,
                  {fromId(id)});
    while (q.next())
        redactions.append({q.value(0).toInt(), q.value(1).toInt()});
    return Outline(std::move(paragraphs), std::move(fields), std::move(redactions));
}

QList<int> OutlineRepository::pageStarts(DocumentId id)
{
    QList<int> starts;
    QSqlQuery q = m_db.exec(
        u"SELECT start_offset FROM document_pages WHERE document_id = ? ORDER BY page"_s,
        {fromId(id)});
    while (q.next())
        starts.append(q.value(0).toInt());
    return starts;
}

std::optional<DocumentSource> OutlineRepository::source(DocumentId id)
{
    QSqlQuery q = m_db.exec(uR"(SELECT format, text_hash, paragraph_count, page_count, warnings
                                FROM document_sources WHERE document_id = ?)"_s,
                            {fromId(id)});
    if (!q.next())
        return std::nullopt;
    DocumentSource s;
    s.format = toEnum<DocumentFormat>(m_db, q.value(0), u"document_sources.format"_s);
    s.textHash = q.value(1).toString();
    s.paragraphCount = q.value(2).toInt();
    s.pageCount = q.value(3).toInt();
    s.warnings = q.value(4).toString().split(u'\n', Qt::SkipEmptyParts);
    return s;
}

QStringList OutlineRepository::checkImported()
{
    QStringList problems;
    QSqlQuery q = m_db.exec(uR"(SELECT d.id, d.title, d.text, s.text_hash, s.paragraph_count,
            s.page_count,
            (SELECT count(*) FROM outline_paragraphs p WHERE p.document_id = d.id),
            (SELECT count(*) FROM document_pages g WHERE g.document_id = d.id)
        FROM documents d JOIN document_sources s ON s.document_id = d.id ORDER BY d.id)"_s);
    while (q.next()) {
        const QString title = q.value(1).toString();
        if (Document::hashOfText(q.value(2).toString()) != q.value(3).toString()) {
            problems.append(
                Tr::tr("The text of the document “%1” (id %2) is not the text that was imported.")
                    .arg(title)
                    .arg(q.value(0).toLongLong()));
        }
        if (q.value(4).toInt() != q.value(6).toInt() || q.value(5).toInt() != q.value(7).toInt()) {
            problems.append(Tr::tr("The outline of the document “%1” (id %2) is incomplete.")
                                .arg(title)
                                .arg(q.value(0).toLongLong()));
        }
    }
    return problems;
}

} // namespace casebench
