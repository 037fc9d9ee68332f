// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casetableview.h"
#include "model/ids.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

class QUndoGroup;

namespace casebench {
class Library;
class LibrarySession;
} // namespace casebench

namespace casebench::ui {

class CaseFilterBar;
class CaseFilterProxyModel;
class CaseTableView;
class CasePanel;
class CaseTableModel;
class CodebookEditor;
class PrecedentsWiring;
class ImportController;
class DataExportController;
class BundleController;
class AnonymisationController;
class QdpxController;
class ReaderWiring;
class TeamWiring;

/// The main window: one open library, its cases in a sortable, filterable table, and the
/// selected case in a side panel. Every edit goes through the LibrarySession and can be undone.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a library; on failure shows the error (naming the file) and returns false.
    bool openLibrary(const QString &path);
    /// Creates a new empty library and opens it; false (error shown) on failure.
    bool createLibrary(const QString &path);
    /// Creates the demo library at `path` and opens it; false (error shown) on failure.
    bool createDemoLibrary(const QString &path);
    /// Opens `path`, creating the demo library there first when there is no such file.
    bool openOrCreateDemo(const QString &path);
    /// Closes the open library, if any.
    void closeLibrary();
    /// Shows a library opened elsewhere (a team library connected to by TeamWiring).
    void showLibrary(std::unique_ptr<Library> library);

    [[nodiscard]] LibrarySession *session() const { return m_session.get(); }
    [[nodiscard]] QTableView *caseTable() const { return m_table; }
    [[nodiscard]] CaseTableModel *caseModel() const { return m_caseModel; }
    [[nodiscard]] CaseFilterProxyModel *filterModel() const { return m_proxy; }
    [[nodiscard]] CaseFilterBar *filterBar() const { return m_filterBar; }
    [[nodiscard]] CasePanel *casePanel() const { return m_panel; }
    /// The precedents and search docks and the compare window (ui/precedents/).
    [[nodiscard]] PrecedentsWiring *precedents() const { return m_precedents; }
    /// The reader windows, one per case, opened from the case panel's documents (ui/reader/).
    [[nodiscard]] ReaderWiring *readers() const { return m_readers; }

    /// Selects a case in the table (clearing filters that hide it) and shows it in the panel.
    void selectCase(CaseId id);
    [[nodiscard]] CaseId selectedCase() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    // Files and folders dropped on the window open the import dialog (ui/import/).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void connectActions();
    void createMenus();
    void createCentralWidget();
    void createDock();
    void connectModels();

    void setLibrary(std::unique_ptr<Library> library);
    void showError(const QString &text, const QString &detail);
    void updateTitle();
    void updateStatus();
    void updateActions();
    void rebuildRecentMenu();
    void onCurrentRowChanged();

    void newLibrary();
    void openLibraryDialog();
    void newDemoLibrary();
    void closeLibraryAction();
    void showBackups();
    void newCase();
    void deleteCase();
    void showAbout();
    void showCodebook();
    void importDocuments();
    void resetLayout();
    void restoreLayout();
    void saveLayout();
    [[nodiscard]] QString libraryDialogFolder() const;

    std::unique_ptr<LibrarySession> m_session;
    QUndoGroup *m_undoGroup = nullptr;
    CaseTableModel *m_caseModel = nullptr;
    CaseFilterProxyModel *m_proxy = nullptr;
    CaseFilterBar *m_filterBar = nullptr;
    CaseTableView *m_table = nullptr;
    CasePanel *m_panel = nullptr;
    QDockWidget *m_panelDock = nullptr;
    QLabel *m_countLabel = nullptr;
    PrecedentsWiring *m_precedents = nullptr;
    QByteArray m_defaultState;

    struct Actions
    {
        QAction *newLibrary = nullptr;
        QAction *open = nullptr;
        QAction *newDemo = nullptr;
        QAction *importDocuments = nullptr;
        QAction *close = nullptr;
        QAction *quit = nullptr;
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *newCase = nullptr;
        QAction *deleteCase = nullptr;
        QAction *find = nullptr;
        QAction *showFilterBar = nullptr;
        QAction *showCasePanel = nullptr;
        QAction *resetLayout = nullptr;
        QAction *about = nullptr;
        QAction *aboutQt = nullptr;
        QAction *codebook = nullptr;
        QAction *backups = nullptr;
    } m_actions;
    QPointer<CodebookEditor> m_codebookEditor;
    QMenu *m_recentMenu = nullptr;
    ImportController *m_import = nullptr;
    DataExportController *m_dataExport = nullptr; ///< File ▸ Export ▸ CSV…/JSON…, Import ▸ Case from JSON…
    BundleController *m_bundles = nullptr; ///< File ▸ Export ▸ Bundle… (ui/export/)
    AnonymisationController *m_anonymisation = nullptr; ///< Case ▸ Anonymisation List… (ui/export/)
    QdpxController *m_qdpx = nullptr; ///< File ▸ Export/Import ▸ REFI-QDA Project… (ui/export/)
    ReaderWiring *m_readers = nullptr;
    TeamWiring *m_team = nullptr; ///< File ▸ Connect to Team Library…, read-only libraries (ui/team/)
};

} // namespace casebench::ui
