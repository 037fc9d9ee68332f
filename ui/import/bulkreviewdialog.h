// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableView;

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

class BulkReviewModel;
class SuggestionsDialog;

/// The suggestions of many cases in one table (after a bulk import, or every case with open
/// suggestions): accept all, accept the confident ones, or go through the rest case by case.
/// Accepting many cases is one undoable edit.
class BulkReviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// The given cases; an empty list shows every case with open suggestions.
    BulkReviewDialog(LibrarySession *session, const QList<CaseId> &cases,
                     QWidget *parent = nullptr);

    [[nodiscard]] BulkReviewModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLabel *notes() const { return m_notes; }
    [[nodiscard]] SuggestionsDialog *caseDialog() const { return m_caseDialog; }

    void acceptAll();
    void acceptConfident();
    /// Opens the selected case's suggestions (the first case still to review when none is
    /// selected); when that dialog closes, the next case to review is selected.
    void reviewSelected();

private:
    void run(bool confidentOnly);
    void updateButtons();
    void selectNextPending(int after);

    LibrarySession *m_session;
    BulkReviewModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_acceptConfident = nullptr;
    QPushButton *m_review = nullptr;
    SuggestionsDialog *m_caseDialog = nullptr;
};

} // namespace casebench::ui
