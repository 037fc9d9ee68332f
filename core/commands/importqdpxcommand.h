// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/document.h"
#include "model/factor.h"
#include "model/passage.h"
#include "services/qdpximporter.h"
#include "sessioncommands.h"

namespace casebench {

struct QdpxProject;

/// Imports a REFI-QDA project (QdpxImporter) as one undoable edit: undo removes the cases,
/// documents, passages and factors it made; redo puts them back under the same ids.
class ImportQdpxCommand : public SessionCommand
{
public:
    ImportQdpxCommand(LibrarySession &session, const QdpxProject &project,
                      QdpxImportOptions options, QString fileName);

    /// Imports and pushes the edit on the session's stack. Throws LibraryError (then nothing is
    /// written and nothing pushed).
    static QdpxImportReport importInto(LibrarySession &session, const QdpxProject &project,
                                       const QdpxImportOptions &options, const QString &fileName);

    /// What the first redo did.
    [[nodiscard]] const QdpxImportReport &report() const { return m_report; }

protected:
    void announceRemovals(bool redo) override;
    void applyRedo() override;
    void applyUndo() override;

private:
    void takeSnapshot();
    void restoreSnapshot();
    void notifyAll(bool added);

    const QdpxProject *m_project; ///< only until the first redo
    QdpxImportOptions m_options;
    QString m_fileName;
    bool m_imported = false;
    QdpxImportReport m_report;
    QList<Case> m_cases;
    QList<Document> m_documents; ///< of the new cases and those added to an existing case
    QList<Passage> m_passages;
    QList<Factor> m_factors; ///< parents first
};

} // namespace casebench
