// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerwindow.h"
#include "sessionread.h"

#include "commands/librarysession.h"
#include "factorlistmodel.h"
#include "findbar.h"
#include "import/outlinedetector.h"
#include "model/libraryerror.h"
#include "outlinemodel.h"
#include "passagemodel.h"
#include "quickpick.h"
#include "readerview.h"
#include "services/libraryworker.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "structuralhighlighting.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

ReaderWindow::ReaderWindow(LibrarySession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session)
{
    setObjectName(u"readerWindow"_s);
    m_jobs = new BackgroundJobs(this);
    if (m_session)
        m_jobs->setLibraryPath(m_session->library().path());
    setAttribute(Qt::WA_DeleteOnClose);
    m_view = new ReaderView(this);
    m_view->setObjectName(u"readerView"_s);
    m_findBar = new FindBar(m_view, this);
    m_findBar->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    layout->addWidget(m_findBar);
    setCentralWidget(central);
    m_quickPick = new QuickPick(this);
    m_citationLabel = new QLabel(this);
    m_citationLabel->setObjectName(u"citationLabel"_s);
    statusBar()->addPermanentWidget(m_citationLabel);
    attachStructuralHighlighting(m_view);

    createDocks();
    createActions();
    createMenus();
    loadCodebook();

    connect(m_view, &ReaderView::cursorPositionChanged, this, &ReaderWindow::updateCitation);
    connect(m_view, &ReaderView::readingPositionChanged, this,
            &ReaderWindow::followReadingPosition);
    connect(m_view, &ReaderView::contextMenuAboutToShow, this, &ReaderWindow::fillContextMenu);
    connect(m_view, &ReaderView::quickPickRequested, this, &ReaderWindow::showQuickPick);
    connect(m_view, &ReaderView::suggestionAccepted, this, &ReaderWindow::acceptSuggestion);
    connect(m_view, &ReaderView::suggestionDismissed, this, &ReaderWindow::dismissSuggestion);
    connect(m_quickPick, &QuickPick::factorChosen, this, &ReaderWindow::tagSelection);
    connect(m_factorModel, &FactorListModel::spanDropped, this,
            [this](FactorId factor, DocumentId document, int start, int end) {
                if (document != m_document.id)
                    return;
                m_view->selectSpan(start, end);
                tagSelection(factor);
            });
    connect(m_passageModel, &PassageModel::errorOccurred, this, &ReaderWindow::report);
    if (m_session) {
        connect(m_session, &LibrarySession::passageAdded, this, &ReaderWindow::onPassageAdded);
        connect(m_session, &LibrarySession::passageChanged, this, &ReaderWindow::onPassageChanged);
        connect(m_session, &LibrarySession::passageRemoved, this, &ReaderWindow::onPassageRemoved);
        connect(m_session, &LibrarySession::caseAboutToBeRemoved, this, [this](CaseId id) {
            if (id == m_document.caseId)
                close();
        });
        connect(m_session, &LibrarySession::suggestionsChanged, this, [this](DocumentId id) {
            if (id != m_document.id)
                return;
            readAfterChange(
                m_session, [&] { m_dismissed = m_session->dismissedSuggestions(id); },
                [this](const QString &message) { report(message); });
            updateSuggestionMarks();
        });
        connect(m_session, &LibrarySession::codebookChanged, this, [this] {
            // Names, colours, categories, shortcuts and phrases may all have changed.
            readAfterChange(
                m_session,
                [this] {
                    loadCodebook();
                    m_passageModel->reloadCodebook();
                    updateMarks();
                    loadSuggestions();
                },
                [this](const QString &message) { report(message); });
        });
        connect(m_session, &LibrarySession::documentReplaced, this, [this](DocumentId id) {
            readAfterChange(
                m_session,
                [&] {
                    if (id == m_document.id) {
                        const int position = m_view->readingPosition();
                        openDocument(id);
                        m_view->goTo(position);
                    } else {
                        m_otherOutlines.remove(id);
                    }
                    m_passageModel->setCase(m_document.caseId);
                },
                [this](const QString &message) { report(message); });
        });
        connect(m_session, &QObject::destroyed, this, &QWidget::close);
    }
    resize(1400, 860);
    resizeDocks({m_outlineDock, m_passageDock}, {300, 460}, Qt::Horizontal);
}

