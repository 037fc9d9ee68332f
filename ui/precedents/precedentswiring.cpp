// SPDX-License-Identifier: GPL-3.0-or-later
#include "precedentswiring.h"

#include "precedentsdock.h"

#include "compare/comparewindow.h"
#include "mainwindow.h"
#include "models/casefilterproxymodel.h"
#include "models/casetablemodel.h"
#include "reader/readerwiring.h"
#include "search/searchdock.h"
#include "sessionhost.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace casebench::ui {

PrecedentsWiring::PrecedentsWiring(MainWindow &window, SessionHost &host)
    : Feature(&host, &window), m_window(&window)
{
    setObjectName(u"precedentsWiring"_s);
    m_precedents = new PrecedentsDock(&window);
    m_search = new SearchDock(&window);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_precedents);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_search);
    window.tabifyDockWidget(m_precedents, m_search);
    m_search->hide();
    m_precedents->raise();
    createActions();
    // Compare Cases is in the case table's context menu too.
    window.caseTable()->addAction(m_compareAction);

    // Two cases are picked for comparison by selecting two rows.
    window.caseTable()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_precedents, &PrecedentsDock::compareRequested, this,
            &PrecedentsWiring::openComparison);
    // Opening a hit selects its case and shows the document in the reader with the matched
    // words selected (or at its start when only the title matched).
    connect(m_search, &SearchDock::hitActivated, this,
            [this](CaseId id, DocumentId document, int start, int end) {
                m_window->selectCase(id);
                if (document.isValid()) {
                    if (auto *readers = m_window->feature<ReaderWiring>())
                        readers->openDocument(document, start, end);
                }
            });
    setSession(host.session());
    updateActions();
}

PrecedentsWiring::~PrecedentsWiring()
{
    delete m_compare.data();
}

CompareWindow *PrecedentsWiring::compareWindow() const
{
    return m_compare;
}

void PrecedentsWiring::createActions()
{
    m_showPrecedents = m_precedents->toggleViewAction();
    m_showPrecedents->setObjectName(u"actionShowPrecedents"_s);
    m_showPrecedents->setText(tr("Show &Precedents"));
    m_showPrecedents->setStatusTip(tr("Show or hide the cases most like the selected one"));

    m_showSearch = m_search->toggleViewAction();
    m_showSearch->setObjectName(u"actionShowSearch"_s);
    m_showSearch->setText(tr("Show &Search"));
    m_showSearch->setStatusTip(tr("Show or hide the full-text search"));

    m_searchAction = new QAction(tr("&Search Library…"), this);
    m_searchAction->setObjectName(u"actionSearchLibrary"_s);
    m_searchAction->setIcon(QIcon::fromTheme(u"edit-find"_s));
    m_searchAction->setStatusTip(tr("Search the text of every decision in the library"));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->show();
        m_search->raise();
        m_search->focusQuery();
    });

    m_compareAction = new QAction(tr("C&ompare Cases"), this);
    m_compareAction->setObjectName(u"actionCompareCases"_s);
    m_compareAction->setStatusTip(tr("Open the two selected cases (or the case and the selected "
                                     "precedent) side by side"));
    connect(m_compareAction, &QAction::triggered, this, &PrecedentsWiring::compareSelected);
}

QList<FeatureAction> PrecedentsWiring::actions() const
{
    return {
        {.action = m_showPrecedents,
         .menu = MenuId::View,
         .group = 20,
         .position = 10,
         .needs = Needs::Nothing,
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}},
        {.action = m_showSearch,
         .menu = MenuId::View,
         .group = 20,
         .position = 20,
         .needs = Needs::Nothing,
         .shortcuts = {}},
        {.action = m_searchAction,
         .menu = MenuId::Edit,
         .group = 30,
         .position = 20,
         .needs = Needs::Session,
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}},
        {.action = m_compareAction,
         .menu = MenuId::Edit,
         .group = 30,
         .position = 30,
         .needs = Needs::Session,
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}},
    };
}

void PrecedentsWiring::close()
{
    delete m_compare.data(); // it shows cases of the library that goes
}

void PrecedentsWiring::setSession(LibrarySession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    delete m_compare.data(); // it shows cases of the library that went
    m_precedents->setSession(session);
    m_search->setSession(session);
    setCurrentCase(host()->currentCase());
}

void PrecedentsWiring::setCurrentCase(CaseId id)
{
    m_precedents->setCase(m_session ? id : CaseId());
}

QList<CaseId> PrecedentsWiring::selectedCases() const
{
    QList<CaseId> ids;
    const QModelIndexList rows = m_window->caseTable()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QModelIndex source = m_window->filterModel()->mapToSource(row);
        ids.append(m_window->caseModel()->caseIdAt(source.row()));
    }
    return ids;
}

void PrecedentsWiring::compareSelected()
{
    if (!m_session)
        return;
    const QList<CaseId> ids = selectedCases();
    if (ids.size() == 2) {
        // The current row (the case being looked at) goes on the left.
        const CaseId current = host()->currentCase();
        const bool swap = ids.at(1) == current;
        openComparison(swap ? ids.at(1) : ids.at(0), swap ? ids.at(0) : ids.at(1));
        return;
    }
    const CaseId precedent = m_precedents->currentPrecedent();
    if (ids.size() == 1 && precedent.isValid() && m_precedents->caseId() == ids.constFirst()) {
        openComparison(ids.constFirst(), precedent);
        return;
    }
    host()->showMessage(
        tr("Select two cases in the table (Ctrl+click the second), or a case and one of its "
           "precedents, to compare them."),
        8000);
}

CompareWindow *PrecedentsWiring::openComparison(CaseId left, CaseId right)
{
    if (!m_session)
        return nullptr;
    if (!m_compare)
        m_compare = new CompareWindow(m_session, m_window);
    m_compare->requestComparison(left, right);
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

} // namespace casebench::ui
