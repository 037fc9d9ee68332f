// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature.h"

class QAction;

namespace casebench::ui {

class MainWindow;

/// Team libraries in the main window: File ▸ Connect to Team Library… (the ConnectDialog),
/// and reloading the window when another program changed its library file
/// (LibrarySession::changedElsewhere). A read-only library's editing is greyed out where it is
/// offered (the window's actions, the case form, the sanction editor, the passages' notes).
class TeamWiring : public Feature
{
    Q_OBJECT

public:
    TeamWiring(MainWindow &window, SessionHost &host);

    /// File ▸ Connect to Team Library…, always enabled.
    [[nodiscard]] QList<FeatureAction> actions() const override;
    [[nodiscard]] QAction *connectAction() const { return m_connect; }
    /// Opens the dialog; true when a team library was connected to and opened.
    bool connectToTeamLibrary();
    /// Reads the library again into the case table and the case panel, keeping the case shown
    /// (when it still exists), after another program changed the file.
    void reloadChangedLibrary();

protected:
    void setSession(LibrarySession *session) override;

private:
    MainWindow *m_window;
    QAction *m_connect = nullptr;
};

} // namespace casebench::ui
