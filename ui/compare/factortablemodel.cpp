// SPDX-License-Identifier: GPL-3.0-or-later
#include "factortablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// Internal ids: 0 for a group row, group + 1 for a factor row under that group.
constexpr quintptr groupMarker = 0;

QString presence(const QList<Passage> &passages)
{
    if (passages.isEmpty())
        return FactorTableModel::tr("—");
    return FactorTableModel::tr("✓ %1").arg(passages.size());
}

} // namespace

FactorTableModel::FactorTableModel(QObject *parent) : QAbstractItemModel(parent) {}

void FactorTableModel::setComparison(const CaseComparison &comparison)
{
    beginResetModel();
    m_groups = comparison.groups();
    m_leftName = comparison.left().reference;
    m_rightName = comparison.right().reference;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, LeftColumn, RightColumn);
}

void FactorTableModel::clear()
{
    setComparison({});
}

const CaseComparison::FactorRow *FactorTableModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == groupMarker)
        return nullptr;
    const auto group = static_cast<qsizetype>(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).rows.size())
        return nullptr;
    return &m_groups.at(group).rows.at(index.row());
}

QModelIndex FactorTableModel::indexOf(FactorId factor) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const auto &rows = m_groups.at(g).rows;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (rows.at(r).factor.id == factor)
                return createIndex(static_cast<int>(r), 0, static_cast<quintptr>(g + 1));
        }
    }
    return {};
}

QModelIndex FactorTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupMarker);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex FactorTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupMarker)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, groupMarker);
}

int FactorTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupMarker)
        return 0;
    return static_cast<int>(m_groups.at(parent.row()).rows.size());
}

int FactorTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FactorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupMarker)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const CaseComparison::FactorRow *row = rowAt(index);
    return row ? rowData(*row, index.column(), role) : QVariant();
}

QVariant FactorTableModel::groupData(const CaseComparison::FactorGroup &group, int column,
                                     int role) const
{
    if (role == Qt::DisplayRole) {
        if (column == FactorColumn)
            return enumLabel(group.category);
        int count = 0;
        for (const auto &row : group.rows)
            count += column == LeftColumn ? (row.inLeft() ? 1 : 0) : (row.inRight() ? 1 : 0);
        return tr("%1 of %2").arg(count).arg(group.rows.size());
    }
    if (role == Qt::FontRole && column == FactorColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == FactorIdRole)
        return QVariant::fromValue<qint64>(0);
    return {};
}

QVariant FactorTableModel::rowData(const CaseComparison::FactorRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == FactorColumn)
            return row.factor.name;
        return presence(column == LeftColumn ? row.left : row.right);
    case Qt::DecorationRole:
        if (column == FactorColumn) {
            return row.factor.colour.isValid() ? row.factor.colour
                                               : defaultCategoryColour(row.factor.category);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == FactorColumn)
            return row.factor.description.isEmpty() ? row.factor.name : row.factor.description;
        if (const auto &passages = column == LeftColumn ? row.left : row.right;
            !passages.isEmpty()) {
            const QString count = passages.size() == 1 ? tr("1 passage")
                                                       : tr("%1 passages").arg(passages.size());
            return u"%1: “%2”"_s.arg(count, passages.constFirst().quote);
        }
        return tr("Not tagged in this case");
    case Qt::ForegroundRole:
        if (column != FactorColumn && (column == LeftColumn ? !row.inLeft() : !row.inRight()))
            return QBrush(QColor(0x90, 0x90, 0x90));
        return {};
    case Qt::FontRole:
        if (column == FactorColumn && !row.shared()) {
            QFont font; // a distinguishing factor stands out
            font.setItalic(true);
            return font;
        }
        return {};
    case FactorIdRole:
        return QVariant::fromValue<qint64>(row.factor.id.value);
    case PresenceRole:
        return (row.inLeft() ? 1 : 0) + (row.inRight() ? 2 : 0);
    default:
        return {};
    }
}

QVariant FactorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FactorColumn:
        return tr("Factor");
    case LeftColumn:
        return m_leftName.isEmpty() ? tr("Left") : m_leftName;
    case RightColumn:
        return m_rightName.isEmpty() ? tr("Right") : m_rightName;
    default:
        return {};
    }
}

} // namespace casebench::ui
