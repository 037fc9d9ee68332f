// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilterproxymodel.h"

#include "casetablemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

CaseFilterProxyModel::CaseFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CaseTableModel::SortRole);
    setDynamicSortFilter(true);
}

void CaseFilterProxyModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    refilter();
}

void CaseFilterProxyModel::setRegulator(std::optional<Regulator> regulator)
{
    if (regulator == m_regulator)
        return;
    m_regulator = regulator;
    refilter();
}

void CaseFilterProxyModel::setProfession(const QString &profession)
{
    if (profession == m_profession)
        return;
    m_profession = profession;
    refilter();
}

void CaseFilterProxyModel::setSanctionType(std::optional<SanctionType> type)
{
    if (type == m_sanctionType)
        return;
    m_sanctionType = type;
    refilter();
}

void CaseFilterProxyModel::setYearRange(int from, int to)
{
    if (from == m_yearFrom && to == m_yearTo)
        return;
    m_yearFrom = from;
    m_yearTo = to;
    refilter();
}

void CaseFilterProxyModel::clearFilters()
{
    m_text.clear();
    m_words.clear();
    m_regulator.reset();
    m_profession.clear();
    m_sanctionType.reset();
    m_yearFrom = 0;
    m_yearTo = 0;
    refilter();
}

bool CaseFilterProxyModel::isFiltering() const
{
    return !m_words.isEmpty() || m_regulator || !m_profession.isEmpty() || m_sanctionType
           || m_yearFrom != 0 || m_yearTo != 0;
}

void CaseFilterProxyModel::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool CaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&index](int role) { return index.data(role); };
    if (m_regulator
        && value(CaseTableModel::RegulatorRole).toInt() != static_cast<int>(*m_regulator))
        return false;
    if (!m_profession.isEmpty()
        && value(CaseTableModel::ProfessionRole)
                   .toString()
                   .compare(m_profession, Qt::CaseInsensitive)
               != 0)
        return false;
    if (m_sanctionType
        && value(CaseTableModel::SanctionTypeRole).toInt() != static_cast<int>(*m_sanctionType))
        return false;
    if (m_yearFrom != 0 || m_yearTo != 0) {
        const int year = value(CaseTableModel::YearRole).toInt();
        if (year == 0 || (m_yearFrom != 0 && year < m_yearFrom)
            || (m_yearTo != 0 && year > m_yearTo))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = value(CaseTableModel::SearchTextRole).toString();
        return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString &word) {
            return text.contains(word, Qt::CaseInsensitive);
        });
    }
    return true;
}

} // namespace casebench::ui