ReaderWindow::~ReaderWindow()
{
    delete m_jobs; // cancels, and waits for a running job before the widgets go
}

// --- Set-up -----------------------------------------------------------------------------------

void ReaderWindow::createDocks()
{
    const auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_outlineModel = new OutlineModel(this);
    m_outlineView = new QTreeView(this);
    m_outlineView->setObjectName(u"outlineView"_s);
    m_outlineView->setModel(m_outlineModel);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outlineDock = dock(tr("Outline"), u"outlineDock"_s, m_outlineView, Qt::LeftDockWidgetArea);
    connect(m_outlineView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        m_following = true;
        m_view->goTo(index.data(OutlineModel::StartRole).toInt());
        m_following = false;
        m_view->setFocus();
    });

    m_factorModel = new FactorListModel(this);
    m_codebookView = new QTreeView(this);
    m_codebookView->setObjectName(u"codebookView"_s);
    m_codebookView->setModel(m_factorModel);
    m_codebookView->setAcceptDrops(true);
    m_codebookView->setDropIndicatorShown(true);
    m_codebookView->setDragDropMode(QAbstractItemView::DropOnly);
    m_codebookView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_codebookView->header()->setSectionResizeMode(FactorListModel::Name, QHeaderView::Stretch);
    m_codebookView->header()->setSectionResizeMode(FactorListModel::Shortcut,
                                                   QHeaderView::ResizeToContents);
    m_codebookView->header()->setStretchLastSection(false);
    m_codebookDock = dock(tr("Codebook"), u"codebookDock"_s, m_codebookView,
                          Qt::LeftDockWidgetArea);
    connect(m_codebookView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const auto factor = m_factorModel->factorAt(index))
            tagSelection(factor->id);
    });

    m_passageModel = new PassageModel(this);
    m_passageModel->setSession(m_session);
    m_passageModel->setCitationProvider([this](const Passage &p) { return citationFor(p); });
    m_passageView = new QTreeView(this);
    m_passageView->setObjectName(u"passageView"_s);
    m_passageView->setModel(m_passageModel);
    m_passageView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_passageView->setEditTriggers(QAbstractItemView::DoubleClicked
                                   | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::SelectedClicked);
    m_passageView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_passageView->setColumnWidth(PassageModel::Quote, 220);
    m_passageView->setColumnWidth(PassageModel::FactorColumn, 130);
    m_passageView->setColumnWidth(PassageModel::CitationColumn, 150);
    m_passageDock = dock(tr("Passages"), u"passageDock"_s, m_passageView, Qt::RightDockWidgetArea);
    connect(m_passageView, &QTreeView::clicked, this, &ReaderWindow::activatePassage);
    connect(m_passageView, &QTreeView::customContextMenuRequested, this,
            &ReaderWindow::showPassageMenu);
    connect(m_passageModel, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { m_passageView->expand(parent); });
    connect(m_passageModel, &QAbstractItemModel::modelReset, m_passageView, &QTreeView::expandAll);
}

void ReaderWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &name,
                             const QList<QKeySequence> &keys, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    auto &a = m_actions;
    if (m_session) {
        a.undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
        a.undo->setObjectName(u"readerActionUndo"_s);
        a.undo->setShortcuts(QKeySequence::Undo);
        a.redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
        a.redo->setObjectName(u"readerActionRedo"_s);
        a.redo->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
        addActions({a.undo, a.redo});
    }
    a.find = make(tr("&Find…"), u"readerActionFind"_s, {QKeySequence::Find},
                  tr("Find in the document"));
    a.findNext = make(tr("Find &Next"), u"readerActionFindNext"_s, {QKeySequence(Qt::Key_F3)},
                      tr("Go to the next match"));
    a.findPrevious = make(tr("Find &Previous"), u"readerActionFindPrevious"_s,
                          {QKeySequence(Qt::SHIFT | Qt::Key_F3)}, tr("Go to the previous match"));
    a.zoomIn = make(tr("Zoom &In"), u"readerActionZoomIn"_s,
                    {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                    tr("Larger text"));
    a.zoomOut = make(tr("Zoom &Out"), u"readerActionZoomOut"_s, {QKeySequence::ZoomOut},
                     tr("Smaller text"));
    a.zoomReset = make(tr("&Actual Size"), u"readerActionZoomReset"_s,
                       {QKeySequence(Qt::CTRL | Qt::Key_0)}, tr("Text at its normal size"));
    a.quickPick = make(tr("&Tag Selection…"), u"readerActionQuickPick"_s,
                       {QKeySequence(Qt::CTRL | Qt::Key_T)},
                       tr("Tag the selected text: type a few letters of the factor"));
    a.deletePassage = make(tr("&Delete Passage"), u"readerActionDeletePassage"_s,
                           {QKeySequence::Delete}, tr("Delete the selected passage"));
    // Delete acts on the passages dock and the text, never on a note being edited.
    a.deletePassage->setShortcutContext(Qt::WidgetShortcut);
    removeAction(a.deletePassage);
    m_passageView->addAction(a.deletePassage);
    m_view->addAction(a.deletePassage);
    a.replace = make(tr("&Replace with New Version…"), u"readerActionReplace"_s, {},
                     tr("Replace this document's text with a new version of it; its passages "
                        "are found again"));
    a.replace->setEnabled(canEdit());
    a.quickPick->setEnabled(canEdit());
    a.deletePassage->setEnabled(canEdit());
    connect(a.replace, &QAction::triggered, this, &ReaderWindow::chooseReplacement);
    a.close = make(tr("&Close Reader"), u"readerActionClose"_s, {QKeySequence::Close},
                   tr("Close this reader window"));

    connect(a.find, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(a.findNext, &QAction::triggered, this, [this] {
        if (m_findBar->text().isEmpty())
            m_findBar->activate();
        else
            m_findBar->findNext();
    });
    connect(a.findPrevious, &QAction::triggered, this, [this] {
        if (m_findBar->text().isEmpty())
            m_findBar->activate();
        else
            m_findBar->findPrevious();
    });
    connect(a.zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(-1); });
    connect(a.zoomReset, &QAction::triggered, m_view, &ReaderView::resetZoom);
    connect(a.quickPick, &QAction::triggered, this, &ReaderWindow::showQuickPick);
    connect(a.deletePassage, &QAction::triggered, this, &ReaderWindow::deleteSelectedPassage);
    connect(a.close, &QAction::triggered, this, &QWidget::close);
}

void ReaderWindow::createMenus()
{
    const auto &a = m_actions;
    QMenu *document = menuBar()->addMenu(tr("&Document"));
    document->setObjectName(u"readerMenuDocument"_s);
    document->addAction(a.replace);
    document->addSeparator();
    document->addAction(a.close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"readerMenuEdit"_s);
    if (a.undo)
        edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.find, a.findNext, a.findPrevious});
    QMenu *tag = menuBar()->addMenu(tr("&Tag"));
    tag->setObjectName(u"readerMenuTag"_s);
    const auto fillTagMenu = [this, tag] {
        // The factors' own actions, so that their shortcuts show beside them.
        tag->clear();
        tag->addAction(m_actions.quickPick);
        tag->addSeparator();
        tag->addActions(m_factorActions);
        tag->addSeparator();
        tag->addAction(m_actions.deletePassage);
    };
    fillTagMenu();
    connect(tag, &QMenu::aboutToShow, this, fillTagMenu);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"readerMenuView"_s);
    view->addActions({a.zoomIn, a.zoomOut, a.zoomReset});
    view->addSeparator();
    for (QDockWidget *d : {m_outlineDock, m_passageDock, m_codebookDock})
        view->addAction(d->toggleViewAction());
}

void ReaderWindow::loadCodebook()
{
    for (QAction *action : std::as_const(m_factorActions))
        delete action;
    m_factorActions.clear();
    m_factorList.clear();
    m_factors.clear();
    if (m_session)
        m_factorList = m_session->library().codebook().all();
    for (const Factor &f : std::as_const(m_factorList)) {
        m_factors.insert(f.id, f);
        if (f.shortcut.isEmpty())
            continue;
        auto *action = new QAction(tr("Tag as %1").arg(f.name), this);
        action->setObjectName(u"readerActionTag_"_s + f.key);
        action->setShortcut(QKeySequence(f.shortcut, QKeySequence::PortableText));
        const FactorId id = f.id;
        connect(action, &QAction::triggered, this, [this, id] { tagSelection(id); });
        action->setEnabled(canEdit());
        addAction(action);
        m_factorActions.append(action);
    }
    m_factorModel->setFactors(m_factorList);
    m_codebookView->expandAll();
    m_quickPick->setFactors(m_factorList);
}

