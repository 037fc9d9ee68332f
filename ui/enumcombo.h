// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumtable.h"

#include <QComboBox>

namespace casebench::ui {

/// Combo boxes over an EnumTable: items carry the enum's int value as their data.
namespace enumcombo {

/// A combo box that may be narrower than its longest item, for forms in a side panel.
inline QComboBox *create(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

template <typename E>
void fill(QComboBox *combo)
{
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), static_cast<int>(value));
}

template <typename E>
E value(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E>
void setValue(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

} // namespace enumcombo

} // namespace casebench::ui
