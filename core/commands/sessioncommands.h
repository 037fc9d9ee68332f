// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/case.h"
#include "model/document.h"
#include "model/passage.h"
#include "model/sanction.h"
#include "model/storedsuggestion.h"
#include "storage/anonymisationrepository.h"
#include "storage/casesnapshot.h"
#include "storage/outlinerepository.h"

#include <QUndoCommand>

#include <exception>
#include <functional>
#include <optional>
#include <type_traits>

class QUndoStack;

namespace casebench {

/// Base of the session's undo commands. redo()/undo() call apply…() which run one transaction
/// and record the signals to send (notify()); run() sends them once apply…() has returned, that
/// is after the write committed, outside its error handling. `…AboutToBeRemoved` signals go out
/// before apply…() starts (announceRemovals()). A failed apply…() sends no change signal. A
/// failure on the first redo keeps the error for the session to rethrow (the command is then
/// never pushed); a later failure is reported through LibrarySession::errorOccurred and the
/// command marks itself obsolete, so the stack drops it. An exception a slot lets out of a
/// signal is reported through errorOccurred too: the edit itself stays done.
class SessionCommand : public QUndoCommand
{
public:
    SessionCommand(LibrarySession &session, CaseId caseId, const QString &text);

    void redo() final;
    void undo() final;

    /// The next redo() is a no-op: the session has applied the command before pushing it.
    void skipNextRedo() { m_skipNextRedo = true; }
    /// The error of the first redo, if it failed.
    [[nodiscard]] std::exception_ptr firstError() const { return m_firstError; }

    /// Applies `command` once outside the stack, so that a failure reaches the caller as an
    /// exception with nothing pushed, then hands it to `stack` without applying it again.
    static void applyAndPush(QUndoStack *stack, SessionCommand *command);
    /// The case the command edits (for an added case: known after the first redo).
    [[nodiscard]] CaseId caseId() const { return m_caseId; }

protected:
    virtual void applyRedo() = 0;
    virtual void applyUndo() = 0;

    LibrarySession &session() const { return m_session; }
    void setCaseId(CaseId id) { m_caseId = id; }

    /// Records `signal(values…)` to be sent once the write has committed (see the class).
    template <typename... Args>
    void notify(void (LibrarySession::*signal)(Args...), std::type_identity_t<Args>... values)
    {
        m_notices.append(
            [&session = m_session, signal, values...] { (session.*signal)(values...); });
    }
    /// Sends the `…AboutToBeRemoved` signals of what the coming redo (`redo`) or undo removes,
    /// from values the command holds (no reads): run() calls it before apply…(), so before the
    /// change's transaction starts. The default sends nothing.
    virtual void announceRemovals(bool redo);
    /// Sends one signal now (announceRemovals()); a slot's exception goes to errorOccurred.
    template <typename... Args>
    void announce(void (LibrarySession::*signal)(Args...), std::type_identity_t<Args>... values)
    {
        deliver([&session = m_session, signal, values...] { (session.*signal)(values...); });
    }

private:
    void run(bool redo);
    void deliver(const std::function<void()> &send) const;

    QList<std::function<void()>> m_notices;

    LibrarySession &m_session;
    CaseId m_caseId;
    bool m_done = false;
    bool m_skipNextRedo = false;
    std::exception_ptr m_firstError;
};

/// Adds a case (and on redo after undo, adds it again with the same id).
class AddCaseCommand : public SessionCommand
{
public:
    AddCaseCommand(LibrarySession &session, const Case &c);

protected:
    void announceRemovals(bool redo) override;
    void applyRedo() override;
    void applyUndo() override;

private:
    Case m_case;
};

/// Removes a case with everything that belongs to it (CaseSnapshot: sanctions, documents,
/// passages, outlines, suggestions, dismissals, anonymisation list, fingerprints, …); undo
/// restores every row under its ids.
class RemoveCaseCommand : public SessionCommand
{
public:
    RemoveCaseCommand(LibrarySession &session, CaseId id, const QString &reference);

protected:
    void announceRemovals(bool redo) override;
    void applyRedo() override;
    void applyUndo() override;

private:
    CaseSnapshot m_snapshot;
};

/// Replaces a case's fields.
class UpdateCaseCommand : public SessionCommand
{
public:
    UpdateCaseCommand(LibrarySession &session, const Case &before, const Case &after,
                      const QString &text);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    void write(Case value, const Case &seen);

    Case m_before;
    Case m_after;
    int m_version = 0;      ///< the case's row version the first write is made over
    bool m_written = false; ///< later writes go over this session's own last write
};

/// Replaces a case's sanction history (adding, changing or removing an entry).
class SanctionHistoryCommand : public SessionCommand
{
public:
    SanctionHistoryCommand(LibrarySession &session, CaseId caseId, QList<Sanction> before,
                           QList<Sanction> after, const QString &text);

    /// After the first redo: the history as stored (new entries have their ids).
    [[nodiscard]] const QList<Sanction> &after() const { return m_after; }

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    /// Writes `to` over `from` (schema 7: only over the versions this session last saw or
    /// wrote; another reviewer's write in between is refused and named), then keeps `to` as
    /// stored.
    void write(const QList<Sanction> &from, QList<Sanction> &to);

    QList<Sanction> m_before;
    QList<Sanction> m_after;
    bool m_written = false; ///< later writes go over this session's own last write
};

} // namespace casebench