// --- The document -----------------------------------------------------------------------------

namespace {

/// The outline stored at import, or one detected from the text for a document without.
Outline outlineOf(Library &library, const Document &document)
{
    try {
        OutlineRepository &outlines = library.outlines();
        Outline stored = outlines.outline(document.id);
        if (!stored.paragraphs().isEmpty())
            return stored;
        return OutlineDetector::detect(document.text, outlines.pageStarts(document.id));
    } catch (const LibraryError &) {
        // A library without outline rows still reads: the detector gives the same structure.
        return OutlineDetector::detect(document.text);
    }
}

} // namespace

bool ReaderWindow::openDocument(DocumentId id, int start, int end)
{
    if (!m_session)
        return false;
    Library &library = m_session->library();
    std::optional<Document> document;
    QString reference;
    try {
        document = library.documents().find(id);
        if (document) {
            if (const auto c = library.cases().find(document->caseId))
                reference = c->reference;
        }
    } catch (const LibraryError &e) {
        report(e.message());
        return false;
    }
    if (!document) {
        report(tr("The document (id %1) no longer exists.").arg(id.value));
        return false;
    }
    const bool sameCase = document->caseId == m_document.caseId;
    if (!sameCase)
        m_otherOutlines.clear();
    if (m_document.id.isValid() && sameCase)
        m_otherOutlines.insert(m_document.id, m_outline);
    m_document = *document;
    m_outline = m_otherOutlines.contains(id) ? m_otherOutlines.take(id)
                                             : outlineOf(library, m_document);
    m_outlineModel->setOutline(m_outline);
    m_view->setDocumentText(id, m_document.text);
    loadPassages();
    loadSuggestions();
    if (sameCase)
        m_passageModel->setCitationProvider([this](const Passage &p) { return citationFor(p); });
    else
        m_passageModel->setCase(m_document.caseId);
    setWindowTitle(tr("%1 — %2 — Casebench Reader").arg(m_document.title, reference));
    if (start >= 0 && end > start)
        m_view->selectSpan(start, end);
    else
        m_view->goTo(0);
    updateCitation();
    return true;
}

void ReaderWindow::loadPassages()
{
    m_passages.clear();
    try {
        m_passages = m_session->library().passages().forDocument(m_document.id);
    } catch (const LibraryError &e) {
        report(e.message());
    }
    updateMarks();
}

void ReaderWindow::loadSuggestions()
{
    m_allSuggestions.clear();
    m_dismissed.clear();
    updateSuggestionMarks();
    const PhraseSuggester suggester(m_factorList);
    if (suggester.isEmpty())
        return;
    try {
        m_dismissed = m_session->dismissedSuggestions(m_document.id);
    } catch (const LibraryError &e) {
        report(e.message());
    }
    // Finding phrases in a long decision takes a while: on a worker, after the first paint.
    const DocumentId document = m_document.id;
    // A newer request (another document) replaces this one.
    m_jobs->request(
        u"suggestions"_s,
        [suggester, text = m_document.text, dismissed = m_dismissed](LibraryWorker::State &,
                                                                     JobControl &) {
            return suggester.suggest(text, {}, dismissed);
        },
        [this, document](const QList<PhraseSuggestion> &suggestions) {
            if (document != m_document.id)
                return; // another document is shown by now
            m_allSuggestions = suggestions;
            updateSuggestionMarks();
            updateCitation();
            Q_EMIT suggestionsReady();
        },
        [this](const QString &message) { report(message); });
}

QColor ReaderWindow::colourOf(FactorId factor) const
{
    const auto it = m_factors.constFind(factor);
    if (it == m_factors.cend())
        return defaultCategoryColour(FactorCategory::Context);
    return it->colour.isValid() ? it->colour : defaultCategoryColour(it->category);
}

void ReaderWindow::updateMarks()
{
    QList<ReaderView::Mark> marks;
    marks.reserve(m_passages.size());
    for (const Passage &p : std::as_const(m_passages)) {
        if (!p.orphaned)
            marks.append({p.id, p.start, p.end, colourOf(p.factor), 0});
    }
    m_view->setMarks(std::move(marks));
}

