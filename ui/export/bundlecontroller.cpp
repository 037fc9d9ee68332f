// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlecontroller.h"
#include "plainmessage.h"

#include "bundledialog.h"
#include "commands/librarysession.h"
#include "model/libraryerror.h"
#include "sessionhost.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace casebench::ui {

BundleController::BundleController(QWidget *window, SessionHost *host)
    : Feature(host, window), m_window(window)
{
    m_action = new QAction(tr("&Bundle…"), this);
    m_action->setObjectName(u"actionExportBundle"_s);
    m_action->setStatusTip(
        tr("Build a PDF or HTML bundle of the selected case: aide-memoire or mitigation"));
    connect(m_action, &QAction::triggered, this, &BundleController::openDialog);
    updateActions();
}

BundleDialog *BundleController::dialog() const
{
    return m_dialog.data();
}

QList<FeatureAction> BundleController::actions() const
{
    return {{.action = m_action,
             .menu = MenuId::FileExport,
             .group = 10,
             .position = 30,
             .needs = Needs::Case,
             .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_E)}}};
}

void BundleController::openDialog()
{
    LibrarySession *session = host()->session();
    const CaseId id = host()->currentCase();
    if (session == nullptr || !id.isValid())
        return;
    closeDialog();
    try {
        m_dialog = new BundleDialog(*session, id, m_window);
    } catch (const LibraryError &e) {
        plainmessage::warning(m_window, tr("Bundle"), e.message());
        return;
    }
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
}

void BundleController::closeDialog()
{
    if (m_dialog)
        delete m_dialog.data();
}

} // namespace casebench::ui
