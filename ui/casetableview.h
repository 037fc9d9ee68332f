// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace casebench::ui {

/// The case table: whole-row single selection, sortable by clicking a header, and columns the
/// user can move, resize and show or hide from the header's context menu.
class CaseTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CaseTableView(QWidget *parent = nullptr);

    /// Column widths fitted to typical values, the title taking the rest; Registrant, Hearing,
    /// Role and Documents hidden, so that the others fit beside the case panel; sorted by
    /// reference.
    void resetColumns();

private:
    void showColumnMenu(const QPoint &pos);
};

} // namespace casebench::ui
