// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorebardelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace casebench::ui {

ScoreBarDelegate::ScoreBarDelegate(int valueRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(valueRole)
{}

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double value = std::clamp(index.data(m_role).toDouble(), 0.0, 1.0);
    const QRect area = option.rect.adjusted(3, 3, -3, -3);
    QRectF bar(area);
    bar.setWidth(area.width() * value);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = option.palette.color(QPalette::Highlight);
    fill.setAlphaF(option.state & QStyle::State_Selected ? 0.45f : 0.3f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(bar, 2, 2);
    painter->setPen(option.palette.color(
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 90));
    return size;
}

} // namespace casebench::ui
