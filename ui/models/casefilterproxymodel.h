// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/regulator.h"
#include "model/sanctiontype.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace casebench::ui {

/// Filters and sorts a CaseTableModel: free text over reference, title and registrant, and
/// exact matches on regulator, profession, current sanction type and a range of years.
class CaseFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseFilterProxyModel(QObject *parent = nullptr);

    /// Case-insensitive; every word must occur in the reference, title or registrant.
    void setTextFilter(const QString &text);
    void setRegulator(std::optional<Regulator> regulator);
    /// Empty: any profession. Compared case-insensitively.
    void setProfession(const QString &profession);
    void setSanctionType(std::optional<SanctionType> type);
    /// Inclusive; 0 leaves that end open. A set range hides cases without dates.
    void setYearRange(int from, int to);
    void clearFilters();

    [[nodiscard]] QString textFilter() const { return m_text; }
    [[nodiscard]] std::optional<Regulator> regulator() const { return m_regulator; }
    [[nodiscard]] QString profession() const { return m_profession; }
    [[nodiscard]] std::optional<SanctionType> sanctionType() const { return m_sanctionType; }
    [[nodiscard]] int yearFrom() const { return m_yearFrom; }
    [[nodiscard]] int yearTo() const { return m_yearTo; }
    [[nodiscard]] bool isFiltering() const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_text;
    QStringList m_words;
    std::optional<Regulator> m_regulator;
    QString m_profession;
    std::optional<SanctionType> m_sanctionType;
    int m_yearFrom = 0;
    int m_yearTo = 0;
};

} // namespace casebench::ui
