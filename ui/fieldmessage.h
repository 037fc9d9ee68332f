// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/validation.h"

#include <QLabel>

namespace casebench::ui {

/// A message shown beside (under) a form field: red for an error that keeps the value from
/// being saved, amber for a warning about a saved value. Hidden when there is nothing to say.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    /// Shows the issues' messages, errors first; hides the label when the list is empty.
    void showIssues(const ValidationIssues &issues);
    void showError(const QString &message);
    void clearMessage();

    [[nodiscard]] bool hasError() const { return m_hasError; }
    [[nodiscard]] bool hasMessage() const { return !text().isEmpty(); }

private:
    bool m_hasError = false;
};

} // namespace casebench::ui
