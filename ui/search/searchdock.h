// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace casebench {
class BackgroundJobs;
class LibrarySession;
} // namespace casebench

namespace casebench::ui {

class CaseFiltersEditor;
class FieldMessage;
class SearchResultModel;

/// Full-text search across the library: a query in FTS5 syntax (words, "phrases", prefix*,
/// AND/OR/NOT), the case filters of the precedent list, and the hits with their snippets
/// marked and their citations. A malformed query is explained beside the field. Searching
/// runs off the UI thread, through BackgroundJobs (a connection of the dock's own on one background
/// thread); while one search runs, only the latest query waits.
class SearchDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SearchDock(QWidget *parent = nullptr);
    ~SearchDock() override;

    void setSession(LibrarySession *session);

    /// Starts the query in the field now (normally a moment after typing stops, or on
    /// Return); the hits follow when it is done.
    void search();
    /// True while a search is waiting or running.
    [[nodiscard]] bool searchPending() const;
    /// Puts the cursor in the query field with its text selected.
    void focusQuery();

    [[nodiscard]] QLineEdit *queryField() const { return m_query; }
    [[nodiscard]] FieldMessage *queryMessage() const { return m_message; }
    [[nodiscard]] CaseFiltersEditor *filtersEditor() const { return m_filters; }
    [[nodiscard]] SearchResultModel *model() const { return m_model; }
    [[nodiscard]] QListView *view() const { return m_view; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }

    /// What a search on the worker sends back (defined in the .cpp).
    struct Outcome;

Q_SIGNALS:
    /// The user opened a hit: its case, document and the first matched words' span in the
    /// document's text, [start, end) (both -1 when only the title matched).
    void hitActivated(casebench::CaseId caseId, casebench::DocumentId document, int start, int end);

private:
    void showOutcome(const Outcome &outcome);
    void activate(const QModelIndex &index);

    QPointer<LibrarySession> m_session;
    BackgroundJobs *m_jobs = nullptr;
    QLineEdit *m_query = nullptr;
    FieldMessage *m_message = nullptr;
    CaseFiltersEditor *m_filters = nullptr;
    SearchResultModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace casebench::ui
