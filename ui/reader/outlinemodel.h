// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/outline.h"

#include <QAbstractItemModel>

namespace casebench::ui {

/// A decision's outline as a tree for the reader's outline dock: its sections (the front matter,
/// then one per heading) with their numbered paragraphs beneath. Read-only.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        StartRole = Qt::UserRole + 1, ///< offset of the item in the text
        EndRole,
    };

    explicit OutlineModel(QObject *parent = nullptr);

    /// Shows an outline; resets the model.
    void setOutline(const Outline &outline);
    [[nodiscard]] const Outline &outline() const { return m_outline; }

    /// The deepest item holding `offset` (a numbered paragraph, else its section); invalid
    /// before the first item.
    [[nodiscard]] QModelIndex indexAt(int offset) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Section
    {
        qsizetype heading = -1; ///< paragraph index of its heading; -1 for the front matter
        int start = 0;
        QList<qsizetype> numbered; ///< paragraph indices of its numbered paragraphs
    };

    Outline m_outline;
    QList<Section> m_sections;
};

} // namespace casebench::ui
