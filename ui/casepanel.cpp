// SPDX-License-Identifier: GPL-3.0-or-later
#include "casepanel.h"

#include "caseform.h"
#include "commands/librarysession.h"
#include "model/libraryerror.h"
#include "models/documentlistmodel.h"
#include "models/sanctionhistorymodel.h"
#include "sanctioneditor.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// The entry "Add" starts from: a new order for an empty (or revoked) history, else a review
/// that confirms the order standing. The user then edits it.
Sanction newEntry(const QList<Sanction> &history, const Case &c)
{
    Sanction s;
    s.caseId = c.id;
    const auto standing = SanctionHistory(history).current();
    if (!standing) {
        s.outcome = ReviewOutcome::Imposed;
        s.type = SanctionType::NoFurtherAction;
        s.decidedOn = history.isEmpty() ? c.decisionDate : QDate();
        return s;
    }
    s.outcome = ReviewOutcome::Confirmed;
    s.type = standing->type;
    s.conditions = standing->conditions;
    return s;
}

QTableView *compactTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

CasePanel::CasePanel(QWidget *parent) : QWidget(parent)
{
    m_form = new CaseForm(this);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"casePanelSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(formScroll);
    m_splitter->addWidget(createSanctionSection());
    m_splitter->addWidget(createDocumentSection());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    resetSplitter();
    setCase(CaseId());
    // Wide enough for the forms' two columns: no sideways scrolling in the panel.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    setMinimumWidth(std::max(m_form->minimumSizeHint().width(), m_editor->minimumSizeHint().width())
                    + scrollBar + 32);
}

QWidget *CasePanel::createSanctionSection()
{
    auto *box = new QGroupBox(tr("Sanction history"), this);
    m_historyModel = new SanctionHistoryModel(this);
    m_historyView = compactTable(box);
    m_historyView->setObjectName(u"sanctionHistoryView"_s);
    m_historyView->setModel(m_historyModel);
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SanctionHistoryModel::Order, QHeaderView::Stretch);
    const int rowHeight = m_historyView->verticalHeader()->defaultSectionSize();
    m_historyView->setMinimumHeight(rowHeight * 2 + 30);
    m_historyView->setMaximumHeight(rowHeight * 5 + 30);
    m_addSanction = new QPushButton(tr("A&dd entry"), box);
    m_addSanction->setObjectName(u"addSanctionButton"_s);
    m_addSanction->setToolTip(
        tr("Add a decision to the history (a new order, or a review of the standing one)"));
    m_removeSanction = new QPushButton(tr("Re&move entry"), box);
    m_removeSanction->setObjectName(u"removeSanctionButton"_s);
    m_editor = new SanctionEditor(box);
    m_editor->setObjectName(u"sanctionEditor"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSanction);
    buttons->addWidget(m_removeSanction);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_historyView);
    layout->addLayout(buttons);
    layout->addWidget(m_editor);
    layout->addStretch(1);

    connect(m_addSanction, &QPushButton::clicked, this, &CasePanel::addSanction);
    connect(m_removeSanction, &QPushButton::clicked, this, &CasePanel::removeSanction);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasePanel::onCurrentEntryChanged);
    connect(m_historyModel, &QAbstractItemModel::modelReset, this, &CasePanel::onHistoryChanged);
    connect(m_historyModel, &QAbstractItemModel::rowsInserted, this, &CasePanel::onHistoryChanged);
    connect(m_historyModel, &QAbstractItemModel::rowsRemoved, this, &CasePanel::onHistoryChanged);
    connect(m_historyModel, &QAbstractItemModel::dataChanged, this, &CasePanel::onHistoryChanged);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget *CasePanel::createDocumentSection()
{
    auto *box = new QGroupBox(tr("Documents"), this);
    m_documentModel = new DocumentListModel(this);
    m_documentView = compactTable(box);
    m_documentView->setObjectName(u"documentView"_s);
    m_documentView->setModel(m_documentModel);
    QHeaderView *header = m_documentView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DocumentListModel::Title, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_documentView);
    return box;
}

void CasePanel::resetSplitter()
{
    m_splitter->setSizes({420, 470, 110});
}

void CasePanel::setSession(LibrarySession *session)
{
    m_session = session;
    m_form->setSession(session);
    m_editor->setSession(session);
    m_historyModel->setSession(session);
    m_documentModel->setSession(session);
    setCase(CaseId());
}

CaseId CasePanel::caseId() const
{
    return m_form->caseId();
}

void CasePanel::setCase(CaseId id)
{
    if (id == caseId() && id.isValid())
        return;
    m_selectedSanction = SanctionId();
    m_form->setCase(id);
    m_historyModel->setCase(id);
    m_documentModel->setCase(id);
    updateButtons();
}

void CasePanel::selectSanction(SanctionId id)
{
    const int row = m_historyModel->rowOf(id);
    if (row < 0)
        return;
    m_historyView->setCurrentIndex(m_historyModel->index(row, 0));
    m_historyView->scrollTo(m_historyModel->index(row, 0));
}

void CasePanel::onHistoryChanged()
{
    // Keep the entry the user was looking at; else show the order the history ends with.
    int row = m_historyModel->rowOf(m_selectedSanction);
    if (row < 0)
        row = m_historyModel->currentRow();
    if (row < 0)
        row = m_historyModel->rowCount() - 1;
    m_syncing = true;
    if (row >= 0)
        m_historyView->setCurrentIndex(m_historyModel->index(row, 0));
    else
        m_historyView->setCurrentIndex({});
    m_syncing = false;
    onCurrentEntryChanged();
}

void CasePanel::onCurrentEntryChanged()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_historyView->currentIndex();
    m_selectedSanction = current.isValid() ? SanctionId(
                             current.data(SanctionHistoryModel::SanctionIdRole).toLongLong())
                                           : SanctionId();
    m_editor->setEntry(m_historyModel->entries(), m_selectedSanction, m_historyModel->regulator());
    updateButtons();
}

void CasePanel::updateButtons()
{
    // A read-only team library (a reader's role): nothing to add or remove.
    const bool haveCase = m_session && caseId().isValid() && !m_session->library().isReadOnly();
    m_addSanction->setEnabled(haveCase);
    m_removeSanction->setEnabled(haveCase && m_selectedSanction.isValid());
}

void CasePanel::addSanction()
{
    if (!m_session || !caseId().isValid())
        return;
    const auto c = m_session->library().cases().find(caseId());
    if (!c)
        return;
    try {
        const SanctionId added = m_session->addSanction(newEntry(m_historyModel->entries(), *c));
        m_selectedSanction = added;
        selectSanction(added);
        m_editor->setFocus(Qt::OtherFocusReason);
    } catch (const LibraryError &e) {
        Q_EMIT errorOccurred(e.message());
    }
}

void CasePanel::removeSanction()
{
    if (!m_session || !m_selectedSanction.isValid())
        return;
    try {
        // Over the entry as shown: one another reviewer changed since is not removed.
        const QList<Sanction> shown = m_historyModel->entries();
        const auto seen = std::find_if(shown.cbegin(), shown.cend(), [this](const Sanction &s) {
            return s.id == m_selectedSanction;
        });
        if (seen != shown.cend())
            m_session->removeSanction(*seen);
        else
            m_session->removeSanction(m_selectedSanction);
    } catch (const LibraryError &e) {
        Q_EMIT errorOccurred(e.message());
    }
}

} // namespace casebench::ui
