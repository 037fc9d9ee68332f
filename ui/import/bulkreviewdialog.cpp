// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkreviewdialog.h"

#include "bulkreviewmodel.h"
#include "commands/librarysession.h"
#include "model/libraryerror.h"
#include "suggestionsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

BulkReviewDialog::BulkReviewDialog(LibrarySession *session, const QList<CaseId> &cases,
                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new BulkReviewModel(session, this))
{
    setObjectName(u"bulkReviewDialog"_s);
    setWindowTitle(tr("Review Suggestions"));
    if (cases.isEmpty())
        m_model->setAllPending();
    else
        m_model->setCases(cases);

    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    auto *legend = new QLabel(
        tr("● high confidence (stated in a labelled field or where the order is made) · ◐ medium "
           "(read from a sentence) · ○ low (check by hand: a length or the order under review is "
           "not stated). Hover over a cell for its passage."),
        this);
    legend->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"bulkReviewError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s);
    m_error->hide();
    m_notes = new QLabel(this);
    m_notes->setObjectName(u"bulkReviewNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(u"bulkReviewView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->resizeColumnsToContents();
    // Widths that leave the order the most room on a 1280-pixel screen; the rest is elided,
    // whole in the cell's tooltip.
    static const int widest[BulkReviewModel::ColumnCount]{150, 130, 70, 100, 100,
                                                          100, 150, 0,  140, 70};
    for (int column = 0; column < BulkReviewModel::ColumnCount; ++column) {
        if (widest[column] > 0)
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest[column]));
    }
    m_view->horizontalHeader()->setSectionResizeMode(BulkReviewModel::SanctionColumn,
                                                     QHeaderView::Stretch);

    m_acceptAll = new QPushButton(tr("Accept &All"), this);
    m_acceptAll->setObjectName(u"bulkAcceptAllButton"_s);
    m_acceptConfident = new QPushButton(tr("Accept &Confident"), this);
    m_acceptConfident->setObjectName(u"bulkAcceptConfidentButton"_s);
    m_review = new QPushButton(tr("&Review Case…"), this);
    m_review->setObjectName(u"bulkReviewCaseButton"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_acceptAll, QDialogButtonBox::ActionRole);
    buttons->addButton(m_acceptConfident, QDialogButtonBox::ActionRole);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(legend);
    layout->addWidget(m_error);
    layout->addWidget(m_notes);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_acceptAll, &QPushButton::clicked, this, &BulkReviewDialog::acceptAll);
    connect(m_acceptConfident, &QPushButton::clicked, this, &BulkReviewDialog::acceptConfident);
    connect(m_review, &QPushButton::clicked, this, &BulkReviewDialog::reviewSelected);
    connect(m_view, &QTableView::activated, this, &BulkReviewDialog::reviewSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BulkReviewDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BulkReviewDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BulkReviewDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BulkReviewDialog::updateButtons);
    // Fits a 1280 × 720 screen with the window's frame.
    resize(1180, 600);
    updateButtons();
}

void BulkReviewDialog::run(bool confidentOnly)
{
    try {
        const QStringList notes = m_model->accept(confidentOnly ? AcceptScope::Confident
                                                                : AcceptScope::All);
        m_notes->setText(notes.join(u'\n'));
        m_notes->setVisible(!notes.isEmpty());
        m_error->hide();
    } catch (const LibraryError &e) {
        m_error->setText(tr("Nothing was accepted: %1").arg(e.message()));
        m_error->show();
    }
    updateButtons();
    selectNextPending(-1);
}

void BulkReviewDialog::acceptAll()
{
    run(false);
}

void BulkReviewDialog::acceptConfident()
{
    run(true);
}

void BulkReviewDialog::selectNextPending(int after)
{
    for (int row = after + 1; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, BulkReviewModel::PendingColumn).data().toInt() > 0) {
            m_view->selectRow(row);
            return;
        }
    }
}

void BulkReviewDialog::reviewSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    int row = rows.isEmpty() ? -1 : rows.constFirst().row();
    if (row < 0) {
        selectNextPending(-1);
        const QModelIndexList next = m_view->selectionModel()->selectedRows();
        if (next.isEmpty())
            return;
        row = next.constFirst().row();
    }
    delete m_caseDialog;
    m_caseDialog = new SuggestionsDialog(m_session, m_model->caseAt(row), this);
    connect(m_caseDialog, &QDialog::finished, this, [this, row] {
        m_caseDialog->deleteLater();
        m_caseDialog = nullptr;
        selectNextPending(row);
        m_view->setFocus();
    });
    m_caseDialog->open();
}

void BulkReviewDialog::updateButtons()
{
    const int pending = m_model->pendingCount();
    const int confident = m_model->confidentPendingCount();
    m_acceptAll->setEnabled(pending > 0);
    m_acceptConfident->setEnabled(confident > 0);
    m_review->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() == 0) {
        m_headline->setText(tr("No case has suggestions left to review."));
        return;
    }
    const int cases = m_model->rowCount();
    const QString casesText = cases == 1 ? tr("1 case") : tr("%1 cases").arg(cases);
    const QString pendingText = pending == 1 ? tr("1 suggestion to review")
                                             : tr("%1 suggestions to review").arg(pending);
    m_headline->setText(tr("%1, %2 (%3 of high confidence). Accepting changes the cases at once "
                           "as one edit: Edit ▸ Undo takes it all back.")
                            .arg(casesText, pendingText)
                            .arg(confident));
}

} // namespace casebench::ui
