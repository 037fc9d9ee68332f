// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGridLayout>

namespace casebench::ui {

class FieldMessage;

/// A form in two columns of label and field, for panels too narrow for one field a line:
/// short fields share a row, long ones take its whole width. Every field gets a FieldMessage
/// under it.
class FormGrid : public QGridLayout
{
    Q_OBJECT

public:
    enum Place { Left, Right, Wide };

    explicit FormGrid(QWidget *parent = nullptr);

    /// Adds a field with its label on `row`; `extra` (e.g. a hint) goes between the field and
    /// its message. Returns the message label.
    FieldMessage *addField(int row, Place place, const QString &label, QWidget *field,
                           const QString &key, QWidget *extra = nullptr);
};

} // namespace casebench::ui
