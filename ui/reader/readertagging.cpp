// SPDX-License-Identifier: GPL-3.0-or-later
// ReaderWindow: tagging, suggestions and the passage menus.
#include "readerwindow.h"

#include "commands/librarysession.h"
#include "factorlistmodel.h"
#include "model/libraryerror.h"
#include "passagemodel.h"
#include "quickpick.h"
#include "readerview.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QMenu>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

QString shortQuote(const QString &quote)
{
    const QString line = quote.simplified();
    return line.size() > 40 ? line.left(39) + u'…' : line;
}

} // namespace

bool ReaderWindow::canEdit() const
{
    return m_session && !m_session->library().isReadOnly();
}

bool ReaderWindow::refuseReadOnly()
{
    if (canEdit())
        return false;
    statusBar()->showMessage(
        tr("This library is read-only for you: you can read, search and compare, not tag."), 8000);
    return true;
}

bool ReaderWindow::tagSelection(FactorId factor)
{
    if (!m_session || !m_document.id.isValid() || refuseReadOnly())
        return false;
    auto [start, end] = m_view->selectedSpan();
    // A selection made by double-click or drag often takes a space or line break with it.
    while (start < end && m_document.text.at(start).isSpace())
        ++start;
    while (end > start && m_document.text.at(end - 1).isSpace())
        --end;
    if (end <= start) {
        statusBar()->showMessage(tr("Select the text to tag first."), 5000);
        return false;
    }
    try {
        m_session->tagPassage(m_document.id, factor, start, end, placeOf(start));
    } catch (const LibraryError &e) {
        report(e.message());
        return false;
    }
    statusBar()->showMessage(m_session->undoStack()->undoText(), 5000);
    return true;
}

void ReaderWindow::showQuickPick()
{
    if (refuseReadOnly())
        return;
    if (!m_view->textCursor().hasSelection()) {
        statusBar()->showMessage(tr("Select the text to tag first."), 5000);
        return;
    }
    const QRect cursor = m_view->cursorRect();
    m_quickPick->popup(m_view->viewport()->mapToGlobal(cursor.bottomLeft() + QPoint(0, 4)));
}

void ReaderWindow::acceptSuggestion(int index)
{
    if (index < 0 || index >= m_shownSuggestions.size() || !m_session || refuseReadOnly())
        return;
    const PhraseSuggestion s = m_shownSuggestions.at(index);
    try {
        m_session->tagPassage(m_document.id, s.factor, s.start, s.end, placeOf(s.start));
    } catch (const LibraryError &e) {
        report(e.message());
        return;
    }
    statusBar()->showMessage(tr("Accepted: %1").arg(m_session->undoStack()->undoText()), 5000);
}

void ReaderWindow::dismissSuggestion(int index)
{
    if (index < 0 || index >= m_shownSuggestions.size() || !m_session || refuseReadOnly())
        return;
    const PhraseSuggestion s = m_shownSuggestions.at(index);
    try {
        // Stored and undoable; suggestionsChanged brings the new list.
        m_session->dismissSuggestion(m_document.id, s);
    } catch (const LibraryError &e) {
        report(e.message());
        return;
    }
    statusBar()->showMessage(tr("Dismissed the suggestion “%1” for %2.")
                                 .arg(shortQuote(s.quote), m_factors.value(s.factor).name),
                             5000);
}

void ReaderWindow::removePassage(PassageId id)
{
    if (!m_session)
        return;
    try {
        const auto passage = m_session->library().passages().find(id);
        m_session->removePassage(id, passage && passage->document == m_document.id
                                         ? placeOf(passage->start)
                                         : QString());
    } catch (const LibraryError &e) {
        report(e.message());
    }
}

void ReaderWindow::changeFactor(PassageId id, FactorId factor)
{
    if (!m_session)
        return;
    try {
        const auto passage = m_session->library().passages().find(id);
        m_session->setPassageFactor(
            id, factor,
            passage && passage->document == m_document.id ? placeOf(passage->start) : QString());
    } catch (const LibraryError &e) {
        report(e.message());
    }
}

void ReaderWindow::replacePassage(PassageId id, int start, int end)
{
    if (!m_session)
        return;
    try {
        m_session->movePassage(id, start, end, placeOf(start));
    } catch (const LibraryError &e) {
        report(e.message());
    }
}

