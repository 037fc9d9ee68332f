// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationcontroller.h"

#include "anonymisationdialog.h"
#include "commands/librarysession.h"
#include "sessionhost.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace casebench::ui {

AnonymisationController::AnonymisationController(QWidget *window, SessionHost *host)
    : Feature(host, window), m_window(window),
      m_action(new QAction(tr("&Anonymisation List…"), window))
{
    m_action->setObjectName(u"actionAnonymisationList"_s);
    m_action->setStatusTip(tr("The names and identifiers of the selected case that anonymised "
                              "exports replace"));
    connect(m_action, &QAction::triggered, this, &AnonymisationController::openDialog);
    updateActions();
}

QList<FeatureAction> AnonymisationController::actions() const
{
    return {{.action = m_action,
             .menu = MenuId::Case,
             .group = 10,
             .position = 10,
             .needs = Needs::Case,
             .shortcuts = {}}};
}

AnonymisationDialog *AnonymisationController::dialog() const
{
    return m_dialog;
}

void AnonymisationController::openDialog()
{
    LibrarySession *session = host()->session();
    const CaseId caseId = host()->currentCase();
    if (!session || !caseId.isValid())
        return;
    if (m_dialog && m_dialog->caseId() != caseId)
        closeDialog();
    if (!m_dialog) {
        m_dialog = new AnonymisationDialog(*session, caseId, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void AnonymisationController::closeDialog()
{
    if (m_dialog) {
        // Deleted now, not later: the session it edits may be about to go.
        delete m_dialog.data();
    }
}

} // namespace casebench::ui
