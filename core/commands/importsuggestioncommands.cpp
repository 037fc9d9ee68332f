// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsuggestioncommands.h"

#include "librarysession.h"
#include "model/libraryerror.h"
#include "sessioncommands.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"

#include <QUndoStack>

#include <memory>

namespace casebench {

SetImportSuggestionStatusCommand::SetImportSuggestionStatusCommand(LibrarySession &session,
                                                                   CaseId caseId, SuggestionId id,
                                                                   SuggestionStatus before,
                                                                   SuggestionStatus after,
                                                                   const QString &text)
    : SessionCommand(session, caseId, text), m_id(id), m_before(before), m_after(after)
{}

void SetImportSuggestionStatusCommand::write(SuggestionStatus status)
{
    session().library().importSuggestions().setStatus(m_id, status);
    notify(&LibrarySession::importSuggestionsChanged, caseId());
}

void SetImportSuggestionStatusCommand::applyRedo()
{
    write(m_after);
}

void SetImportSuggestionStatusCommand::applyUndo()
{
    write(m_before);
}

// --- LibrarySession's import-suggestion mutator ------------------------------------------------

void LibrarySession::setImportSuggestionStatus(SuggestionId id, SuggestionStatus status)
{
    ImportSuggestionRepository &repository = m_library->importSuggestions();
    const auto found = repository.find(id);
    if (!found) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The suggestion (id %1) no longer exists.").arg(id.value));
    }
    if (found->status == status)
        return;
    const auto document = m_library->documents().find(found->document);
    if (!document) {
        throw LibraryError(
            LibraryError::Kind::NotFound,
            tr("The document of the suggestion (id %1) no longer exists.").arg(id.value));
    }
    const QString field = enumLabel(found->field).toLower();
    const QString text = status == SuggestionStatus::Dismissed
                             ? tr("Dismiss suggested %1").arg(field)
                             : tr("Restore suggested %1").arg(field);
    SessionCommand::applyAndPush(m_undoStack,
                                 new SetImportSuggestionStatusCommand(*this, document->caseId, id,
                                                                      found->status, status, text));
}

void LibrarySession::acceptSuggestions(const QList<acceptance::Plan> &plans, const QString &text)
{
    QList<const acceptance::Plan *> work;
    for (const acceptance::Plan &plan : plans) {
        if (!plan.isEmpty())
            work.append(&plan);
    }
    if (work.isEmpty())
        return;
    const int indexBefore = m_undoStack->index();
    m_undoStack->beginMacro(text);
    try {
        for (const acceptance::Plan *plan : std::as_const(work)) {
            if (plan->caseChanged)
                updateCase(plan->updated, tr("fields"));
            if (!plan->historyChanged)
                continue;
            const auto c = m_library->cases().find(plan->updated.id);
            if (!c) {
                throw LibraryError(
                    LibraryError::Kind::NotFound,
                    tr("The case “%1” no longer exists.").arg(plan->updated.reference));
            }
            QList<Sanction> after = plan->history;
            for (Sanction &entry : after)
                entry.caseId = c->id;
            // acceptance::plan() validated the entries it adds.
            const QList<Sanction> before = m_library->sanctions().forCase(c->id);
            SessionCommand::applyAndPush(
                m_undoStack, new SanctionHistoryCommand(
                                 *this, c->id, before, after,
                                 tr("Accept the sanction history of %1").arg(c->reference)));
        }
    } catch (...) {
        m_undoStack->endMacro();
        // Back to where the edit began: nothing of a failed acceptance stays applied.
        if (m_undoStack->index() > indexBefore)
            m_undoStack->undo();
        throw;
    }
    m_undoStack->endMacro();
}

acceptance::Plan LibrarySession::planAcceptance(CaseId id, AcceptScope scope) const
{
    const auto c = m_library->cases().find(id);
    if (!c) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The case (id %1) no longer exists.").arg(id.value));
    }
    return acceptance::plan(*c, m_library->sanctions().forCase(id),
                            acceptance::reviewRows(*m_library, id), scope);
}

} // namespace casebench
