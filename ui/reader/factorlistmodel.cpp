// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorlistmodel.h"

#include "readerview.h"

#include <QColor>
#include <QKeySequence>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

constexpr quintptr groupTag = 0;

} // namespace

FactorListModel::FactorListModel(QObject *parent) : QAbstractItemModel(parent) {}

void FactorListModel::setFactors(const QList<Factor> &factors)
{
    beginResetModel();
    m_all = factors;
    for (auto &group : m_groups)
        group.clear();
    for (const Factor &f : factors)
        m_groups[static_cast<size_t>(f.category)].append(f);
    endResetModel();
}

QModelIndex FactorListModel::indexOf(FactorId id) const
{
    for (int g = 0; g < groupCount; ++g) {
        const QList<Factor> &list = m_groups[static_cast<size_t>(g)];
        for (int row = 0; row < list.size(); ++row) {
            if (list.at(row).id == id)
                return index(row, 0, index(g, 0));
        }
    }
    return {};
}

std::optional<Factor> FactorListModel::factorAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupTag)
        return std::nullopt;
    return m_groups[index.internalId() - 1].at(index.row());
}

QModelIndex FactorListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupTag);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex FactorListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupTag)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, groupTag);
}

int FactorListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount;
    if (parent.column() != 0 || parent.internalId() != groupTag)
        return 0;
    return static_cast<int>(m_groups[static_cast<size_t>(parent.row())].size());
}

int FactorListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FactorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupTag) {
        if (index.column() != Name)
            return {};
        const auto category = static_cast<FactorCategory>(index.row());
        if (role == Qt::DisplayRole)
            return enumLabel(category);
        if (role == Qt::DecorationRole)
            return defaultCategoryColour(category);
        return {};
    }
    const Factor &f = m_groups[index.internalId() - 1].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return f.name;
        return QKeySequence(f.shortcut, QKeySequence::PortableText)
            .toString(QKeySequence::NativeText);
    case Qt::DecorationRole:
        if (index.column() == Name)
            return f.colour.isValid() ? f.colour : defaultCategoryColour(f.category);
        return {};
    case Qt::ToolTipRole:
        return f.description;
    case FactorIdRole:
        return f.id.value;
    }
    return {};
}

Qt::ItemFlags FactorListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != groupTag)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QVariant FactorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Factor") : tr("Shortcut");
}

QStringList FactorListModel::mimeTypes() const
{
    return {ReaderView::spanMimeType()};
}

Qt::DropActions FactorListModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool FactorListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                      const QModelIndex &parent) const
{
    // Only onto a factor itself, never between rows.
    return data && row < 0 && ReaderView::spanFromMime(data).has_value()
           && factorAt(parent).has_value();
}

bool FactorListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto span = ReaderView::spanFromMime(data);
    Q_EMIT spanDropped(factorAt(parent)->id, span->document, span->start, span->end);
    return true;
}

} // namespace casebench::ui
