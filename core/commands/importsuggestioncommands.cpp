// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsuggestioncommands.h"

#include "librarysession.h"
#include "model/libraryerror.h"
#include "storage/documentrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"

#include <QUndoStack>

#include <memory>

namespace casebench {

SetImportSuggestionStatusCommand::SetImportSuggestionStatusCommand(
    LibrarySession &session, CaseId caseId, SuggestionId id, SuggestionStatus before,
    SuggestionStatus after, const QString &text)
    : SessionCommand(session, caseId, text)
    , m_id(id)
    , m_before(before)
    , m_after(after)
{
}

void SetImportSuggestionStatusCommand::write(SuggestionStatus status)
{
    ImportSuggestionRepository(session().library().database()).setStatus(m_id, status);
    Q_EMIT session().importSuggestionsChanged(caseId());
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
    ImportSuggestionRepository repository(m_library->database());
    const auto found = repository.find(id);
    if (!found) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The suggestion (id %1) no longer exists.").arg(id.value));
    }
    if (found->status == status)
        return;
    const auto document = m_library->documents().find(found->document);
    if (!document) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           tr("The document of the suggestion (id %1) no longer exists.")
                               .arg(id.value));
    }
    const QString field = enumLabel(found->field).toLower();
    const QString text = status == SuggestionStatus::Dismissed
                             ? tr("Dismiss suggested %1").arg(field)
                             : tr("Restore suggested %1").arg(field);
    SessionCommand::applyAndPush(m_undoStack, new SetImportSuggestionStatusCommand(*this, document->caseId, id,
                                                           found->status, status, text));
}

} // namespace casebench
