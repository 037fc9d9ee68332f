// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"

#include <QDialog>

class QComboBox;
class QRadioButton;

namespace casebench::ui {

/// Asks what happens to a factor's passages when it is deleted: move them to another factor,
/// or delete them with it. Only asks; the editor makes the edit.
class DeleteFactorDialog : public QDialog
{
    Q_OBJECT

public:
    /// `others` are the factors the passages may move to (the deleted one left out).
    DeleteFactorDialog(const Factor &factor, int passages, const QList<Factor> &others,
                       QWidget *parent = nullptr);

    /// Whether the passages go with the factor.
    [[nodiscard]] bool deletePassages() const;
    /// The factor the passages move to (invalid when they are deleted).
    [[nodiscard]] FactorId moveTo() const;
    void setMoveTo(FactorId id);
    void setDeletePassages(bool remove);

private:
    QRadioButton *m_move;
    QRadioButton *m_delete;
    QComboBox *m_target;
};

} // namespace casebench::ui
