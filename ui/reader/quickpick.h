// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"

#include <QFrame>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace casebench::ui {

/// The quick-pick popup for tagging: a filter line over the codebook's factors. Typing a few
/// letters of a factor (or of its category) narrows the list; Enter tags with the first (or the
/// selected) one; Esc closes without tagging.
class QuickPick : public QFrame
{
    Q_OBJECT

public:
    explicit QuickPick(QWidget *parent = nullptr);

    void setFactors(const QList<Factor> &factors);
    /// Shows the popup at a global position, empty and focused.
    void popup(const QPoint &globalPos);
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QListView *listView() const { return m_list; }
    /// Factors left after filtering, in the order shown.
    [[nodiscard]] int visibleCount() const;

Q_SIGNALS:
    void factorChosen(casebench::FactorId factor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace casebench::ui
