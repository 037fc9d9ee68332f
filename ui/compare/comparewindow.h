// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/casecomparison.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QTimer;
class QTreeView;

namespace casebench {
class BackgroundJobs;
class LibrarySession;
} // namespace casebench

namespace casebench::ui {

class ComparePane;
class FactorTableModel;

/// Two cases side by side: their orders and stage findings above, their decisions in two
/// read-only panes that scroll together, and between them the factor table. Clicking a factor
/// takes both panes to its passages; passages that say nearly the same thing are tinted in
/// both, and clicking one shows its partner. Sides swap with a button or Ctrl+Shift+X.
class CompareWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit CompareWindow(LibrarySession *session, QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// Compares two cases (left: the one being prepared or studied). False, with the reason in
    /// the window, when it cannot be done.
    bool compare(CaseId left, CaseId right);
    /// The same in the background, on a connection of the window's own (the window stays
    /// usable, "Comparing…" in its status bar); the comparison is shown when it is done, and
    /// comparisonFinished() follows. A newer request replaces one not yet shown.
    void requestComparison(CaseId left, CaseId right);
    /// True while a comparison is worked out in the background.
    [[nodiscard]] bool comparing() const;
    /// Exchanges the sides.
    void swapSides();
    /// Takes both panes to the passages of a factor (the first of each side) and marks them.
    void goToFactor(FactorId factor);

    [[nodiscard]] const CaseComparison &comparison() const { return m_comparison; }
    [[nodiscard]] ComparePane *leftPane() const { return m_leftPane; }
    [[nodiscard]] ComparePane *rightPane() const { return m_rightPane; }
    [[nodiscard]] QTreeView *factorView() const { return m_factorView; }
    [[nodiscard]] FactorTableModel *factorModel() const { return m_factorModel; }
    [[nodiscard]] QAction *swapAction() const { return m_swap; }
    [[nodiscard]] QLabel *leftHeader() const { return m_leftHeader; }
    [[nodiscard]] QLabel *rightHeader() const { return m_rightHeader; }

Q_SIGNALS:
    /// A comparison asked for with requestComparison() is shown (or its failure is).
    void comparisonFinished(bool ok);

private:
    void createActions();
    QWidget *createHeader();
    void display(const CaseComparison &comparison);
    void showFailure(const QString &message);
    void paneScrolled(ComparePane *from, ComparePane *to);
    void paneCursorMoved(ComparePane *from);
    void factorActivated(const QModelIndex &index);
    void libraryChanged();
    QString headerText(const CaseProfile &profile) const;

    QPointer<LibrarySession> m_session;
    BackgroundJobs *m_jobs = nullptr;
    CaseComparison m_comparison;
    bool m_syncing = false;
    FactorId m_factor;

    QLabel *m_leftHeader = nullptr;
    QLabel *m_rightHeader = nullptr;
    ComparePane *m_leftPane = nullptr;
    ComparePane *m_rightPane = nullptr;
    QTreeView *m_factorView = nullptr;
    FactorTableModel *m_factorModel = nullptr;
    QAction *m_swap = nullptr;
    QTimer *m_reload = nullptr;
};

} // namespace casebench::ui
