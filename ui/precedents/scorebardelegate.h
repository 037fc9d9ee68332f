// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace casebench::ui {

/// Draws a 0 … 1 value (from a role of the model, by default PrecedentListModel::ScoreRole)
/// as a bar behind the cell's text.
class ScoreBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScoreBarDelegate(int valueRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace casebench::ui
