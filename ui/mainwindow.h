// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casetableview.h"
#include "feature.h"
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
class SessionHost;

/// The main window: one open library, its cases in a sortable, filterable table, and the
/// selected case in a side panel. Every edit goes through the LibrarySession and can be undone.
/// The rest (imports, exports, precedents, readers, team libraries…) are features (feature.h),
/// listed in featurelist.cpp: the window feeds them the SessionHost and builds its menus from the
/// places their actions declare.
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
    /// Shows a library opened elsewhere (a team library connected to in a feature).
    void showLibrary(std::unique_ptr<Library> library);

    [[nodiscard]] LibrarySession *session() const { return m_session.get(); }
    [[nodiscard]] QTableView *caseTable() const { return m_table; }
    [[nodiscard]] CaseTableModel *caseModel() const { return m_caseModel; }
    [[nodiscard]] CaseFilterProxyModel *filterModel() const { return m_proxy; }
    [[nodiscard]] CaseFilterBar *filterBar() const { return m_filterBar; }
    [[nodiscard]] CasePanel *casePanel() const { return m_panel; }
    /// What the features follow: the session, the selected case, whether it is read-only.
    [[nodiscard]] SessionHost *sessionHost() const { return m_host; }
    /// The features, in the order of featurelist.cpp.
    [[nodiscard]] const QList<Feature *> &features() const { return m_features; }
    /// The feature of type T (e.g. feature<ReaderWiring>()), or nullptr.
    template <typename T>
    [[nodiscard]] T *feature() const
    {
        for (Feature *f : m_features) {
            if (auto *found = qobject_cast<T *>(f))
                return found;
        }
        return nullptr;
    }
    /// Every action in the menus with its place: the window's own, then the features'.
    [[nodiscard]] QList<FeatureAction> menuActions() const;

    /// Selects a case in the table (clearing filters that hide it) and shows it in the panel.
    void selectCase(CaseId id);
    [[nodiscard]] CaseId selectedCase() const;
    /// The cases the table shows now (its filters applied), in table order.
    [[nodiscard]] QList<CaseId> visibleCases() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    // Files and folders dropped on the window open the import dialog (ui/import/).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void connectActions();
    void createMenus();
    [[nodiscard]] QList<FeatureAction> windowActions() const;
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
    SessionHost *m_host = nullptr;
    QList<Feature *> m_features;
    QByteArray m_defaultState;

    struct Actions
    {
        QAction *newLibrary = nullptr;
        QAction *open = nullptr;
        QAction *newDemo = nullptr;
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
};

} // namespace casebench::ui
