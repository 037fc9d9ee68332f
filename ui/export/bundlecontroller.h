// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature.h"

#include <QPointer>

class QAction;
class QWidget;

namespace casebench::ui {

class BundleDialog;

/// File ▸ Export ▸ Bundle… (Ctrl+E) for a window: opens the Bundle dialog on the host's case.
class BundleController : public Feature
{
    Q_OBJECT

public:
    BundleController(QWidget *window, SessionHost *host);

    /// File ▸ Export ▸ Bundle…, enabled when a case is selected.
    [[nodiscard]] QList<FeatureAction> actions() const override;
    [[nodiscard]] QAction *bundleAction() const { return m_action; }
    /// The dialog open now, if any.
    [[nodiscard]] BundleDialog *dialog() const;
    /// Opens the dialog on the selected case (what the action does).
    void openDialog();
    /// Closes the dialog (when the library closes).
    void closeDialog();
    void close() override { closeDialog(); }

private:
    QWidget *m_window;
    QAction *m_action;
    QPointer<BundleDialog> m_dialog;
};

} // namespace casebench::ui
