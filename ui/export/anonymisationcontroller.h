// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

class AnonymisationDialog;

/// Case ▸ Anonymisation List… for a window: opens the list editor on the selected case.
class AnonymisationController : public QObject
{
    Q_OBJECT

public:
    using SessionGetter = std::function<LibrarySession *()>;
    using SelectedCaseGetter = std::function<CaseId()>;

    AnonymisationController(QWidget *window, SessionGetter session, SelectedCaseGetter selectedCase);

    [[nodiscard]] QAction *listAction() const { return m_action; }
    /// The dialog open now, if any.
    [[nodiscard]] AnonymisationDialog *dialog() const;
    /// Enables the action when a library is open and a case is selected.
    void updateActions();
    /// Opens the editor on the selected case (what the action does); one editor at a time.
    void openDialog();
    /// Closes the editor (when the library closes).
    void closeDialog();

private:
    QWidget *m_window;
    SessionGetter m_session;
    SelectedCaseGetter m_selectedCase;
    QAction *m_action;
    QPointer<AnonymisationDialog> m_dialog;
};

} // namespace casebench::ui
