// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/precedentranker.h"

#include <QAbstractTableModel>

namespace casebench::ui {

/// The ranked precedents of one case, one row each, best first: reference, title, score (drawn
/// as a bar by ScoreBarDelegate), outcome, and the counts of shared and distinguishing factors.
/// The explanation sentence is the row's tooltip and ExplanationRole.
class PrecedentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reference, Title, Score, Outcome, Shared, Distinguishing, ColumnCount };

    enum Roles {
        CaseIdRole = Qt::UserRole + 1, ///< qint64 id of the precedent
        ScoreRole,                     ///< double 0 … 1, for the bar
        ExplanationRole,               ///< the sentence that explains the rank
    };

    explicit PrecedentListModel(QObject *parent = nullptr);

    /// Shows a ranking (resets the model).
    void setResult(const PrecedentResult &result);
    void clear();
    [[nodiscard]] const PrecedentResult &result() const { return m_result; }
    [[nodiscard]] const PrecedentMatch &matchAt(int row) const { return m_result.matches.at(row); }
    /// The row of a precedent, or -1.
    [[nodiscard]] int rowOf(CaseId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const PrecedentMatch &match, int column) const;

    PrecedentResult m_result;
};

} // namespace casebench::ui
