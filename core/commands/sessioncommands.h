// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/document.h"
#include "model/passage.h"
#include "model/sanction.h"
#include "model/storedsuggestion.h"
#include "storage/anonymisationrepository.h"
#include "storage/outlinerepository.h"

#include <QUndoCommand>

#include <exception>
#include <optional>

class QUndoStack;

namespace casebench {

class LibrarySession;

/// Base of the session's undo commands. redo()/undo() call apply…() which run one transaction
/// and signal. A failure on the first redo keeps the error for the session to rethrow (the
/// command is then never pushed); a later failure is reported through
/// LibrarySession::errorOccurred and the command marks itself obsolete, so the stack drops it.
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
    void emitCaseAdded();
    void emitCaseChanged();
    void emitCaseAboutToBeRemoved();
    void emitCaseRemoved();
    void emitSanctionsChanged();

private:
    void run(bool redo);

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
    void applyRedo() override;
    void applyUndo() override;

private:
    Case m_case;
};

/// Everything that belongs to a case, to restore it after removal.
struct CaseAggregate
{
    Case caseRecord;
    QList<Sanction> sanctions;
    QList<Document> documents;
    QList<Passage> passages;
    /// What an import stored beside a document: its outline, pages, source and suggestions.
    struct Imported
    {
        DocumentId document;
        Outline outline;
        QList<int> pageStarts;
        std::optional<DocumentSource> source; ///< nothing for a document not imported
        QList<StoredSuggestion> suggestions;
    };
    QList<Imported> imported;
    /// The case's anonymisation list (schema 5), with ids and positions.
    QList<AnonymisationRepository::Row> anonymisation;
};

/// Removes a case with its sanctions, documents and passages; undo restores all of them.
class RemoveCaseCommand : public SessionCommand
{
public:
    RemoveCaseCommand(LibrarySession &session, CaseId id, const QString &reference);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    CaseAggregate m_snapshot;
};

/// Replaces a case's fields.
class UpdateCaseCommand : public SessionCommand
{
public:
    UpdateCaseCommand(LibrarySession &session, const Case &before, const Case &after, const QString &text);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    void write(Case value, const Case &seen);

    Case m_before;
    Case m_after;
    int m_version = 0; ///< the case's row version the first write is made over
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
