// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature.h"

#include <QPointer>

class QAction;
class QWidget;

namespace casebench::ui {

class AnonymisationDialog;

/// Case ▸ Anonymisation List… for a window: opens the list editor on the host's case.
class AnonymisationController : public Feature
{
    Q_OBJECT

public:
    AnonymisationController(QWidget *window, SessionHost *host);

    /// Case ▸ Anonymisation List…, enabled when a case is selected.
    [[nodiscard]] QList<FeatureAction> actions() const override;
    [[nodiscard]] QAction *listAction() const { return m_action; }
    /// The dialog open now, if any.
    [[nodiscard]] AnonymisationDialog *dialog() const;
    /// Opens the editor on the selected case (what the action does); one editor at a time.
    void openDialog();
    /// Closes the editor (when the library closes).
    void closeDialog();
    void close() override { closeDialog(); }

private:
    QWidget *m_window;
    QAction *m_action;
    QPointer<AnonymisationDialog> m_dialog;
};

} // namespace casebench::ui
