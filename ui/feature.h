// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QMimeData;
class QWidget;

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

class SessionHost;

/// The menus of the main window, in menu-bar order; File ▸ Import and File ▸ Export are
/// submenus of File.
enum class MenuId { File, FileImport, FileExport, Edit, Case, View, Tools, Help };

/// When an action is enabled.
enum class Needs {
    Nothing,      ///< always
    Session,      ///< a library is open
    Case,         ///< a library is open and a case selected
    Writable,     ///< a library is open that is not read-only
    WritableCase, ///< both of the above
    Manual,       ///< the feature enables it itself
};

/// One action of a feature and where it goes in the main window.
struct FeatureAction
{
    QAction *action = nullptr;
    MenuId menu = MenuId::Edit;
    /// Sections of a menu, in ascending order with a line between them.
    int group = 0;
    /// Order inside the group.
    int position = 0;
    Needs needs = Needs::Nothing;
    /// Set on the action when the window places it (none: the action keeps its own).
    QList<QKeySequence> shortcuts;
};

/// A part of the main window that brings its own actions (an export, the precedents docks, the
/// reader windows…). It declares its actions and their places, follows the SessionHost, and
/// closes what holds the library when the library closes. The window knows features only
/// through the one list in featurelist.cpp; it builds its menus from what they declare.
class Feature : public QObject
{
    Q_OBJECT

public:
    /// Follows `host`: setSession() and setCurrentCase() are called when it changes, and the
    /// actions are enabled again as their `needs` say.
    Feature(SessionHost *host, QObject *parent);

    [[nodiscard]] SessionHost *host() const { return m_host; }

    /// The actions this feature contributes and where each goes; the same list every time.
    [[nodiscard]] virtual QList<FeatureAction> actions() const = 0;
    /// Enables each action whose needs are not Manual as the host's state allows.
    void updateActions();
    /// Whether `needs` are met now.
    [[nodiscard]] bool allows(Needs needs) const;

    /// The library is about to close (or the window): close the dialogs that hold its session.
    virtual void close() {}
    /// Whether this feature takes files dropped on the window (the first that does gets them).
    [[nodiscard]] virtual bool acceptsDrop(const QMimeData &data) const;
    virtual void drop(const QMimeData &data);

protected:
    /// The host's session changed (nullptr: the library closed); the old one still exists.
    virtual void setSession(LibrarySession *session);
    /// The case selected in the window changed (invalid: none).
    virtual void setCurrentCase(CaseId id);

private:
    SessionHost *m_host;
};

namespace featuremenus {

/// The object name of a menu ("menuFile", "menuExport", …).
QString objectName(MenuId menu);

/// Fills `bar` with the menus of `actions` (menus with no action are left out): each menu's
/// actions sorted by group and position with a line between groups; File ▸ Import and Export
/// are placed in File as their own entries say (MenuId::FileImport / FileExport submenus are
/// group 20 of File, after the window's import entry). Applies declared shortcuts. Returns the
/// menus made, by id.
QMap<MenuId, QMenu *> build(QMenuBar *bar, const QList<FeatureAction> &actions);

} // namespace featuremenus

} // namespace casebench::ui
