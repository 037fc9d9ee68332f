// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamwiring.h"
#include "sessionread.h"

#include "casepanel.h"
#include "commands/librarysession.h"
#include "connectdialog.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "sessionhost.h"
#include "storage/library.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace casebench::ui {

TeamWiring::TeamWiring(MainWindow &window, SessionHost &host)
    : Feature(&host, &window), m_window(&window)
{
    m_connect = new QAction(tr("Connect to &Team Library…"), &window);
    m_connect->setObjectName(u"actionConnectTeamLibrary"_s);
    m_connect->setIcon(QIcon::fromTheme(u"network-server"_s));
    m_connect->setStatusTip(
        tr("Open a library on a PostgreSQL server that many reviewers use at once."));
    connect(m_connect, &QAction::triggered, this, &TeamWiring::connectToTeamLibrary);
}

QList<FeatureAction> TeamWiring::actions() const
{
    return {{.action = m_connect,
             .menu = MenuId::File,
             .group = 10,
             .position = 50,
             .needs = Needs::Nothing,
             .shortcuts = {}}};
}

void TeamWiring::setSession(LibrarySession *session)
{
    if (session) {
        connect(session, &LibrarySession::changedElsewhere, this,
                &TeamWiring::reloadChangedLibrary);
    }
}

bool TeamWiring::connectToTeamLibrary()
{
    ConnectDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto library = dialog.takeLibrary();
    if (!library)
        return false;
    m_window->showLibrary(std::move(library));
    return true;
}

void TeamWiring::reloadChangedLibrary()
{
    LibrarySession *session = host()->session();
    if (!session)
        return;
    // What changed is not known (SQLite says only that something did): the table and the panel
    // read everything again. The same session, so the docks keep theirs and follow the case.
    const CaseId current = host()->currentCase();
    const bool read = readAfterChange(session, [&] {
        m_window->caseModel()->setSession(session);
        m_window->casePanel()->setSession(session);
        if (current.isValid() && m_window->caseModel()->rowOf(current) >= 0)
            m_window->selectCase(current);
    });
    if (!read)
        return;
    host()->showMessage(
        tr("The library was changed by another window or program; it is shown as it is now."),
        5000);
}

} // namespace casebench::ui
