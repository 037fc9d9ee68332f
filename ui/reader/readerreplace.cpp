// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's Document ▸ Replace with New Version…: a corrected or cleaner copy of the decision
// replaces the text, and the passages are found again (orphans are listed, never dropped).
#include "readerwindow.h"

#include "analysis/reanchor.h"
#include "commands/librarysession.h"
#include "import/documentreader.h"
#include "model/libraryerror.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace casebench::ui {

void ReaderWindow::chooseReplacement()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Replace “%1” with a New Version").arg(m_document.title), QString(),
        tr("Decisions (*.pdf *.docx *.odt *.html *.htm *.txt *.md);;All files (*)"));
    if (!path.isEmpty())
        replaceWithFile(path);
}

std::optional<ReanchorReport> ReaderWindow::replaceWithFile(const QString &path)
{
    if (!m_session || !m_document.id.isValid())
        return std::nullopt;
    const ReadResult read = DocumentReader::readFile(path);
    if (!read.ok()) {
        report(read.error);
        return std::nullopt;
    }
    try {
        const ReanchorReport result =
            m_session->replaceDocument(m_document.id, read.extracted->text,
                                       QFileInfo(path).fileName());
        statusBar()->showMessage(
            tr("Replaced with %1: %2 passages unchanged, %3 moved, %4 reworded, %5 not found "
               "(listed as “Not found in the current text”; select their new place and use "
               "Re-place at Selection). Undo restores the old version.")
                .arg(QFileInfo(path).fileName())
                .arg(result.unchanged)
                .arg(result.moved)
                .arg(result.changed)
                .arg(result.orphaned),
            30000);
        return result;
    } catch (const LibraryError &e) {
        report(e.message());
        return std::nullopt;
    }
}

} // namespace casebench::ui