void ReaderWindow::deleteSelectedPassage()
{
    if (!m_session || refuseReadOnly())
        return;
    QList<PassageId> ids;
    if (m_passageView->hasFocus()) {
        const QModelIndexList rows = m_passageView->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows) {
            if (const auto p = m_passageModel->passageAt(row))
                ids.append(p->id);
        }
    } else {
        const QList<PassageId> under = m_view->passagesAt(m_view->textCursor().position());
        if (!under.isEmpty())
            ids.append(under.first());
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("No passage is selected."), 5000);
        return;
    }
    if (ids.size() == 1) {
        removePassage(ids.first());
        return;
    }
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(tr("Delete %1 passages").arg(ids.size()));
    for (PassageId id : std::as_const(ids))
        removePassage(id);
    stack->endMacro();
}

void ReaderWindow::activatePassage(const QModelIndex &index)
{
    const auto passage = m_passageModel->passageAt(index);
    if (!passage || passage->orphaned)
        return;
    if (passage->document != m_document.id) {
        openDocument(passage->document, passage->start, passage->end);
        return;
    }
    m_view->selectSpan(passage->start, passage->end);
}

// --- Menus ------------------------------------------------------------------------------------

void ReaderWindow::addTagMenu(QMenu *menu, const QString &title, bool enabled,
                              const std::function<void(FactorId)> &apply)
{
    QMenu *tagMenu = menu->addMenu(title);
    tagMenu->setEnabled(enabled);
    for (const FactorCategory category : enumValues<FactorCategory>()) {
        QMenu *sub = nullptr;
        for (const Factor &f : std::as_const(m_factorList)) {
            if (f.category != category)
                continue;
            if (!sub)
                sub = tagMenu->addMenu(enumLabel(category));
            QPixmap swatch(12, 12);
            swatch.fill(colourOf(f.id));
            QAction *action = sub->addAction(QIcon(swatch), f.name);
            action->setShortcut(QKeySequence(f.shortcut, QKeySequence::PortableText));
            const FactorId id = f.id;
            connect(action, &QAction::triggered, this, [apply, id] { apply(id); });
        }
    }
}

void ReaderWindow::fillContextMenu(QMenu *menu, int offset)
{
    menu->addSeparator();
    addTagMenu(menu, tr("&Tag as"), m_view->textCursor().hasSelection() && canEdit(),
               [this](FactorId id) { tagSelection(id); });
    const int suggestion = m_view->suggestionAt(offset);
    if (suggestion >= 0) {
        const QString name = m_factors.value(m_shownSuggestions.at(suggestion).factor).name;
        menu->addAction(tr("&Accept Suggestion: %1").arg(name), this,
                        [this, suggestion] { acceptSuggestion(suggestion); });
        menu->addAction(tr("&Dismiss Suggestion"), this,
                        [this, suggestion] { dismissSuggestion(suggestion); });
    }
    const QList<PassageId> under = m_view->passagesAt(offset);
    for (PassageId id : under) {
        const auto passage = std::find_if(m_passages.cbegin(), m_passages.cend(),
                                          [id](const Passage &p) { return p.id == id; });
        if (passage == m_passages.cend())
            continue;
        QMenu *sub = menu->addMenu(
            tr("Passage: %1 (“%2”)")
                .arg(m_factors.value(passage->factor).name, shortQuote(passage->quote)));
        addTagMenu(sub, tr("&Change Factor"), canEdit(),
                   [this, id](FactorId f) { changeFactor(id, f); });
        sub->addAction(tr("&Delete Passage"), this, [this, id] { removePassage(id); })
            ->setEnabled(canEdit());
    }
}

void ReaderWindow::showPassageMenu(const QPoint &pos)
{
    const QModelIndex index = m_passageView->indexAt(pos);
    const auto passage = m_passageModel->passageAt(index);
    if (!passage)
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const PassageId id = passage->id;
    menu->addAction(tr("&Show in Text"), this, [this, index] { activatePassage(index); });
    menu->addAction(tr("Edit &Note"), this, [this, index] {
        m_passageView->edit(index.siblingAtColumn(PassageModel::Note));
    });
    addTagMenu(menu, tr("&Change Factor"), canEdit(),
               [this, id](FactorId f) { changeFactor(id, f); });
    // A passage the document's new version no longer holds: the reviewer selects where it now
    // belongs in the text, then places it there.
    const auto [start, end] = m_view->selectedSpan();
    QAction *replace = menu->addAction(
        passage->orphaned ? tr("&Re-place at Selection") : tr("&Move to Selection"), this,
        [this, id, from = start, to = end] { replacePassage(id, from, to); });
    replace->setEnabled(passage->document == m_document.id && end > start);
    if (!replace->isEnabled())
        replace->setToolTip(tr("Select the passage's new place in this document first"));
    menu->addSeparator();
    menu->addAction(m_actions.deletePassage);
    menu->popup(m_passageView->viewport()->mapToGlobal(pos));
}

} // namespace casebench::ui
