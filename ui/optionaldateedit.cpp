// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldateedit.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace casebench::ui {

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(u"d MMM yyyy"_s);
    setMinimumDate(QDate(1900, 1, 1));
    setSpecialValueText(tr("Not set"));
    setDate(minimumDate());
    // Room for the longest date beside the clear button and the calendar arrow.
    setMinimumWidth(fontMetrics().horizontalAdvance(u"30 Sep 0000"_s) + 64);
    m_clearAction = lineEdit()->addAction(style()->standardIcon(QStyle::SP_LineEditClearButton),
                                          QLineEdit::TrailingPosition);
    m_clearAction->setToolTip(tr("Clear the date"));
    connect(m_clearAction, &QAction::triggered, this, &OptionalDateEdit::clearValue);
    connect(this, &QDateEdit::dateChanged, this, [this] {
        updateClearAction();
        if (m_watchingPopup)
            m_pickedInPopup = true;
    });
    connect(this, &QAbstractSpinBox::editingFinished, this, &OptionalDateEdit::valueCommitted);
    // Picking today's date in the calendar changes nothing, but it is still a choice.
    connect(calendarWidget(), &QCalendarWidget::clicked, this, [this] { m_pickedInPopup = true; });
    updateClearAction();
}

OptionalDateEdit::~OptionalDateEdit()
{
    if (m_watchingPopup)
        calendarWidget()->removeEventFilter(this);
}

QDate OptionalDateEdit::value() const
{
    return isSet() ? date() : QDate();
}

void OptionalDateEdit::setValue(const QDate &value)
{
    setSilently(value.isValid() ? value : minimumDate());
}

void OptionalDateEdit::setSilently(const QDate &value)
{
    const QSignalBlocker blocker(this);
    setDate(value);
    updateClearAction();
}

void OptionalDateEdit::clearValue()
{
    if (!isSet())
        return;
    setDate(minimumDate());
    Q_EMIT valueCommitted();
}

void OptionalDateEdit::updateClearAction()
{
    m_clearAction->setVisible(isSet() && isEnabled() && !isReadOnly());
}

void OptionalDateEdit::stepBy(int steps)
{
    if (!isSet()) {
        setDate(QDate::currentDate());
        return;
    }
    QDateEdit::stepBy(steps);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool erase = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (erase && (lineEdit()->selectedText() == lineEdit()->text() || !isSet())) {
        clearValue();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    // The calendar opens on the current value: start it at today rather than at 1900.
    m_popupFromUnset = !isSet();
    if (m_popupFromUnset)
        setSilently(QDate::currentDate());
    m_pickedInPopup = false;
    QDateEdit::mousePressEvent(event);
    QCalendarWidget *calendar = calendarWidget();
    if (!calendar || !calendar->isVisible()) {
        if (m_popupFromUnset)
            setSilently(minimumDate());
        return;
    }
    m_watchingPopup = true;
    calendar->installEventFilter(this);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Hide && m_watchingPopup) {
        // The popup restores its own value after hiding; look once that is done.
        QTimer::singleShot(0, this, &OptionalDateEdit::finishPopup);
    }
    return QDateEdit::eventFilter(watched, event);
}

void OptionalDateEdit::finishPopup()
{
    if (!m_watchingPopup)
        return;
    m_watchingPopup = false;
    calendarWidget()->removeEventFilter(this);
    if (m_popupFromUnset && !m_pickedInPopup)
        setSilently(minimumDate());
    else if (m_pickedInPopup)
        Q_EMIT valueCommitted();
    m_popupFromUnset = false;
}

} // namespace casebench::ui
