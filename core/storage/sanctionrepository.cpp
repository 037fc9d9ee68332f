// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanctionrepository.h"

#include "authorship.h"
#include "database.h"
#include "model/conflicterror.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using namespace sqlvalues;
using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::SanctionRepository)
};

/// The entry's columns with its stamps.
const QString selectSanction = uR"(SELECT id, case_id, sequence, outcome, type, duration_months,
    decided_on, start_date, review_hearing, conditions, modified, modified_by, row_version
    FROM sanctions)"_s;

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
    if (!q.value(10).toString().isEmpty())
        s.modified = toTimestamp(q.value(10));
    s.modifiedBy = q.value(11).toString();
    s.rowVersion = q.value(12).toInt();
    return s;
}

/// The reference of the case, or NotFound when there is no such case.
QString caseReference(Database &db, CaseId caseId)
{
    const QVariant reference = db.scalar(u"SELECT reference FROM cases WHERE id = ?"_s,
                                         {fromId(caseId)});
    if (!reference.isValid()) {
        throw LibraryError(
            Kind::NotFound,
            Tr::tr("There is no case with id %1 for this sanction.").arg(caseId.value));
    }
    return reference.toString();
}

/// Refuses a second entry at the same position of a case's history.
void ensurePositionFree(Database &db, const Sanction &s)
{
    const QVariant other = db.scalar(
        u"SELECT id FROM sanctions WHERE case_id = ? AND sequence = ? AND id %1 ?"_s.arg(
            db.dialect().isNot()),
        {fromId(s.caseId), s.sequence, fromId(s.id)});
    if (other.isValid()) {
        throw LibraryError(
            Kind::Constraint,
            Tr::tr("The sanction history of the case “%1” already has an entry at position %2.")
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

/// Inserts an entry and stamps it: `modified` (now unless given), modified_by, and a row
/// version carried on from the one given.
Sanction insert(Database &db, const Sanction &s)
{
    Sanction stored = s;
    stored.modified = s.modified.isValid() ? toTimestamp(fromTimestamp(s.modified)) : now();
    stored.modifiedBy = authorship::currentAuthor(db);
    stored.rowVersion = s.rowVersion > 0 ? s.rowVersion + 1 : 1;
    QVariantList values{fromId(s.id)};
    values << fieldValues(s) << fromTimestamp(stored.modified) << stored.modifiedBy
           << stored.rowVersion;
    QSqlQuery q = db.exec(uR"(INSERT INTO sanctions (id, case_id, sequence, outcome, type,
        duration_months, decided_on, start_date, review_hearing, conditions, modified,
        modified_by, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
                          values);
    q.next();
    stored.id = toId<SanctionId>(q.value(0));
    q.finish();
    return stored;
}

/// The refusal of a write over an entry another reviewer changed (`current`) or removed.
ConflictError conflictOver(Database &db, const Sanction &attempted,
                           const std::optional<Sanction> &current)
{
    const QString reference = caseReference(db, attempted.caseId);
    if (!current) {
        ConflictError error(
            Tr::tr(
                "Entry %1 of the sanction history of the case “%2” was removed by another reviewer; your change was not saved.")
                .arg(attempted.sequence + 1)
                .arg(reference),
            QString(), QDateTime());
        error.removed = true;
        error.currentSanction = attempted;
        return error;
    }
    ConflictError error(
        Tr::tr(
            "Entry %1 of the sanction history of the case “%2” was changed by %3 at %4 after you read it; your change was not saved.")
            .arg(current->sequence + 1)
            .arg(reference,
                 current->modifiedBy.isEmpty() ? Tr::tr("another reviewer") : current->modifiedBy,
                 current->modified.toLocalTime().toString(u"HH:mm"_s)),
        current->modifiedBy, current->modified);
    error.currentSanction = current;
    return error;
}

/// The same for an entry another reviewer added to a history this write reorders or extends.
ConflictError conflictAdded(Database &db, const Sanction &added)
{
    ConflictError error(
        Tr::tr(
            "%1 added entry %2 to the sanction history of the case “%3”; your change was not saved.")
            .arg(added.modifiedBy.isEmpty() ? Tr::tr("Another reviewer") : added.modifiedBy)
            .arg(added.sequence + 1)
            .arg(caseReference(db, added.caseId)),
        added.modifiedBy, added.modified);
    error.currentSanction = added;
    return error;
}

/// Whether two values of an entry differ in what a write sets (position included).
bool differs(const Sanction &a, const Sanction &b)
{
    return !(a == b);
}

} // namespace

Sanction SanctionRepository::add(const Sanction &s)
{
    Transaction transaction(m_db);
    caseReference(m_db, s.caseId);
    ensurePositionFree(m_db, s);
    const Sanction stored = insert(m_db, s);
    transaction.commit();
    m_written.insert(stored.id, stored.rowVersion);
    return stored;
}

Sanction SanctionRepository::update(const Sanction &s)
{
    Transaction transaction(m_db);
    if (!find(s.id))
        throw LibraryError(Kind::NotFound,
                           Tr::tr("There is no sanction with id %1 to change.").arg(s.id.value));
    caseReference(m_db, s.caseId);
    ensurePositionFree(m_db, s);
    QVariantList values = fieldValues(s);
    const QString set = uR"(UPDATE sanctions SET case_id = ?, sequence = ?, outcome = ?, type = ?,
        duration_months = ?, decided_on = ?, start_date = ?, review_hearing = ?, conditions = ?)"_s;
    // Checked and incremented in the statement itself, so two connections cannot both pass.
    values << fromTimestamp(now()) << authorship::currentAuthor(m_db) << fromId(s.id)
           << s.rowVersion << s.rowVersion;
    const QSqlQuery q = m_db.exec(
        set + u", modified = ?, modified_by = ?, row_version = row_version + 1 WHERE id = ? AND (? = 0 OR row_version = ?)"_s,
        values);
    if (q.numRowsAffected() == 0)
        throw conflictOver(m_db, s, find(s.id));
    const Sanction stored = *find(s.id);
    transaction.commit();
    m_written.insert(stored.id, stored.rowVersion);
    return stored;
}

void SanctionRepository::remove(SanctionId id, int expectedVersion)
{
    Transaction transaction(m_db);
    const bool checked = expectedVersion > 0;
    const QSqlQuery q = checked
                            ? m_db.exec(u"DELETE FROM sanctions WHERE id = ? AND row_version = ?"_s,
                                        {fromId(id), expectedVersion})
                            : m_db.exec(u"DELETE FROM sanctions WHERE id = ?"_s, {fromId(id)});
    if (q.numRowsAffected() == 0) {
        if (const auto current = find(id); checked && current) {
            Sanction attempted = *current;
            attempted.rowVersion = expectedVersion;
            throw conflictOver(m_db, attempted, current);
        }
        throw LibraryError(Kind::NotFound,
                           Tr::tr("There is no sanction with id %1 to remove.").arg(id.value));
    }
    transaction.commit();
    m_written.remove(id);
}

void SanctionRepository::replaceHistory(CaseId caseId, const QList<Sanction> &history)
{
    Transaction transaction(m_db);
    caseReference(m_db, caseId);
    m_db.exec(u"DELETE FROM sanctions WHERE case_id = ?"_s, {fromId(caseId)});
    QHash<SanctionId, int> written;
    for (Sanction s : history) {
        s.caseId = caseId;
        ensurePositionFree(m_db, s);
        const Sanction stored = insert(m_db, s);
        written.insert(stored.id, stored.rowVersion);
    }
    transaction.commit();
    m_written.insert(written);
}

QList<Sanction> SanctionRepository::writeHistory(CaseId caseId, const QList<Sanction> &expected,
                                                 const QList<Sanction> &history)
{
    Transaction transaction(m_db);
    caseReference(m_db, caseId);
    // Every writer of a history takes its case's row first, so that what is read below stays
    // true until commit (an SQLite write transaction holds the whole file already).
    if (const QString lock = m_db.dialect().lockRow(u"cases"_s); !lock.isEmpty())
        m_db.exec(lock, {fromId(caseId)});

    QHash<SanctionId, Sanction> stored;
    int lastSequence = -1;
    for (const Sanction &s : forCase(caseId)) {
        stored.insert(s.id, s);
        lastSequence = std::max(lastSequence, s.sequence);
    }
    QHash<SanctionId, Sanction> seen;
    for (const Sanction &s : expected) {
        if (s.id.isValid())
            seen.insert(s.id, s);
    }
    QList<Sanction> changed;
    QList<Sanction> added;
    QSet<SanctionId> kept;
    bool reshapes = false;
    for (Sanction s : history) {
        s.caseId = caseId;
        lastSequence = std::max(lastSequence, s.sequence);
        const auto before = seen.constFind(s.id);
        if (before == seen.cend()) {
            added.append(s);
            reshapes = true;
            continue;
        }
        kept.insert(s.id);
        if (differs(s, *before)) {
            s.rowVersion = before->rowVersion;
            changed.append(s);
            reshapes = reshapes || s.sequence != before->sequence;
        }
    }
    QList<Sanction> removed;
    for (const Sanction &s : std::as_const(seen)) {
        if (!kept.contains(s.id))
            removed.append(s);
    }
    std::sort(removed.begin(), removed.end(),
              [](const Sanction &a, const Sanction &b) { return a.sequence < b.sequence; });

    // Nothing is written unless every entry written is as the writer saw it.
    for (const QList<Sanction> *list : {&removed, &changed}) {
        for (const Sanction &s : *list) {
            const auto current = stored.constFind(s.id);
            if (current == stored.cend())
                throw conflictOver(m_db, seen.value(s.id), std::nullopt);
            if (s.rowVersion > 0 && current->rowVersion != s.rowVersion)
                throw conflictOver(m_db, s, *current);
        }
    }
    if (reshapes) {
        for (const Sanction &s : std::as_const(stored)) {
            if (!seen.contains(s.id))
                throw conflictAdded(m_db, s);
        }
    }

    for (const Sanction &s : std::as_const(removed)) {
        m_db.exec(u"DELETE FROM sanctions WHERE id = ? AND row_version = ?"_s,
                  {fromId(s.id), stored.value(s.id).rowVersion});
        m_written.remove(s.id);
    }
    // Entries that move go out of the way first (past the end), so that no two ever share a
    // position on the way.
    int parking = lastSequence + 1;
    for (const Sanction &s : std::as_const(changed)) {
        if (s.sequence != seen.value(s.id).sequence) {
            m_db.exec(u"UPDATE sanctions SET sequence = ? WHERE id = ?"_s,
                      {parking++, fromId(s.id)});
        }
    }
    const QString author = authorship::currentAuthor(m_db);
    const QVariant modified = fromTimestamp(now());
    for (const Sanction &s : std::as_const(changed)) {
        QVariantList values = fieldValues(s);
        values << modified << author << fromId(s.id);
        QSqlQuery q = m_db.exec(uR"(UPDATE sanctions SET case_id = ?, sequence = ?, outcome = ?,
            type = ?, duration_months = ?, decided_on = ?, start_date = ?, review_hearing = ?,
            conditions = ?, modified = ?, modified_by = ?, row_version = row_version + 1
            WHERE id = ? RETURNING row_version)"_s,
                                values);
        if (q.next())
            m_written.insert(s.id, q.value(0).toInt());
    }
    for (const Sanction &s : std::as_const(added)) {
        ensurePositionFree(m_db, s);
        Sanction fresh = s;
        fresh.modified = QDateTime(); // written now
        const Sanction inserted = insert(m_db, fresh);
        m_written.insert(inserted.id, inserted.rowVersion);
    }
    QList<Sanction> result = forCase(caseId);
    transaction.commit();
    return result;
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
