// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummarydialog.h"

#include "importsummarymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

ImportSummaryDialog::ImportSummaryDialog(const QList<ImportOutcome> &outcomes, bool cancelled,
                                         QWidget *parent)
    : QDialog(parent), m_model(new ImportSummaryModel(this))
{
    setObjectName(u"importSummaryDialog"_s);
    setWindowTitle(tr("Import Summary"));
    m_model->setOutcomes(outcomes);

    QString text = tr("%1 imported, %2 skipped as duplicates, %3 failed.")
                       .arg(m_model->count(ImportStatus::Imported))
                       .arg(m_model->count(ImportStatus::Duplicate))
                       .arg(m_model->count(ImportStatus::Failed));
    if (cancelled)
        text = tr("The import was cancelled; the files not listed were not imported.") + u' '
               + text;
    m_headline = new QLabel(text, this);
    m_headline->setObjectName(u"importSummaryHeadline"_s);
    m_headline->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(u"importSummaryView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_review = buttons->addButton(tr("&Review Suggestions…"), QDialogButtonBox::ActionRole);
    m_review->setObjectName(u"reviewSuggestionsButton"_s);
    m_reviewAll = buttons->addButton(tr("Review &All Imported…"), QDialogButtonBox::ActionRole);
    m_reviewAll->setObjectName(u"reviewAllImportedButton"_s);
    m_reviewAll->setToolTip(tr(
        "The suggestions of every imported decision in one table: accept them all, the confident ones, or case by case"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportSummaryDialog::updateButtons);
    connect(m_review, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            Q_EMIT reviewSuggestionsRequested(
                m_model->outcomes().at(rows.constFirst().row()).caseId);
    });
    connect(m_reviewAll, &QPushButton::clicked, this,
            [this] { Q_EMIT reviewImportedRequested(importedCases()); });
    resize(760, 400);
    updateButtons();
}

QList<CaseId> ImportSummaryDialog::importedCases() const
{
    QList<CaseId> ids;
    for (const ImportOutcome &o : m_model->outcomes()) {
        if (o.status == ImportStatus::Imported && o.caseId.isValid() && !ids.contains(o.caseId))
            ids.append(o.caseId);
    }
    return ids;
}

void ImportSummaryDialog::updateButtons()
{
    m_reviewAll->setEnabled(!importedCases().isEmpty());
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_review->setEnabled(!rows.isEmpty()
                         && m_model->outcomes().at(rows.constFirst().row()).status
                                == ImportStatus::Imported);
}

} // namespace casebench::ui
