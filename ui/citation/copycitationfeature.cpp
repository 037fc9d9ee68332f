// SPDX-License-Identifier: GPL-3.0-or-later
#include "copycitationfeature.h"

#include "commands/librarysession.h"
#include "model/casecitation.h"
#include "model/libraryerror.h"
#include "sessionhost.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace casebench::ui {

CopyCitationFeature::CopyCitationFeature(QWidget *window, SessionHost *host)
    : Feature(host, window), m_action(new QAction(tr("Copy &Citation"), window))
{
    m_action->setObjectName(u"actionCopyCitation"_s);
    m_action->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_action->setStatusTip(
        tr("Copy the selected case in one line: reference, title, regulator and date"));
    connect(m_action, &QAction::triggered, this, &CopyCitationFeature::copyCitation);
    updateActions();
}

QList<FeatureAction> CopyCitationFeature::actions() const
{
    // Its own group after Undo and Redo; Ctrl+C stays the copy of the field being edited.
    return {{.action = m_action,
             .menu = MenuId::Edit,
             .group = 15,
             .position = 10,
             .needs = Needs::Case,
             .shortcuts = {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)}}};
}

QString CopyCitationFeature::copyCitation()
{
    LibrarySession *session = host()->session();
    const CaseId id = host()->currentCase();
    if (!session || !id.isValid())
        return {};
    try {
        const auto c = session->library().cases().find(id);
        if (!c)
            return {};
        const QString citation = caseCitation(*c);
        QGuiApplication::clipboard()->setText(citation);
        host()->showMessage(tr("Copied: %1").arg(citation));
        return citation;
    } catch (const LibraryError &e) {
        host()->showMessage(tr("The citation could not be copied: %1").arg(e.message()), 10000);
        return {};
    }
}

} // namespace casebench::ui
