// SPDX-License-Identifier: GPL-3.0-or-later
#include "feature.h"

#include "sessionhost.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

Feature::Feature(SessionHost *host, QObject *parent) : QObject(parent), m_host(host)
{
    connect(host, &SessionHost::sessionChanged, this, [this](LibrarySession *session) {
        setSession(session);
        updateActions();
    });
    connect(host, &SessionHost::currentCaseChanged, this, [this](CaseId id) {
        setCurrentCase(id);
        updateActions();
    });
    connect(host, &SessionHost::readOnlyChanged, this, &Feature::updateActions);
}

bool Feature::allows(Needs needs) const
{
    switch (needs) {
    case Needs::Nothing:
    case Needs::Manual:
        return true;
    case Needs::Session:
        return m_host->session() != nullptr;
    case Needs::Case:
        return m_host->currentCase().isValid();
    case Needs::Writable:
        return m_host->isWritable();
    case Needs::WritableCase:
        return m_host->isWritable() && m_host->currentCase().isValid();
    }
    return false;
}

void Feature::updateActions()
{
    for (const FeatureAction &a : actions()) {
        if (a.needs != Needs::Manual)
            a.action->setEnabled(allows(a.needs));
    }
}

bool Feature::acceptsDrop(const QMimeData &) const
{
    return false;
}

void Feature::drop(const QMimeData &) {}

void Feature::setSession(LibrarySession *) {}

void Feature::setCurrentCase(CaseId) {}

namespace featuremenus {

namespace {

struct MenuSpec
{
    MenuId id;
    const char16_t *objectName;
    const char *title;
};

// Menu-bar order. The titles keep the window's translation context.
constexpr MenuSpec menuSpecs[] = {
    {MenuId::File, u"menuFile", QT_TRANSLATE_NOOP("casebench::ui::MainWindow", "&File")},
    {MenuId::FileImport, u"menuImport", QT_TRANSLATE_NOOP("casebench::ui::MainWindow", "I&mport")},
    {MenuId::FileExport, u"menuExport", QT_TRANSLATE_NOOP("casebench::ui::MainWindow", "E&xport")},
    {MenuId::Edit, u"menuEdit", QT_TRANSLATE_NOOP("casebench::ui::MainWindow", "&Edit")},
    {MenuId::Case, u"menuCase", QT_TRANSLATE_NOOP("casebench::ui::MainWindow", "&Case")},
    {MenuId::View, u"menuView", QT_TRANSLATE_NOOP("casebench::ui::MainWindow", "&View")},
    {MenuId::Tools, u"menuTools", QT_TRANSLATE_NOOP("casebench::ui::MainWindow", "&Tools")},
    {MenuId::Help, u"menuHelp", QT_TRANSLATE_NOOP("casebench::ui::MainWindow", "&Help")},
};

const MenuSpec &spec(MenuId id)
{
    for (const MenuSpec &s : menuSpecs) {
        if (s.id == id)
            return s;
    }
    return menuSpecs[0];
}

/// Where a submenu goes in its parent menu.
struct SubmenuPlace
{
    MenuId submenu;
    MenuId parent;
    int group;
    int position;
};

constexpr SubmenuPlace submenuPlaces[] = {
    {MenuId::FileImport, MenuId::File, 20, 20},
    {MenuId::FileExport, MenuId::File, 20, 30},
};

bool isSubmenu(MenuId id)
{
    return std::any_of(std::begin(submenuPlaces), std::end(submenuPlaces),
                       [id](const SubmenuPlace &p) { return p.submenu == id; });
}

} // namespace

QString objectName(MenuId menu)
{
    return QString::fromUtf16(spec(menu).objectName);
}

QMap<MenuId, QMenu *> build(QMenuBar *bar, const QList<FeatureAction> &actions)
{
    QList<FeatureAction> placed = actions;
    QMap<MenuId, QMenu *> menus;
    const auto makeMenu = [&menus, bar](MenuId id) {
        auto *menu = new QMenu(
            QCoreApplication::translate("casebench::ui::MainWindow", spec(id).title), bar);
        menu->setObjectName(objectName(id));
        menus.insert(id, menu);
        return menu;
    };
    // Submenus first, so that their parents list them like any other entry.
    for (const SubmenuPlace &p : submenuPlaces) {
        const bool used = std::any_of(actions.cbegin(), actions.cend(),
                                      [&p](const FeatureAction &a) { return a.menu == p.submenu; });
        if (!used)
            continue;
        QMenu *submenu = makeMenu(p.submenu);
        FeatureAction entry;
        entry.action = submenu->menuAction();
        entry.menu = p.parent;
        entry.group = p.group;
        entry.position = p.position;
        placed.append(entry);
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const FeatureAction &a, const FeatureAction &b) {
                         return std::pair(a.group, a.position) < std::pair(b.group, b.position);
                     });
    for (const MenuSpec &s : menuSpecs) {
        QMenu *menu = menus.value(s.id);
        bool first = true;
        int group = 0;
        for (const FeatureAction &a : std::as_const(placed)) {
            if (a.menu != s.id || a.action == nullptr)
                continue;
            if (!menu)
                menu = makeMenu(s.id);
            if (!first && a.group != group)
                menu->addSeparator();
            first = false;
            group = a.group;
            if (!a.shortcuts.isEmpty())
                a.action->setShortcuts(a.shortcuts);
            menu->addAction(a.action);
        }
        if (menu && !isSubmenu(s.id))
            bar->addMenu(menu);
    }
    return menus;
}

} // namespace featuremenus

} // namespace casebench::ui
