// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

class QAction;

namespace casebench::ui {

/// A date field that can also be "Not set" (its minimum shows as that text). Stepping or
/// opening the calendar from "Not set" starts at today; the clear button and Delete on a fully
/// selected field unset it again. valueCommitted() says the user finished an edit.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    ~OptionalDateEdit() override;

    /// The date, or an invalid QDate when not set.
    [[nodiscard]] QDate value() const;
    /// Shows a date; an invalid one shows "Not set". Emits no signals.
    void setValue(const QDate &date);
    [[nodiscard]] bool isSet() const { return date() != minimumDate(); }
    /// Steps the date; from "Not set" it goes to today instead.
    void stepBy(int steps) override;

Q_SIGNALS:
    /// Editing finished, a date was picked in the calendar, or the field was cleared.
    void valueCommitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setSilently(const QDate &date);
    void clearValue();
    void finishPopup();
    void updateClearAction();

    QAction *m_clearAction = nullptr;
    bool m_popupFromUnset = false;
    bool m_pickedInPopup = false;
    bool m_watchingPopup = false;
};

} // namespace casebench::ui
