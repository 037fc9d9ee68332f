// SPDX-License-Identifier: GPL-3.0-or-later
#include "richtextdelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace casebench::ui {

namespace {

constexpr int padding = 4;

int textWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return std::max(100, width - 2 * padding);
}

} // namespace

RichTextDelegate::RichTextDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(htmlRole)
{}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(index.data(m_role).toString());
    doc.setTextWidth(option.rect.width() - 2 * padding);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text,
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(padding, padding));
    painter->setClipRect(QRect(0, 0, option.rect.width() - 2 * padding, option.rect.height()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(index.data(m_role).toString());
    doc.setTextWidth(textWidth(option));
    return {textWidth(option), static_cast<int>(std::ceil(doc.size().height())) + 2 * padding + 2};
}

} // namespace casebench::ui
