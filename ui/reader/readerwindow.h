// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/phrasesuggester.h"
#include "analysis/reanchor.h"
#include "model/document.h"
#include "model/factor.h"
#include "model/outline.h"
#include "model/passage.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QTreeView;

namespace casebench {
class BackgroundJobs;
class LibrarySession;
} // namespace casebench

namespace casebench::ui {

class FactorListModel;
class FindBar;
class OutlineModel;
class PassageModel;
class QuickPick;
class ReaderView;

/// The reader for one case: a document of the case, read-only, with its tagged passages drawn
/// over the text, and docks for the outline, the case's passages and the codebook. Reviewers
/// tag a selection with a factor's shortcut, the quick-pick popup (Ctrl+T or Space), the
/// context menu or by dragging it onto a factor; every edit goes through the session's undo
/// stack. Phrase suggestions show muted until the reviewer accepts or dismisses them.
class ReaderWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ReaderWindow(LibrarySession *session, QWidget *parent = nullptr);
    ~ReaderWindow() override;

    /// Shows a document (of any case; the window then belongs to that case) and, when given,
    /// selects text[start, end). Returns false (and shows nothing new) when it does not exist.
    bool openDocument(DocumentId id, int start = -1, int end = -1);
    [[nodiscard]] DocumentId documentId() const { return m_document.id; }
    [[nodiscard]] CaseId caseId() const { return m_document.caseId; }

    [[nodiscard]] ReaderView *view() const { return m_view; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }
    [[nodiscard]] QTreeView *outlineView() const { return m_outlineView; }
    [[nodiscard]] QTreeView *passageView() const { return m_passageView; }
    [[nodiscard]] QTreeView *codebookView() const { return m_codebookView; }
    [[nodiscard]] OutlineModel *outlineModel() const { return m_outlineModel; }
    [[nodiscard]] PassageModel *passageModel() const { return m_passageModel; }
    [[nodiscard]] FactorListModel *factorModel() const { return m_factorModel; }
    [[nodiscard]] QuickPick *quickPick() const { return m_quickPick; }
    /// The citation of the cursor position, as the status bar shows it.
    [[nodiscard]] QString citationText() const;

    /// Replaces the document's text with the file's (a new version of it), finding its passages
    /// again; reports the counts in the status bar. Nothing on failure (the reason is reported).
    std::optional<ReanchorReport> replaceWithFile(const QString &path);
    /// The same in the background: the file is read (Poppler for a PDF) and the passages found
    /// again on a connection of the window's own, then the edit is made here, as one undoable
    /// edit. replacementFinished() follows (unless the window is closed first).
    void startReplacement(const QString &path);
    /// True while a replacement is being read or worked out.
    [[nodiscard]] bool replacing() const;
    /// The suggestions shown (after tagging and dismissals).
    [[nodiscard]] const QList<PhraseSuggestion> &suggestions() const { return m_shownSuggestions; }
    [[nodiscard]] const Outline &outline() const { return m_outline; }

    /// Tags the selection with a factor; false (with a status message) when nothing is selected
    /// or the edit is refused.
    bool tagSelection(FactorId factor);
    /// Accepts (tags) or dismisses the suggestion at this index of suggestions().
    void acceptSuggestion(int index);
    void dismissSuggestion(int index);
    /// Deletes the passages selected in the passages dock (or, when the text has the focus, the
    /// innermost one under the cursor).
    void deleteSelectedPassage();
    /// Opens the quick-pick popup for the selection.
    void showQuickPick();

Q_SIGNALS:
    /// An edit was refused or failed; one sentence for the user.
    void errorOccurred(const QString &message);
    /// The phrase suggestions of the shown document were found (on a worker thread).
    void suggestionsReady();
    /// A replacement begun with startReplacement() was made (or failed, reported).
    void replacementFinished(bool replaced);

private:
    void createActions();
    void createDocks();
    void createMenus();
    void loadCodebook();
    void loadPassages();
    void loadSuggestions();
    void updateMarks();
    void updateSuggestionMarks();
    void updateCitation();
    void followReadingPosition(int offset);
    void addTagMenu(QMenu *menu, const QString &title, bool enabled,
                    const std::function<void(FactorId)> &apply);
    void fillContextMenu(QMenu *menu, int offset);
    void showPassageMenu(const QPoint &pos);
    void chooseReplacement();
    void changeFactor(PassageId id, FactorId factor);
    /// Moves a passage (typically an orphan) to text[start, end) of this document.
    void replacePassage(PassageId id, int start, int end);
    void removePassage(PassageId id);
    void activatePassage(const QModelIndex &index);
    [[nodiscard]] QString placeOf(int offset) const;
    [[nodiscard]] QString citationFor(const Passage &passage);
    [[nodiscard]] QColor colourOf(FactorId factor) const;
    void report(const QString &message);
    /// False for a library this reviewer may only read (a read-only role on a team server, a
    /// write-protected file): editing actions are greyed out and refused with a message.
    [[nodiscard]] bool canEdit() const;
    /// True (with a status message) when the library is read-only.
    bool refuseReadOnly();

    void onPassageAdded(PassageId id);
    void onPassageChanged(PassageId id);
    void onPassageRemoved(PassageId id);

    void showReplaced(const QString &fileName, const ReanchorReport &result);

    QPointer<LibrarySession> m_session;
    BackgroundJobs *m_jobs = nullptr; ///< suggestions and replacements, off the UI thread
    Document m_document;
    Outline m_outline;
    QHash<DocumentId, Outline>
        m_otherOutlines; ///< for citing passages of the case's other documents
    QList<Factor> m_factorList;
    QHash<FactorId, Factor> m_factors;
    QList<Passage> m_passages; ///< of the shown document
    QList<PhraseSuggestion> m_allSuggestions;
    QList<PhraseSuggestion> m_shownSuggestions;
    QList<SuggestionDismissal> m_dismissed;

    ReaderView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    QuickPick *m_quickPick = nullptr;
    OutlineModel *m_outlineModel = nullptr;
    PassageModel *m_passageModel = nullptr;
    FactorListModel *m_factorModel = nullptr;
    QTreeView *m_outlineView = nullptr;
    QTreeView *m_passageView = nullptr;
    QTreeView *m_codebookView = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_passageDock = nullptr;
    QDockWidget *m_codebookDock = nullptr;
    QLabel *m_citationLabel = nullptr;
    QList<QAction *> m_factorActions;
    bool m_following = false;

    struct Actions
    {
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *find = nullptr;
        QAction *findNext = nullptr;
        QAction *findPrevious = nullptr;
        QAction *zoomIn = nullptr;
        QAction *zoomOut = nullptr;
        QAction *zoomReset = nullptr;
        QAction *quickPick = nullptr;
        QAction *deletePassage = nullptr;
        QAction *replace = nullptr;
        QAction *close = nullptr;
    } m_actions;
};

} // namespace casebench::ui
