// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncommands.h"

#include "conflicts.h"
#include "librarysession.h"
#include "model/conflicterror.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/transaction.h"
#include "storage/documentrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"

#include <QUndoStack>

#include <memory>

namespace casebench {

SessionCommand::SessionCommand(LibrarySession &session, CaseId caseId, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_caseId(caseId)
{
}

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
    try {
        if (redo)
            applyRedo();
        else
            applyUndo();
        if (!first)
            Q_EMIT m_session.caseTouched(m_caseId);
    } catch (const LibraryError &e) {
        if (first) {
            m_firstError = std::current_exception();
        } else {
            setObsolete(true);
            Q_EMIT m_session.errorOccurred(e.message());
        }
    }
}

void SessionCommand::emitCaseAdded()
{
    Q_EMIT m_session.caseAdded(m_caseId);
}

void SessionCommand::emitCaseChanged()
{
    Q_EMIT m_session.caseChanged(m_caseId);
}

void SessionCommand::emitCaseAboutToBeRemoved()
{
    Q_EMIT m_session.caseAboutToBeRemoved(m_caseId);
}

void SessionCommand::emitCaseRemoved()
{
    Q_EMIT m_session.caseRemoved(m_caseId);
}

void SessionCommand::emitSanctionsChanged()
{
    Q_EMIT m_session.sanctionsChanged(m_caseId);
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
                     QCoreApplication::translate("casebench", "Add case %1").arg(c.reference))
    , m_case(c)
{
}

void AddCaseCommand::applyRedo()
{
    m_case = session().library().cases().add(m_case);
    setCaseId(m_case.id);
    emitCaseAdded();
}

void AddCaseCommand::applyUndo()
{
    emitCaseAboutToBeRemoved();
    session().library().cases().remove(m_case.id);
    emitCaseRemoved();
}

// --- RemoveCaseCommand ------------------------------------------------------------------------

RemoveCaseCommand::RemoveCaseCommand(LibrarySession &session, CaseId id, const QString &reference)
    : SessionCommand(session, id,
                     QCoreApplication::translate("casebench", "Delete case %1").arg(reference))
{
}

void RemoveCaseCommand::applyRedo()
{
    Library &library = session().library();
    const auto found = library.cases().find(caseId());
    if (!found) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           QCoreApplication::translate("casebench", "The case to delete no longer exists."));
    }
    m_snapshot.caseRecord = *found;
    m_snapshot.sanctions = library.sanctions().forCase(caseId());
    m_snapshot.documents = library.documents().forCase(caseId(), true);
    m_snapshot.passages = library.passages().forCase(caseId());
    // Outlines, pages and import suggestions go with their documents (ON DELETE CASCADE), so
    // they are kept here too: undo brings the documents back whole.
    m_snapshot.imported.clear();
    OutlineRepository &outlines = library.outlines();
    ImportSuggestionRepository &suggestions = library.importSuggestions();
    for (const Document &document : std::as_const(m_snapshot.documents)) {
        std::optional<DocumentSource> source = outlines.source(document.id);
        QList<StoredSuggestion> stored = suggestions.forDocument(document.id);
        if (!source && stored.isEmpty())
            continue;
        CaseAggregate::Imported imported{document.id, {}, {}, source, std::move(stored)};
        if (source) {
            imported.outline = outlines.outline(document.id);
            imported.pageStarts = outlines.pageStarts(document.id);
        }
        m_snapshot.imported.append(std::move(imported));
    }
    m_snapshot.anonymisation = library.anonymisation().rows(caseId());
    emitCaseAboutToBeRemoved();
    library.cases().remove(caseId());
    emitCaseRemoved();
}

void RemoveCaseCommand::applyUndo()
{
    Library &library = session().library();
    Transaction transaction(library);
    library.cases().add(m_snapshot.caseRecord);
    for (const Sanction &sanction : std::as_const(m_snapshot.sanctions))
        library.sanctions().add(sanction);
    for (const Document &document : std::as_const(m_snapshot.documents))
        library.documents().add(document);
    for (const Passage &passage : std::as_const(m_snapshot.passages))
        library.passages().add(passage);
    OutlineRepository &outlines = library.outlines();
    ImportSuggestionRepository &suggestions = library.importSuggestions();
    for (const CaseAggregate::Imported &imported : std::as_const(m_snapshot.imported)) {
        if (imported.source)
            outlines.save(imported.document, imported.outline, imported.pageStarts, *imported.source);
        if (!imported.suggestions.isEmpty())
            suggestions.add(imported.document, imported.suggestions);
    }
    library.anonymisation().restore(m_snapshot.anonymisation);
    transaction.commit();
    emitCaseAdded();
}

// --- UpdateCaseCommand ------------------------------------------------------------------------

UpdateCaseCommand::UpdateCaseCommand(LibrarySession &session, const Case &before, const Case &after,
                                     const QString &text)
    : SessionCommand(session, before.id, text)
    , m_before(before)
    , m_after(after)
    , m_version(before.rowVersion)
{
}

void UpdateCaseCommand::write(Case value, const Case &seen)
{
    CaseRepository &cases = session().library().cases();
    const auto current = cases.find(caseId());
    if (!current) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           QCoreApplication::translate("casebench", "The case “%1” no longer exists.").arg(value.reference));
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
    emitCaseChanged();
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
    : SessionCommand(session, caseId, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

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
    emitSanctionsChanged();
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
