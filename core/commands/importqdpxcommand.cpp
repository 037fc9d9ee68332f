// SPDX-License-Identifier: GPL-3.0-or-later
#include "importqdpxcommand.h"

#include "export/qdpxproject.h"
#include "librarysession.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace casebench {

ImportQdpxCommand::ImportQdpxCommand(LibrarySession &session, const QdpxProject &project,
                                     QdpxImportOptions options, QString fileName)
    : SessionCommand(session, options.intoCase,
                     QCoreApplication::translate("casebench", "Import REFI-QDA project %1")
                         .arg(QFileInfo(fileName).fileName())),
      m_project(&project), m_options(std::move(options)), m_fileName(std::move(fileName))
{}

QdpxImportReport ImportQdpxCommand::importInto(LibrarySession &session, const QdpxProject &project,
                                               const QdpxImportOptions &options,
                                               const QString &fileName)
{
    auto *command = new ImportQdpxCommand(session, project, options, fileName);
    // Deletes the command and rethrows when the import fails; otherwise the stack owns it.
    SessionCommand::applyAndPush(session.undoStack(), command);
    return command->report();
}

void ImportQdpxCommand::applyRedo()
{
    if (!m_imported) {
        m_report = QdpxImporter::import(session().library(), *m_project, m_options,
                                        QFileInfo(m_fileName).fileName());
        m_imported = true;
        m_project = nullptr;
        if (!m_report.createdCases.isEmpty())
            setCaseId(m_report.createdCases.constFirst());
        takeSnapshot();
    } else {
        restoreSnapshot();
    }
    notifyAll(true);
}

void ImportQdpxCommand::announceRemovals(bool redo)
{
    if (redo)
        return;
    for (const CaseId id : std::as_const(m_report.createdCases))
        announce(&LibrarySession::caseAboutToBeRemoved, id);
    for (auto it = m_factors.crbegin(); it != m_factors.crend(); ++it)
        announce(&LibrarySession::factorAboutToBeRemoved, it->id);
}

void ImportQdpxCommand::applyUndo()
{
    Library &library = session().library();
    Transaction transaction(library);
    for (const DocumentId id : std::as_const(m_report.addedDocuments))
        library.documents().remove(id);
    for (const CaseId id : std::as_const(m_report.createdCases))
        library.cases().remove(id);
    for (auto it = m_factors.crbegin(); it != m_factors.crend(); ++it)
        library.codebook().remove(it->id);
    transaction.commit();
    notifyAll(false);
}

void ImportQdpxCommand::takeSnapshot()
{
    Library &library = session().library();
    for (const CaseId id : std::as_const(m_report.createdCases)) {
        if (const auto c = library.cases().find(id))
            m_cases.append(*c);
        m_documents += library.documents().forCase(id, true);
    }
    for (const DocumentId id : std::as_const(m_report.addedDocuments)) {
        if (const auto document = library.documents().find(id))
            m_documents.append(*document);
    }
    for (const Document &document : std::as_const(m_documents))
        m_passages += library.passages().forDocument(document.id);
    for (const FactorId id : std::as_const(m_report.createdFactors)) {
        if (const auto f = library.codebook().find(id))
            m_factors.append(*f);
    }
}

void ImportQdpxCommand::restoreSnapshot()
{
    Library &library = session().library();
    Transaction transaction(library);
    for (const Factor &f : std::as_const(m_factors))
        library.codebook().add(f);
    for (const Case &c : std::as_const(m_cases))
        library.cases().add(c);
    for (const Document &document : std::as_const(m_documents))
        library.documents().add(document);
    for (const Passage &p : std::as_const(m_passages))
        library.passages().add(p);
    transaction.commit();
}

void ImportQdpxCommand::notifyAll(bool added)
{
    for (const Factor &f : std::as_const(m_factors)) {
        if (added)
            notify(&LibrarySession::factorAdded, f.id);
        else
            notify(&LibrarySession::factorRemoved, f.id);
    }
    if (!m_factors.isEmpty())
        notify(&LibrarySession::codebookChanged);
    for (const CaseId id : std::as_const(m_report.createdCases)) {
        if (added)
            notify(&LibrarySession::caseAdded, id);
        else
            notify(&LibrarySession::caseRemoved, id);
    }
    if (m_options.intoCase.isValid()) {
        notify(&LibrarySession::caseChanged, m_options.intoCase);
        notify(&LibrarySession::caseTouched, m_options.intoCase);
    }
}

} // namespace casebench
