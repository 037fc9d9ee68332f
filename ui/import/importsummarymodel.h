// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/importservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace casebench::ui {

/// The outcome of each file of an import, one row per file: file, result, case, details.
class ImportSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, StatusColumn, CaseColumn, DetailColumn, ColumnCount };
    /// ImportStatus of the row, under Qt::UserRole.
    static constexpr int StatusRole = Qt::UserRole;

    explicit ImportSummaryModel(QObject *parent = nullptr);

    void setOutcomes(const QList<ImportOutcome> &outcomes);
    /// Appends one outcome (as files finish).
    void append(const ImportOutcome &outcome);
    [[nodiscard]] const QList<ImportOutcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] int count(ImportStatus status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportOutcome> m_outcomes;
};

} // namespace casebench::ui
