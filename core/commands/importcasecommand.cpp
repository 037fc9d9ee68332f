// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcasecommand.h"

#include "librarysession.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/transaction.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"

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
    emitCaseAdded();
}

void ImportCaseCommand::applyUndo()
{
    Library &library = session().library();
    emitCaseAboutToBeRemoved();
    for (auto it = m_createdFactors.crbegin(); it != m_createdFactors.crend(); ++it)
        Q_EMIT session().factorAboutToBeRemoved(it->id);
    Transaction transaction(library);
    library.cases().remove(caseId());
    for (auto it = m_createdFactors.crbegin(); it != m_createdFactors.crend(); ++it)
        library.codebook().remove(it->id);
    transaction.commit();
    emitCaseRemoved();
    announceFactors(false);
}

void ImportCaseCommand::takeSnapshot()
{
    Library &library = session().library();
    m_snapshot.caseRecord = *library.cases().find(caseId());
    m_snapshot.sanctions = library.sanctions().forCase(caseId());
    m_snapshot.documents = library.documents().forCase(caseId(), true);
    m_snapshot.passages = library.passages().forCase(caseId());
    OutlineRepository &outlines = library.outlines();
    for (const Document &document : std::as_const(m_snapshot.documents)) {
        const std::optional<DocumentSource> source = outlines.source(document.id);
        if (source) {
            m_snapshot.imported.append({document.id,
                                        outlines.outline(document.id),
                                        outlines.pageStarts(document.id),
                                        source,
                                        {}});
        }
    }
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
    library.cases().add(m_snapshot.caseRecord);
    for (const Sanction &sanction : std::as_const(m_snapshot.sanctions))
        library.sanctions().add(sanction);
    for (const Document &document : std::as_const(m_snapshot.documents))
        library.documents().add(document);
    for (const Passage &passage : std::as_const(m_snapshot.passages))
        library.passages().add(passage);
    OutlineRepository &outlines = library.outlines();
    for (const CaseAggregate::Imported &imported : std::as_const(m_snapshot.imported))
        outlines.save(imported.document, imported.outline, imported.pageStarts, *imported.source);
    transaction.commit();
}

void ImportCaseCommand::announceFactors(bool added)
{
    if (m_createdFactors.isEmpty())
        return;
    for (const Factor &factor : std::as_const(m_createdFactors)) {
        if (added)
            Q_EMIT session().factorAdded(factor.id);
        else
            Q_EMIT session().factorRemoved(factor.id);
    }
    Q_EMIT session().codebookChanged();
}

} // namespace casebench
