// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature.h"

#include <QPointer>

class QAction;

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

class CompareWindow;
class MainWindow;
class PrecedentsDock;
class SearchDock;

/// Puts the precedents dock, the search dock and the compare window into the main window:
/// their actions (View ▸ Precedents, Search Library Ctrl+Shift+F, Compare Cases
/// Ctrl+Shift+C), the docks, and the hand-over of the session and the current case.
class PrecedentsWiring : public Feature
{
    Q_OBJECT

public:
    /// Creates the docks and actions in `window`.
    PrecedentsWiring(MainWindow &window, SessionHost &host);
    ~PrecedentsWiring() override;

    /// View ▸ Show Precedents and Show Search; Edit ▸ Search Library… and Compare Cases.
    [[nodiscard]] QList<FeatureAction> actions() const override;
    void close() override;

    [[nodiscard]] PrecedentsDock *precedentsDock() const { return m_precedents; }
    [[nodiscard]] SearchDock *searchDock() const { return m_search; }
    /// The compare window, once one was opened (nullptr before, and after the library closed).
    [[nodiscard]] CompareWindow *compareWindow() const;

    [[nodiscard]] QAction *showPrecedentsAction() const { return m_showPrecedents; }
    [[nodiscard]] QAction *searchAction() const { return m_searchAction; }
    [[nodiscard]] QAction *compareAction() const { return m_compareAction; }

    /// Opens (or reuses) the compare window on two cases and shows it.
    CompareWindow *openComparison(CaseId left, CaseId right);
    /// Compares the two cases selected in the case table, or the selected case with the
    /// precedent selected in the precedents dock; says in the status bar when neither applies.
    void compareSelected();

protected:
    void setSession(LibrarySession *session) override;
    void setCurrentCase(CaseId id) override;

private:
    void createActions();
    [[nodiscard]] QList<CaseId> selectedCases() const;

    MainWindow *m_window;
    QPointer<LibrarySession> m_session;
    PrecedentsDock *m_precedents = nullptr;
    SearchDock *m_search = nullptr;
    QPointer<CompareWindow> m_compare;
    QAction *m_showPrecedents = nullptr;
    QAction *m_showSearch = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_compareAction = nullptr;
};

} // namespace casebench::ui
