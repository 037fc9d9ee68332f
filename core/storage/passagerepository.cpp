// SPDX-License-Identifier: GPL-3.0-or-later
#include "passagerepository.h"

#include "authorship.h"
#include "database.h"
#include "model/conflicterror.h"
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
    Q_DECLARE_TR_FUNCTIONS(casebench::PassageRepository)
};

// With who wrote it last and the row version (team libraries).
const QString selectPassage = uR"(SELECT p.id, p.document_id, p.factor_id, p.start_offset,
    p.end_offset, p.quote, p.prefix, p.suffix, p.note, p.author, p.created, p.modified, p.orphaned,
    p.modified_by, p.row_version FROM passages p)"_s;

/// The refusal of a write made over a stale row: names who changed it and when, and carries
/// the row as it now stands (or says it is gone).
ConflictError conflictOver(const Passage &attempted, const std::optional<Passage> &current)
{
    if (!current) {
        ConflictError error(
            Tr::tr("The passage “%1” was deleted by another reviewer; your change was not saved.")
                .arg(attempted.quote.left(40)),
            QString(), QDateTime());
        error.removed = true;
        return error;
    }
    ConflictError error(
        Tr::tr(
            "The passage “%1” was changed by %2 at %3 after you read it; your change was not saved.")
            .arg(current->quote.left(40),
                 current->modifiedBy.isEmpty() ? Tr::tr("another reviewer") : current->modifiedBy,
                 current->modified.toLocalTime().toString(u"HH:mm"_s)),
        current->modifiedBy, current->modified);
    error.currentPassage = current;
    return error;
}

Passage readPassage(const QSqlQuery &q)
{
    Passage p;
    p.id = toId<PassageId>(q.value(0));
    p.document = toId<DocumentId>(q.value(1));
    p.factor = toId<FactorId>(q.value(2));
    p.start = toInt(q.value(3));
    p.end = toInt(q.value(4));
    p.quote = q.value(5).toString();
    p.prefix = q.value(6).toString();
    p.suffix = q.value(7).toString();
    p.note = q.value(8).toString();
    p.author = q.value(9).toString();
    p.created = toTimestamp(q.value(10));
    p.modified = toTimestamp(q.value(11));
    p.orphaned = q.value(12).toInt() != 0;
    p.modifiedBy = q.value(13).toString();
    p.rowVersion = q.value(14).toInt();
    return p;
}

/// Refuses an empty or negative span and a document or factor that does not exist.
void ensureValid(Database &db, const Passage &p)
{
    if (p.start < 0 || p.end <= p.start) {
        throw LibraryError(
            Kind::Constraint,
            Tr::tr("A passage must cover at least one character; characters %1 to %2 were given.")
                .arg(p.start)
                .arg(p.end));
    }
    if (!db.scalar(u"SELECT 1 FROM documents WHERE id = ?"_s, {fromId(p.document)}).isValid()) {
        throw LibraryError(Kind::NotFound,
                           Tr::tr("The document (id %1) of the passage “%2” does not exist.")
                               .arg(p.document.value)
                               .arg(p.quote.left(40)));
    }
    if (!db.scalar(u"SELECT 1 FROM factors WHERE id = ?"_s, {fromId(p.factor)}).isValid()) {
        throw LibraryError(Kind::NotFound,
                           Tr::tr("The factor (id %1) of the passage “%2” is not in the codebook.")
                               .arg(p.factor.value)
                               .arg(p.quote.left(40)));
    }
}

QList<Passage> readAll(QSqlQuery q)
{
    QList<Passage> list;
    while (q.next())
        list.append(readPassage(q));
    return list;
}

} // namespace

Passage PassageRepository::add(const Passage &p)
{
    Transaction transaction(m_db);
    ensureValid(m_db, p);
    if (p.id.isValid() && find(p.id)) {
        throw LibraryError(Kind::Constraint,
                           Tr::tr("A passage with id %1 already exists.").arg(p.id.value));
    }
    Passage stored = p;
    const QDateTime now = sqlvalues::now();
    stored.created = p.created.isValid() ? toTimestamp(fromTimestamp(p.created)) : now;
    stored.modified = p.modified.isValid() ? toTimestamp(fromTimestamp(p.modified)) : now;
    // A passage put back by undo carries on from its last version, so that a write made
    // against the version before its removal is still refused.
    stored.rowVersion = p.rowVersion > 0 ? p.rowVersion + 1 : 1;
    stored.modifiedBy = authorship::currentAuthor(m_db);
    QSqlQuery q = m_db.exec(uR"(INSERT INTO passages (id, document_id, factor_id, start_offset,
        end_offset, quote, prefix, suffix, note, author, created, modified, orphaned, modified_by,
        row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
                            {fromId(p.id), fromId(p.document), fromId(p.factor), p.start, p.end,
                             fromText(p.quote), fromText(p.prefix), fromText(p.suffix),
                             fromText(p.note), fromText(p.author), fromTimestamp(stored.created),
                             fromTimestamp(stored.modified), p.orphaned ? 1 : 0, stored.modifiedBy,
                             stored.rowVersion});
    q.next();
    stored.id = toId<PassageId>(q.value(0));
    q.finish();
    transaction.commit();
    m_written.insert(stored.id, stored.rowVersion);
    return stored;
}

