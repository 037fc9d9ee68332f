// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamwiring.h"

#include "connectdialog.h"
#include "mainwindow.h"
#include "storage/library.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace casebench::ui {

TeamWiring::TeamWiring(MainWindow *window) : QObject(window), m_window(window)
{
    m_connect = new QAction(tr("Connect to &Team Library…"), window);
    m_connect->setObjectName(u"actionConnectTeamLibrary"_s);
    m_connect->setIcon(QIcon::fromTheme(u"network-server"_s));
    m_connect->setStatusTip(
        tr("Open a library on a PostgreSQL server that many reviewers use at once."));
    connect(m_connect, &QAction::triggered, this, &TeamWiring::connectToTeamLibrary);
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

} // namespace casebench::ui
