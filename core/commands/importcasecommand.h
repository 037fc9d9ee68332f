// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/casejsonreader.h"
#include "model/factor.h"
#include "services/casejsonimporter.h"
#include "sessioncommands.h"

namespace casebench {

/// Imports a case from a case JSON file as one undoable edit: undo removes the case and the
/// factors the import added; redo puts them back under the same ids.
class ImportCaseCommand : public SessionCommand
{
public:
    ImportCaseCommand(LibrarySession &session, ParsedCase parsed, QString fileName,
                      QString reference);

    /// Imports `parsed` and pushes the edit on the session's stack. Throws LibraryError (then
    /// nothing is written and nothing pushed).
    static CaseJsonImportReport importInto(LibrarySession &session, const ParsedCase &parsed,
                                           const QString &fileName, const QString &reference = {});

    /// What the first redo did.
    [[nodiscard]] const CaseJsonImportReport &report() const { return m_report; }

protected:
    void announceRemovals(bool redo) override;
    void applyRedo() override;
    void applyUndo() override;

private:
    void takeSnapshot();
    void restoreSnapshot();
    void announceFactors(bool added);

    ParsedCase m_parsed;
    QString m_fileName;
    QString m_reference;
    bool m_imported = false;
    CaseJsonImportReport m_report;
    CaseSnapshot m_snapshot;        ///< the case as imported, every table of it
    QList<Factor> m_createdFactors; ///< parents before children
};

} // namespace casebench