Passage PassageRepository::update(const Passage &p)
{
    Transaction transaction(m_db);
    const auto existing = find(p.id);
    if (!existing)
        throw LibraryError(Kind::NotFound,
                           Tr::tr("The passage “%1” no longer exists.").arg(p.quote.left(40)));
    ensureValid(m_db, p);
    Passage stored = p;
    stored.created = p.created.isValid() ? toTimestamp(fromTimestamp(p.created))
                                         : existing->created;
    stored.modified = sqlvalues::now();
    // Checked and incremented in the statement itself, so two connections cannot both pass.
    stored.modifiedBy = authorship::currentAuthor(m_db);
    QSqlQuery q = m_db.exec(
        uR"(UPDATE passages SET document_id = ?, factor_id = ?, start_offset = ?,
        end_offset = ?, quote = ?, prefix = ?, suffix = ?, note = ?, author = ?, created = ?,
        modified = ?, orphaned = ?, modified_by = ?, row_version = row_version + 1
        WHERE id = ? AND (? = 0 OR row_version = ?) RETURNING row_version)"_s,
        {fromId(p.document), fromId(p.factor), p.start, p.end, fromText(p.quote),
         fromText(p.prefix), fromText(p.suffix), fromText(p.note), fromText(p.author),
         fromTimestamp(stored.created), fromTimestamp(stored.modified), p.orphaned ? 1 : 0,
         stored.modifiedBy, fromId(p.id), p.rowVersion, p.rowVersion});
    if (!q.next())
        throw conflictOver(p, find(p.id));
    stored.rowVersion = q.value(0).toInt();
    q.finish();
    transaction.commit();
    m_written.insert(p.id, stored.rowVersion);
    return stored;
}

void PassageRepository::remove(PassageId id, int expectedVersion)
{
    Transaction transaction(m_db);
    const bool checked = expectedVersion > 0;
    const QSqlQuery q = checked
                            ? m_db.exec(u"DELETE FROM passages WHERE id = ? AND row_version = ?"_s,
                                        {fromId(id), expectedVersion})
                            : m_db.exec(u"DELETE FROM passages WHERE id = ?"_s, {fromId(id)});
    if (q.numRowsAffected() == 0) {
        const auto current = find(id);
        if (checked && current) {
            Passage attempted = *current;
            attempted.rowVersion = expectedVersion;
            throw conflictOver(attempted, current);
        }
        throw LibraryError(Kind::NotFound,
                           Tr::tr("There is no passage with id %1 to remove.").arg(id.value));
    }
    transaction.commit();
}

std::optional<Passage> PassageRepository::find(PassageId id)
{
    QSqlQuery q = m_db.exec(selectPassage + u" WHERE p.id = ?"_s, {fromId(id)});
    if (!q.next())
        return std::nullopt;
    return readPassage(q);
}

QList<Passage> PassageRepository::forDocument(DocumentId document)
{
    return readAll(m_db.exec(
        selectPassage + u" WHERE p.document_id = ? ORDER BY p.start_offset, p.end_offset, p.id"_s,
        {fromId(document)}));
}

QList<Passage> PassageRepository::forCase(CaseId caseId)
{
    return readAll(m_db.exec(selectPassage + uR"( JOIN documents d ON d.id = p.document_id
        WHERE d.case_id = ? ORDER BY p.document_id, p.start_offset, p.end_offset, p.id)"_s,
                             {fromId(caseId)}));
}

int PassageRepository::countForFactor(FactorId factor)
{
    return m_db.scalar(u"SELECT count(*) FROM passages WHERE factor_id = ?"_s, {fromId(factor)})
        .toInt();
}

void PassageRepository::setFactor(const QList<PassageId> &ids, FactorId factor)
{
    Transaction transaction(m_db);
    // The row version moves on, so another reviewer's write over the old factor is refused;
    // this connection's own undo and redo follow it (versionWritten()).
    const QString sql
        = u"UPDATE passages SET factor_id = ?, row_version = row_version + 1 WHERE id = ? RETURNING row_version"_s;
    QHash<PassageId, int> written;
    for (const PassageId id : ids) {
        QSqlQuery q = m_db.exec(sql, {fromId(factor), fromId(id)});
        if (q.next())
            written.insert(id, q.value(0).toInt());
    }
    transaction.commit();
    m_written.insert(written);
}

QList<Passage> PassageRepository::forFactor(FactorId factor)
{
    return readAll(
        m_db.exec(selectPassage + u" WHERE p.factor_id = ? ORDER BY p.id"_s, {fromId(factor)}));
}

} // namespace casebench
