// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/precedentranker.h"
#include "analysis/sanctionpicture.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace casebench {
class BackgroundJobs;
class LibrarySession;
} // namespace casebench

namespace casebench::ui {

class CaseFiltersEditor;
class PrecedentListModel;
class SanctionChart;
class WeightsEditor;

/// The precedents of the current case: the library's other cases ranked by likeness (factors,
/// text, context) with filters and the weights as settings, each precedent explained in a
/// detail pane, and the sanction picture of the top precedents with this case's order marked.
///
/// Ranking runs off the UI thread, through BackgroundJobs: a connection of the dock's own on one
/// background thread, where the PrecedentRanker lives and keeps the case profiles between
/// rankings (they are read again after an edit the session announces). Requests are merged:
/// while one ranking runs, only the latest request waits, and the running one's result is
/// dropped. It runs only while the dock is visible.
class PrecedentsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PrecedentsDock(QWidget *parent = nullptr);
    ~PrecedentsDock() override;

    /// Works on a session (or none). The session must outlive the dock or be unset first.
    void setSession(LibrarySession *session);
    /// Ranks the precedents of this case (none: the list is emptied).
    void setCase(CaseId id);
    [[nodiscard]] CaseId caseId() const { return m_case; }

    /// Starts ranking now (normally done a moment after a change, while the dock is visible);
    /// the list follows when the ranking is done.
    void refresh();
    /// True while a ranking is waiting or running.
    [[nodiscard]] bool refreshPending() const;
    /// How long the last ranking took on the worker, in milliseconds.
    [[nodiscard]] qint64 lastRankMilliseconds() const { return m_lastRankMs; }

    /// The precedent selected in the list; invalid when none.
    [[nodiscard]] CaseId currentPrecedent() const;

    [[nodiscard]] PrecedentListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] CaseFiltersEditor *filtersEditor() const { return m_filters; }
    [[nodiscard]] WeightsEditor *weightsEditor() const { return m_weights; }
    [[nodiscard]] SanctionChart *chart() const { return m_chart; }
    [[nodiscard]] QComboBox *markCombo() const { return m_mark; }
    [[nodiscard]] QLabel *positionLabel() const { return m_position; }
    [[nodiscard]] QLabel *headingLabel() const { return m_heading; }
    [[nodiscard]] QTextBrowser *detailView() const { return m_detail; }
    [[nodiscard]] QPushButton *compareButton() const { return m_compare; }

    /// What a ranking on the worker sends back (defined in the .cpp).
    struct RankOutcome;

Q_SIGNALS:
    /// The user asked to compare this case (left) with a precedent (right).
    void compareRequested(casebench::CaseId left, casebench::CaseId right);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createListPart();
    QWidget *createPicturePart();
    void connectSession();
    void scheduleRefresh();
    void libraryChanged();
    void showEmpty();
    void showOutcome(const RankOutcome &outcome);
    void updateDetail();
    void updateMark();
    void requestCompare();

    QPointer<LibrarySession> m_session;
    BackgroundJobs *m_jobs = nullptr;
    CaseId m_case;
    bool m_dirty = false; ///< a refresh waits for the dock to be shown
    /// The library changed (counted): rankings read it again until one asked after the last
    /// change is shown (a ranking whose result was dropped may not have).
    quint64 m_changes = 1;
    quint64 m_changesShown = 0;
    qint64 m_lastRankMs = 0;
    SanctionPicture m_picture;

    QLabel *m_heading = nullptr;
    CaseFiltersEditor *m_filters = nullptr;
    QToolButton *m_weightsToggle = nullptr;
    WeightsEditor *m_weights = nullptr;
    PrecedentListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_compare = nullptr;
    SanctionChart *m_chart = nullptr;
    QComboBox *m_mark = nullptr;
    QLabel *m_position = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace casebench::ui
