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

class BundleDialog;

/// File ▸ Export ▸ Bundle… (Ctrl+E) for a window: opens the Bundle dialog on the selected case.
class BundleController : public QObject
{
    Q_OBJECT

public:
    using SessionGetter = std::function<LibrarySession *()>;
    using SelectedCaseGetter = std::function<CaseId()>;

    BundleController(QWidget *window, SessionGetter session, SelectedCaseGetter selectedCase);

    [[nodiscard]] QAction *bundleAction() const { return m_action; }
    /// The dialog open now, if any.
    [[nodiscard]] BundleDialog *dialog() const;
    /// Enables the action when a library is open and a case is selected.
    void updateActions();
    /// Opens the dialog on the selected case (what the action does).
    void openDialog();
    /// Closes the dialog (when the library closes).
    void closeDialog();

private:
    QWidget *m_window;
    SessionGetter m_session;
    SelectedCaseGetter m_selectedCase;
    QAction *m_action;
    QPointer<BundleDialog> m_dialog;
};

} // namespace casebench::ui