void ReaderWindow::updateSuggestionMarks()
{
    m_shownSuggestions.clear();
    for (const PhraseSuggestion &s : std::as_const(m_allSuggestions)) {
        // Gone once tagged with its factor (by accepting it or by hand) or dismissed here.
        const bool tagged = std::any_of(
            m_passages.cbegin(), m_passages.cend(), [&s](const Passage &p) {
                return p.factor == s.factor && !p.orphaned && p.start < s.end && s.start < p.end;
            });
        const bool dismissed = std::any_of(m_dismissed.cbegin(), m_dismissed.cend(),
                                           [&s](const SuggestionDismissal &d) {
                                               return d.factor == s.factor && d.quote == s.quote;
                                           });
        if (!tagged && !dismissed)
            m_shownSuggestions.append(s);
    }
    QList<ReaderView::SuggestionMark> marks;
    for (const PhraseSuggestion &s : std::as_const(m_shownSuggestions))
        marks.append({s.start, s.end, colourOf(s.factor)});
    m_view->setSuggestions(std::move(marks));
}

QString ReaderWindow::placeOf(int offset) const
{
    const QString paragraph = m_outline.citationAt(offset).paragraph;
    return paragraph.isEmpty() ? QString() : u"¶ "_s + paragraph;
}

QString ReaderWindow::citationFor(const Passage &passage)
{
    if (passage.document == m_document.id)
        return m_outline.citationAt(passage.start).toString();
    auto it = m_otherOutlines.find(passage.document);
    if (it == m_otherOutlines.end()) {
        const auto document = m_session ? m_session->library().documents().find(passage.document)
                                        : std::nullopt;
        const Outline outline = document ? outlineOf(m_session->library(), *document) : Outline();
        it = m_otherOutlines.insert(passage.document, outline);
    }
    return it->citationAt(passage.start).toString();
}

QString ReaderWindow::citationText() const
{
    return m_citationLabel->text();
}

void ReaderWindow::updateCitation()
{
    const int position = m_view->textCursor().position();
    m_citationLabel->setText(m_outline.citationAt(position).toString());
    const int suggestion = m_view->textCursor().hasSelection() ? -1
                                                               : m_view->suggestionAt(position);
    if (suggestion >= 0) {
        const PhraseSuggestion &s = m_shownSuggestions.at(suggestion);
        statusBar()->showMessage(
            tr("Suggested: %1 (“%2”). Enter or A accepts, D or Backspace dismisses.")
                .arg(m_factors.value(s.factor).name, s.phrase));
    } else if (statusBar()->currentMessage().startsWith(tr("Suggested:"))) {
        statusBar()->clearMessage();
    }
}

void ReaderWindow::followReadingPosition(int offset)
{
    if (m_following)
        return;
    const QModelIndex index = m_outlineModel->indexAt(offset);
    if (!index.isValid())
        return;
    m_outlineView->setCurrentIndex(index);
    m_outlineView->scrollTo(index);
}

void ReaderWindow::report(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    Q_EMIT errorOccurred(message);
}

// --- Following the session --------------------------------------------------------------------

void ReaderWindow::onPassageAdded(PassageId id)
{
    std::optional<Passage> passage;
    readAfterChange(
        m_session, [&] { passage = m_session->library().passages().find(id); },
        [this](const QString &message) { report(message); });
    if (!passage || passage->document != m_document.id)
        return;
    m_passages.append(*passage);
    updateMarks();
    updateSuggestionMarks();
}

void ReaderWindow::onPassageChanged(PassageId id)
{
    std::optional<Passage> passage;
    const bool read = readAfterChange(
        m_session, [&] { passage = m_session->library().passages().find(id); },
        [this](const QString &message) { report(message); });
    if (!read)
        return;
    m_passages.removeIf([id](const Passage &p) { return p.id == id; });
    if (passage && passage->document == m_document.id)
        m_passages.append(*passage);
    updateMarks();
    updateSuggestionMarks();
}

void ReaderWindow::onPassageRemoved(PassageId id)
{
    if (m_passages.removeIf([id](const Passage &p) { return p.id == id; }) > 0) {
        updateMarks();
        updateSuggestionMarks();
    }
}

} // namespace casebench::ui
