// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummarymodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace casebench::ui {

ImportSummaryModel::ImportSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportSummaryModel::setOutcomes(const QList<ImportOutcome> &outcomes)
{
    beginResetModel();
    m_outcomes = outcomes;
    endResetModel();
}

void ImportSummaryModel::append(const ImportOutcome &outcome)
{
    const auto row = static_cast<int>(m_outcomes.size());
    beginInsertRows({}, row, row);
    m_outcomes.append(outcome);
    endInsertRows();
}

int ImportSummaryModel::count(ImportStatus status) const
{
    return static_cast<int>(
        std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                      [status](const ImportOutcome &o) { return o.status == status; }));
}

int ImportSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outcomes.size());
}

int ImportSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportOutcome &o = m_outcomes.at(index.row());
    if (role == StatusRole)
        return static_cast<int>(o.status);
    if (role == Qt::ToolTipRole)
        return index.column() == FileColumn ? o.path : o.message;
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        const QStyle::StandardPixmap icon = o.status == ImportStatus::Imported
                                                ? QStyle::SP_DialogApplyButton
                                            : o.status == ImportStatus::Duplicate
                                                ? QStyle::SP_MessageBoxInformation
                                                : QStyle::SP_MessageBoxCritical;
        return QApplication::style()->standardIcon(icon);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return QFileInfo(o.path).fileName();
    case StatusColumn:
        return enumLabel(o.status);
    case CaseColumn:
        return o.caseCreated ? tr("%1 (new)").arg(o.caseReference) : o.caseReference;
    case DetailColumn:
        if (!o.message.isEmpty())
            return o.message;
        return o.warnings.join(u' ');
    default:
        return {};
    }
}

QVariant ImportSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Result");
    case CaseColumn:
        return tr("Case");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace casebench::ui
