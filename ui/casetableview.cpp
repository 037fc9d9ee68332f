// SPDX-License-Identifier: GPL-3.0-or-later
#include "casetableview.h"

#include "models/casetablemodel.h"

#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace casebench::ui {

CaseTableView::CaseTableView(QWidget *parent) : QTableView(parent)
{
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CaseTableView::showColumnMenu);
}

void CaseTableView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    for (int logical = 0; logical < CaseTableModel::ColumnCount; ++logical) {
        header->moveSection(header->visualIndex(logical), logical);
        header->setSectionHidden(logical, false);
    }
    const QFontMetrics metrics = fontMetrics();
    const auto fit = [&metrics, header](int column, const QString &sample) {
        header->resizeSection(column, metrics.horizontalAdvance(sample) + 24);
    };
    fit(CaseTableModel::Reference, u"DEMO-HCPC-000"_s);
    fit(CaseTableModel::Title, u"Social worker: missed visits under case"_s);
    fit(CaseTableModel::RegulatorColumn, u"Social Work England"_s);
    fit(CaseTableModel::Profession, u"Occupational therapist"_s);
    fit(CaseTableModel::Registrant, u"Firstname Lastname"_s);
    fit(CaseTableModel::Hearing, u"Interim order hearing"_s);
    fit(CaseTableModel::Decided, u"30 Sep 2000"_s);
    fit(CaseTableModel::SanctionColumn, u"Conditions of practice order, 2 years"_s);
    fit(CaseTableModel::Role, u"Under preparation"_s);
    fit(CaseTableModel::Documents, u"Documents"_s);
    // The title takes the width the other columns leave.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseTableModel::Title, QHeaderView::Stretch);
    for (int column : {CaseTableModel::Registrant, CaseTableModel::Hearing, CaseTableModel::Role,
                       CaseTableModel::Documents})
        header->setSectionHidden(column, true);
    sortByColumn(CaseTableModel::Reference, Qt::AscendingOrder);
}

void CaseTableView::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The reference identifies the row: it always stays.
        action->setEnabled(column != CaseTableModel::Reference);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, &CaseTableView::resetColumns);
    menu.exec(header->mapToGlobal(pos));
}

} // namespace casebench::ui
