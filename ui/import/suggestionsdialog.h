// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

class SuggestionModel;

/// The suggestions a case's imported decisions made, beside what the case holds: accept one,
/// accept all (one undoable edit) or dismiss. Nothing is written over the case until accepted.
class SuggestionsDialog : public QDialog
{
    Q_OBJECT

public:
    SuggestionsDialog(LibrarySession *session, CaseId caseId, QWidget *parent = nullptr);

    [[nodiscard]] SuggestionModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }

    void acceptSelected();
    void acceptAll();
    void dismissSelected();

private:
    [[nodiscard]] int selectedRow() const;
    void updateButtons();
    void run(const std::function<QStringList()> &edit);

    LibrarySession *m_session;
    SuggestionModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notes = nullptr; ///< what the last acceptance did beyond the words, or left
    QPushButton *m_accept = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace casebench::ui
