// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcasecommand.h"

#include "librarysession.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace casebench {

ImportCaseCommand::ImportCaseCommand(LibrarySession &session, ParsedCase parsed, QString fileName,
                                     QString reference)
    : SessionCommand(session, CaseId(),
                     QCoreApplication::translate("casebench", "Import case %1 from %2")
                         .arg(reference.isEmpty() ? parsed.caseRecord.reference : reference,
                              QFileInfo(fileName).fileName())),
      m_parsed(std::move(parsed)), m_fileName(std::move(fileName)),
      m_reference(std::move(reference))
{}

CaseJsonImportReport ImportCaseCommand::importInto(LibrarySession &session,
                                                   const ParsedCase &parsed,
                                                   const QString &fileName,
                                                   const QString &reference)
{
    auto *command = new ImportCaseCommand(session, parsed, fileName, reference);
    // Deletes the command and rethrows when the import fails; otherwise the stack owns it.
    SessionCommand::applyAndPush(session.undoStack(), command);
    return command->report();
}

void ImportCaseCommand::announceRemovals(bool redo)
{
    if (redo)
        return;
    announce(&LibrarySession::caseAboutToBeRemoved, caseId());
    for (auto it = m_createdFactors.crbegin(); it != m_createdFactors.crend(); ++it)
        announce(&LibrarySession::factorAboutToBeRemoved, it->id);
}

void ImportCaseCommand::applyRedo()
{
    if (!m_imported) {
        m_report = CaseJsonImporter::import(session().library(), m_parsed, m_fileName, m_reference);
        m_imported = true;
        setCaseId(m_report.caseId);
        takeSnapshot();
        m_parsed = ParsedCase(); // the snapshot holds it from now on
    } else {
        restoreSnapshot();
    }
    announceFactors(true);
    notify(&LibrarySession::caseAdded, caseId());
}

void ImportCaseCommand::applyUndo()
{
    Library &library = session().library();
    Transaction transaction(library);
    library.cases().remove(caseId());
    for (auto it = m_createdFactors.crbegin(); it != m_createdFactors.crend(); ++it)
        library.codebook().remove(it->id);
    transaction.commit();
    notify(&LibrarySession::caseRemoved, caseId());
    announceFactors(false);
}

void ImportCaseCommand::takeSnapshot()
{
    Library &library = session().library();
    m_snapshot = CaseSnapshot::read(library, caseId());
    m_createdFactors.clear();
    for (FactorId id : std::as_const(m_report.createdFactors)) {
        if (const auto factor = library.codebook().find(id))
            m_createdFactors.append(*factor);
    }
}

void ImportCaseCommand::restoreSnapshot()
{
    Library &library = session().library();
    Transaction transaction(library);
    for (const Factor &factor : std::as_const(m_createdFactors))
        library.codebook().add(factor);
    m_snapshot.restore(library);
    transaction.commit();
}

void ImportCaseCommand::announceFactors(bool added)
{
    if (m_createdFactors.isEmpty())
        return;
    for (const Factor &factor : std::as_const(m_createdFactors)) {
        if (added)
            notify(&LibrarySession::factorAdded, factor.id);
        else
            notify(&LibrarySession::factorRemoved, factor.id);
    }
    notify(&LibrarySession::codebookChanged);
}

} // namespace casebench
