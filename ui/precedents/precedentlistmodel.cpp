// SPDX-License-Identifier: GPL-3.0-or-later
#include "precedentlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace casebench::ui {

PrecedentListModel::PrecedentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PrecedentListModel::setResult(const PrecedentResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void PrecedentListModel::clear()
{
    setResult({});
}

int PrecedentListModel::rowOf(CaseId id) const
{
    for (qsizetype i = 0; i < m_result.matches.size(); ++i) {
        if (m_result.matches.at(i).precedent.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int PrecedentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.matches.size());
}

int PrecedentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrecedentListModel::displayData(const PrecedentMatch &m, int column) const
{
    switch (column) {
    case Reference:
        return m.precedent.reference;
    case Title:
        return m.precedent.title;
    case Score:
        return QLocale().toString(m.score, 'f', 2);
    case Outcome:
        return outcomeText(m.precedent.sanction, m.precedent.regulator);
    case Shared:
        return static_cast<int>(m.shared.size());
    case Distinguishing:
        return static_cast<int>(m.onlyInSubject.size() + m.onlyInPrecedent.size());
    default:
        return {};
    }
}

QVariant PrecedentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrecedentMatch &m = m_result.matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(m, index.column());
    case Qt::ToolTipRole:
        return m.explanation;
    case Qt::TextAlignmentRole:
        if (index.column() == Shared || index.column() == Distinguishing)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CaseIdRole:
        return QVariant::fromValue<qint64>(m.precedent.id.value);
    case ScoreRole:
        return m.score;
    case ExplanationRole:
        return m.explanation;
    default:
        return {};
    }
}

QVariant PrecedentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Reference:
            return tr("Reference");
        case Title:
            return tr("Title");
        case Score:
            return tr("Likeness");
        case Outcome:
            return tr("Outcome");
        case Shared:
            return tr("Shared");
        case Distinguishing:
            return tr("Differ");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Score:
            return tr("How alike the precedent is to this case, from 0 to 1");
        case Shared:
            return tr("Factors both cases have");
        case Distinguishing:
            return tr("Factors only one of the two cases has");
        default:
            return {};
        }
    }
    return {};
}

} // namespace casebench::ui
