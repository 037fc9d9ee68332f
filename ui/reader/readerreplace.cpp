// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's Document ▸ Replace with New Version…: a corrected or cleaner copy of the decision
// replaces the text, and the passages are found again (orphans are listed, never dropped).
#include "readerwindow.h"

#include "analysis/reanchor.h"
#include "commands/librarysession.h"
#include "import/documentreader.h"
#include "model/libraryerror.h"
#include "services/libraryworker.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace casebench::ui {

void ReaderWindow::chooseReplacement()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Replace “%1” with a New Version").arg(m_document.title), QString(),
        tr("Decisions (*.pdf *.docx *.odt *.html *.htm *.txt *.md);;All files (*)"));
    if (!path.isEmpty())
        startReplacement(path);
}

void ReaderWindow::showReplaced(const QString &fileName, const ReanchorReport &result)
{
    statusBar()->showMessage(
        tr("Replaced with %1: %2 passages unchanged, %3 moved, %4 reworded, %5 not found "
           "(listed as “Not found in the current text”; select their new place and use "
           "Re-place at Selection). Undo restores the old version.")
            .arg(fileName)
            .arg(result.unchanged)
            .arg(result.moved)
            .arg(result.changed)
            .arg(result.orphaned),
        30000);
}

bool ReaderWindow::replacing() const
{
    return m_jobs->isBusy(u"replace"_s);
}

void ReaderWindow::startReplacement(const QString &path)
{
    if (!m_session || !m_document.id.isValid())
        return;
    const DocumentId id = m_document.id;
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(tr("Reading %1…").arg(name));
    // Reading (Poppler for a PDF) and re-anchoring every passage run on the window's own
    // connection; the edit itself is made here, checked against what was read.
    m_jobs->request(
        u"replace"_s,
        [path, id, name](LibraryWorker::State &state, JobControl &control) {
            const ReadResult read = DocumentReader::readFile(path);
            if (!read.ok())
                throw LibraryError(LibraryError::Kind::Io, read.error);
            control.progress(1, 2, tr("Finding the passages again in %1…").arg(name));
            return LibrarySession::planReplacement(state.open(), id, read.extracted->text, name);
        },
        [this, name](const LibrarySession::DocumentReplacement &plan) {
            if (!m_session) {
                Q_EMIT replacementFinished(false);
                return;
            }
            try {
                showReplaced(name, m_session->applyReplacement(plan));
                Q_EMIT replacementFinished(true);
            } catch (const LibraryError &e) {
                report(e.message());
                Q_EMIT replacementFinished(false);
            }
        },
        [this](const QString &message) {
            report(message);
            Q_EMIT replacementFinished(false);
        },
        [this](int, int, const QString &what) { statusBar()->showMessage(what); });
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
        const ReanchorReport result = m_session->replaceDocument(
            m_document.id, read.extracted->text, QFileInfo(path).fileName());
        showReplaced(QFileInfo(path).fileName(), result);
        return result;
    } catch (const LibraryError &e) {
        report(e.message());
        return std::nullopt;
    }
}

} // namespace casebench::ui
