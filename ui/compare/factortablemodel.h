// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/casecomparison.h"

#include <QAbstractItemModel>

namespace casebench::ui {

/// The factor table of a comparison as a tree: one top-level row per category (with its
/// count), under it one row per factor with, for each side, whether it is present and in how
/// many passages. Columns: factor, left case, right case.
class FactorTableModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { FactorColumn, LeftColumn, RightColumn, ColumnCount };

    enum Roles {
        FactorIdRole = Qt::UserRole + 1, ///< qint64 id of a factor row's factor (0 for groups)
        PresenceRole,                    ///< 0 absent, 1 left only, 2 right only, 3 both
    };

    explicit FactorTableModel(QObject *parent = nullptr);

    /// Shows a comparison's factor table (resets the model); the headers name the two cases.
    void setComparison(const CaseComparison &comparison);
    void clear();

    /// The factor row at an index (any column), or nullptr for a group row or an invalid index.
    [[nodiscard]] const CaseComparison::FactorRow *rowAt(const QModelIndex &index) const;
    /// The index (column 0) of a factor's row; invalid when the table has no such factor.
    [[nodiscard]] QModelIndex indexOf(FactorId factor) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(const CaseComparison::FactorGroup &group, int column, int role) const;
    QVariant rowData(const CaseComparison::FactorRow &row, int column, int role) const;

    QList<CaseComparison::FactorGroup> m_groups;
    QString m_leftName;
    QString m_rightName;
};

} // namespace casebench::ui
