// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature.h"

class QAction;
class QWidget;

namespace casebench::ui {

/// Edit ▸ Copy Citation (Ctrl+Alt+C): puts the selected case on the clipboard in one line
/// (caseCitation: reference, title, regulator, date) and says so in the status bar.
class CopyCitationFeature : public Feature
{
    Q_OBJECT

public:
    CopyCitationFeature(QWidget *window, SessionHost *host);

    [[nodiscard]] QList<FeatureAction> actions() const override;
    [[nodiscard]] QAction *copyAction() const { return m_action; }
    /// Copies the selected case's citation; returns it (empty when there is none to copy).
    QString copyCitation();

private:
    QAction *m_action;
};

} // namespace casebench::ui
