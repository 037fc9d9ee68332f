// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationcontroller.h"

#include "anonymisationdialog.h"
#include "commands/librarysession.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace casebench::ui {

AnonymisationController::AnonymisationController(QWidget *window, SessionGetter session,
                                                 SelectedCaseGetter selectedCase)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
    , m_selectedCase(std::move(selectedCase))
    , m_action(new QAction(tr("&Anonymisation List…"), window))
{
    m_action->setObjectName(u"actionAnonymisationList"_s);
    m_action->setStatusTip(tr("The names and identifiers of the selected case that anonymised "
                              "exports replace"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &AnonymisationController::openDialog);
}

AnonymisationDialog *AnonymisationController::dialog() const
{
    return m_dialog;
}

void AnonymisationController::updateActions()
{
    m_action->setEnabled(m_session() != nullptr && m_selectedCase().isValid());
}

void AnonymisationController::openDialog()
{
    LibrarySession *session = m_session();
    const CaseId caseId = m_selectedCase();
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
