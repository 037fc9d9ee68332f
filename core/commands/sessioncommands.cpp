// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncommands.h"

#include "conflicts.h"
#include "librarysession.h"
#include "model/conflicterror.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/casesnapshot.h"
#include "storage/documentrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "storage/transaction.h"

#include <QUndoStack>

#include <memory>
#include <utility>

namespace casebench {

SessionCommand::SessionCommand(LibrarySession &session, CaseId caseId, const QString &text)
    : QUndoCommand(text), m_session(session), m_caseId(caseId)
{}

void SessionCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    run(true);
}

void SessionCommand::undo()
{
    run(false);
}

void SessionCommand::run(bool redo)
{
    const bool first = !m_done;
    m_done = true;
    m_notices.clear();
    // Removals are announced before the change starts (nothing of it is written yet).
    announceRemovals(redo);
    try {
        if (redo)
            applyRedo();
        else
            applyUndo();
    } catch (const LibraryError &e) {
        m_notices.clear(); // nothing was written: no change to announce
        if (first) {
            m_firstError = std::current_exception();
        } else {
            setObsolete(true);
            Q_EMIT m_session.errorOccurred(e.message());
        }
        return;
    }
    // The write has committed: what a slot does now cannot turn the edit into a failure.
    const QList<std::function<void()>> notices = std::exchange(m_notices, {});
    for (const auto &send : notices)
        deliver(send);
    if (!first)
        deliver([this] { Q_EMIT m_session.caseTouched(m_caseId); });
}

void SessionCommand::announceRemovals(bool redo)
{
    Q_UNUSED(redo)
}

void SessionCommand::deliver(const std::function<void()> &send) const
{
    // Slots catch their own read errors; one that lets an exception out is reported here rather
    // than unwinding through the undo stack.
    try {
        send();
    } catch (const LibraryError &e) {
        Q_EMIT m_session.errorOccurred(e.message());
    } catch (const std::exception &e) {
        Q_EMIT m_session.errorOccurred(QString::fromLocal8Bit(e.what()));
    }
}

void SessionCommand::applyAndPush(QUndoStack *stack, SessionCommand *command)
{
    std::unique_ptr<SessionCommand> owned(command);
    owned->redo();
    if (const auto error = owned->firstError())
        std::rethrow_exception(error);
    owned->skipNextRedo();
    stack->push(owned.release());
}

// --- AddCaseCommand ---------------------------------------------------------------------------

AddCaseCommand::AddCaseCommand(LibrarySession &session, const Case &c)
    : SessionCommand(session, c.id,
                     QCoreApplication::translate("casebench", "Add case %1").arg(c.reference)),
      m_case(c)
{}

void AddCaseCommand::announceRemovals(bool redo)
{
    if (!redo)
        announce(&LibrarySession::caseAboutToBeRemoved, m_case.id);
}

void AddCaseCommand::applyRedo()
{
    m_case = session().library().cases().add(m_case);
    setCaseId(m_case.id);
    notify(&LibrarySession::caseAdded, m_case.id);
}

void AddCaseCommand::applyUndo()
{
    session().library().cases().remove(m_case.id);
    notify(&LibrarySession::caseRemoved, m_case.id);
}

// --- RemoveCaseCommand ------------------------------------------------------------------------

RemoveCaseCommand::RemoveCaseCommand(LibrarySession &session, CaseId id, const QString &reference)
    : SessionCommand(session, id,
                     QCoreApplication::translate("casebench", "Delete case %1").arg(reference))
{}

void RemoveCaseCommand::announceRemovals(bool redo)
{
    if (redo)
        announce(&LibrarySession::caseAboutToBeRemoved, caseId());
}

void RemoveCaseCommand::applyRedo()
{
    Library &library = session().library();
    // The snapshot is read in the transaction that removes the case: what undo restores is
    // exactly what was removed, every table that belongs to the case (CaseSnapshot::tables()).
    Transaction transaction(library);
    CaseSnapshot snapshot = CaseSnapshot::read(library, caseId());
    library.cases().remove(caseId());
    transaction.commit();
    m_snapshot = std::move(snapshot);
    notify(&LibrarySession::caseRemoved, caseId());
}

void RemoveCaseCommand::applyUndo()
{
    m_snapshot.restore(session().library());
    notify(&LibrarySession::caseAdded, caseId());
}

// --- UpdateCaseCommand ------------------------------------------------------------------------

UpdateCaseCommand::UpdateCaseCommand(LibrarySession &session, const Case &before, const Case &after,
                                     const QString &text)
    : SessionCommand(session, before.id, text), m_before(before), m_after(after),
      m_version(before.rowVersion)
{}

void UpdateCaseCommand::write(Case value, const Case &seen)
{
    CaseRepository &cases = session().library().cases();
    const auto current = cases.find(caseId());
    if (!current) {
        throw LibraryError(
            LibraryError::Kind::NotFound,
            QCoreApplication::translate("casebench", "The case “%1” no longer exists.")
                .arg(value.reference));
    }
    // Undo and redo restore this session's own values over its own last write only: when
    // another reviewer wrote the case since, the write is refused and they are named.
    value.rowVersion = m_written ? cases.versionWritten(caseId(), m_version) : m_version;
    try {
        m_version = cases.update(value).rowVersion;
        m_written = true;
    } catch (const ConflictError &e) {
        conflicts::rethrowForCase(session(), seen, e);
    }
    notify(&LibrarySession::caseChanged, caseId());
}

void UpdateCaseCommand::applyRedo()
{
    write(m_after, m_before);
}

void UpdateCaseCommand::applyUndo()
{
    write(m_before, m_after);
}

// --- SanctionHistoryCommand -------------------------------------------------------------------

SanctionHistoryCommand::SanctionHistoryCommand(LibrarySession &session, CaseId caseId,
                                               QList<Sanction> before, QList<Sanction> after,
                                               const QString &text)
    : SessionCommand(session, caseId, text), m_before(std::move(before)), m_after(std::move(after))
{}

void SanctionHistoryCommand::write(const QList<Sanction> &from, QList<Sanction> &to)
{
    SanctionRepository &sanctions = session().library().sanctions();
    QList<Sanction> expected = from;
    if (m_written) {
        for (Sanction &s : expected)
            s.rowVersion = sanctions.versionWritten(s.id, s.rowVersion);
    }
    QList<Sanction> stored;
    try {
        stored = sanctions.writeHistory(caseId(), expected, to);
    } catch (const ConflictError &e) {
        conflicts::rethrowForSanctions(session(), caseId(), from, e);
    }
    m_written = true;
    // The command's own entries with their ids and stamps as stored, but its own values: an
    // entry it leaves alone is never written by its undo or redo, whatever another reviewer
    // made of it since, and another reviewer's entry added meanwhile is not its to remove.
    for (Sanction &wanted : to) {
        for (const Sanction &s : std::as_const(stored)) {
            const bool same = wanted.id.isValid() ? s.id == wanted.id
                                                  : s.sequence == wanted.sequence;
            if (same) {
                wanted.id = s.id;
                wanted.caseId = s.caseId;
                wanted.modified = s.modified;
                wanted.modifiedBy = s.modifiedBy;
                wanted.rowVersion = s.rowVersion;
                break;
            }
        }
    }
    notify(&LibrarySession::sanctionsChanged, caseId());
}

void SanctionHistoryCommand::applyRedo()
{
    write(m_before, m_after);
}

void SanctionHistoryCommand::applyUndo()
{
    write(m_after, m_before);
}

} // namespace casebench
