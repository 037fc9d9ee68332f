// SPDX-License-Identifier: GPL-3.0-or-later
#include "formgrid.h"

#include "fieldmessage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebench::ui {

FormGrid::FormGrid(QWidget *parent) : QGridLayout(parent)
{
    setColumnStretch(1, 1);
    setColumnStretch(3, 1);
    setHorizontalSpacing(8);
    setVerticalSpacing(4);
}

FieldMessage *FormGrid::addField(int row, Place place, const QString &label, QWidget *field,
                                 const QString &key, QWidget *extra)
{
    QWidget *owner = parentWidget();
    auto *caption = new QLabel(label, owner);
    caption->setBuddy(field);
    caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    // Line the caption up with the field's text rather than the cell's top edge.
    caption->setContentsMargins(0, 4, 0, 0);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(field);
    if (extra)
        cell->addWidget(extra);
    auto *message = new FieldMessage(owner);
    message->setObjectName(key + u"Message"_s);
    cell->addWidget(message);
    cell->addStretch(1); // a field stays at the top when its neighbour's message is long
    const int column = place == Right ? 2 : 0;
    addWidget(caption, row, column);
    addLayout(cell, row, column + 1, 1, place == Wide ? 3 : 1);
    return message;
}

} // namespace casebench::ui
