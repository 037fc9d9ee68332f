// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysession.h"

#include "conflicts.h"
#include "model/conflicterror.h"
#include "model/libraryerror.h"
#include "model/validation.h"
#include "sessioncommands.h"
#include "storage/caserepository.h"
#include "storage/changefeed.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"

#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

/// Refuses a value with Error-severity issues, with the first issue's message.
void refuseErrors(const ValidationIssues &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == ValidationIssue::Severity::Error)
            throw LibraryError(LibraryError::Kind::InvalidData, issue.message);
    }
}

/// Refuses a history whose entry at `sequence` has Error-severity issues. Errors elsewhere in
/// an existing history (entered before a rule existed) do not block an unrelated edit.
void refuseEntryErrors(const ValidationIssues &issues, int sequence)
{
    const QString prefix = QString::number(sequence) + u'.';
    ValidationIssues own;
    for (const ValidationIssue &issue : issues) {
        if (issue.field.startsWith(prefix))
            own.append(issue);
    }
    refuseErrors(own);
}

} // namespace

LibrarySession::LibrarySession(std::unique_ptr<Library> library, QObject *parent)
    : QObject(parent), m_library(std::move(library)), m_undoStack(new QUndoStack(this))
{
    m_feed = new ChangeFeed(*m_library, this);
    connect(m_feed, &ChangeFeed::rowChanged, this,
            [this](const QString &table, CaseId caseId, qint64 rowId, ChangeFeed::Operation op) {
                relayChange(table, caseId, rowId, static_cast<int>(op));
            });
    connect(m_feed, &ChangeFeed::changedElsewhere, this, &LibrarySession::relayChangedElsewhere);
}

LibrarySession::~LibrarySession()
{
    // Commands refer to the library: clear them before it goes; the feed listens on its
    // connection.
    m_undoStack->clear();
    delete m_feed;
    m_feed = nullptr;
}

namespace {} // namespace

CaseId LibrarySession::addCase(const Case &c)
{
    refuseErrors(validation::validateCase(c));
    auto *command = new AddCaseCommand(*this, c);
    SessionCommand::applyAndPush(m_undoStack, command);
    return command->caseId();
}

void LibrarySession::removeCase(CaseId id)
{
    const auto existing = m_library->cases().find(id);
    if (!existing)
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The case to delete no longer exists."));
    SessionCommand::applyAndPush(m_undoStack,
                                 new RemoveCaseCommand(*this, id, existing->reference));
}

void LibrarySession::updateCase(const Case &edited, const QString &what)
{
    const auto before = m_library->cases().find(edited.id);
    if (!before)
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The case “%1” no longer exists.").arg(edited.reference));
    if (edited.rowVersion > 0 && edited.rowVersion != before->rowVersion
        && m_library->cases().versionWritten(edited.id, -1) != before->rowVersion) {
        // The reviewer edited a version of the case another reviewer has since replaced (a
        // version this session wrote itself is not a conflict: Accept All builds on one read).
        ConflictError stale(QString(), before->modifiedBy, before->modified);
        stale.currentCase = before;
        conflicts::rethrowForCase(*this, edited, stale);
    }
    Case after = edited;
    after.created = before->created;
    after.modified = before->modified;
    after.rowVersion = before->rowVersion;
    after.modifiedBy = before->modifiedBy;
    if (after == *before)
        return;
    refuseErrors(validation::validateCase(after));
    const QString text = tr("Change %1 of %2").arg(what, before->reference);
    SessionCommand::applyAndPush(m_undoStack, new UpdateCaseCommand(*this, *before, after, text));
}

SanctionId LibrarySession::addSanction(const Sanction &s)
{
    const auto c = m_library->cases().find(s.caseId);
    if (!c)
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The case for this sanction no longer exists."));
    const QList<Sanction> before = m_library->sanctions().forCase(s.caseId);
    Sanction added = s;
    added.id = SanctionId();
    added.sequence = before.isEmpty() ? 0 : before.constLast().sequence + 1;
    QList<Sanction> after = before;
    after.append(added);
    refuseEntryErrors(validation::validateHistory(after, c->regulator), added.sequence);
    auto *command = new SanctionHistoryCommand(*this, s.caseId, before, after,
                                               tr("Add sanction to %1").arg(c->reference));
    SessionCommand::applyAndPush(m_undoStack, command);
    return command->after().constLast().id;
}

namespace {

/// Refuses an edit of a sanction entry made over a version another reviewer has since replaced
/// or removed (a version this session wrote itself is not a conflict).
void refuseStaleSanction(LibrarySession &session, const Sanction &seen,
                         const std::optional<Sanction> &existing)
{
    if (seen.rowVersion <= 0)
        return;
    if (!existing) {
        if (!seen.caseId.isValid())
            return;
        ConflictError gone{QString(), QString(), QDateTime()};
        gone.removed = true;
        gone.currentSanction = seen;
        conflicts::rethrowForSanctions(session, seen.caseId, {seen}, gone);
    }
    if (existing->rowVersion <= 0 || existing->rowVersion == seen.rowVersion
        || session.library().sanctions().versionWritten(seen.id, -1) == existing->rowVersion)
        return;
    ConflictError stale(QString(), existing->modifiedBy, existing->modified);
    stale.currentSanction = existing;
    conflicts::rethrowForSanctions(session, existing->caseId, {seen}, stale);
}

} // namespace

void LibrarySession::removeSanction(const Sanction &seen)
{
    refuseStaleSanction(*this, seen, m_library->sanctions().find(seen.id));
    removeSanction(seen.id);
}

void LibrarySession::updateSanction(const Sanction &edited)
{
    const auto existing = m_library->sanctions().find(edited.id);
    refuseStaleSanction(*this, edited, existing);
    if (!existing)
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The sanction to change no longer exists."));
    const auto c = m_library->cases().find(existing->caseId);
    if (!c)
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The case for this sanction no longer exists."));
    const QList<Sanction> before = m_library->sanctions().forCase(existing->caseId);
    QList<Sanction> after = before;
    Sanction changed = edited;
    changed.caseId = existing->caseId;
    changed.sequence = existing->sequence;
    changed.modified = existing->modified;
    changed.modifiedBy = existing->modifiedBy;
    changed.rowVersion = existing->rowVersion;
    for (Sanction &s : after) {
        if (s.id == changed.id)
            s = changed;
    }
    if (after == before)
        return;
    refuseEntryErrors(validation::validateHistory(after, c->regulator), changed.sequence);
    SessionCommand::applyAndPush(
        m_undoStack, new SanctionHistoryCommand(*this, c->id, before, after,
                                                tr("Change sanction of %1").arg(c->reference)));
}

void LibrarySession::removeSanction(SanctionId id)
{
    const auto existing = m_library->sanctions().find(id);
    if (!existing)
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The sanction to remove no longer exists."));
    const auto c = m_library->cases().find(existing->caseId);
    const QList<Sanction> before = m_library->sanctions().forCase(existing->caseId);
    QList<Sanction> after;
    for (const Sanction &s : before) {
        if (s.id == id)
            continue;
        Sanction moved = s;
        moved.sequence = static_cast<int>(after.size());
        after.append(moved);
    }
    SessionCommand::applyAndPush(
        m_undoStack, new SanctionHistoryCommand(
                         *this, existing->caseId, before, after,
                         tr("Remove sanction from %1").arg(c ? c->reference : QString())));
}

} // namespace casebench
