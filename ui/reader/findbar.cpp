// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace casebench::ui {

FindBar::FindBar(QPlainTextEdit *view, QWidget *parent)
    : QWidget(parent), m_view(view), m_edit(new QLineEdit(this)), m_status(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setPlaceholderText(tr("Find in document"));
    m_edit->setClearButtonEnabled(true);
    m_status->setObjectName(u"findStatus"_s);
    auto *previous = new QToolButton(this);
    previous->setObjectName(u"findPreviousButton"_s);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setObjectName(u"findNextButton"_s);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setObjectName(u"findCloseButton"_s);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        recount();
        // Search as you type, from where the current match starts.
        QTextCursor cursor = m_view->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_view->setTextCursor(cursor);
        if (!m_edit->text().isEmpty())
            findNext();
        updateStatus();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(previous, &QToolButton::clicked, this, [this] { findPrevious(); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setFocus();
    });
    // The text of a read-only view only changes when another document is shown.
    connect(m_view->document(), &QTextDocument::contentsChanged, this, [this] {
        recount();
        updateStatus();
    });
}

void FindBar::activate()
{
    const QTextCursor cursor = m_view->textCursor();
    const QString selected = cursor.selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)
        && selected.size() < 200)
        m_edit->setText(selected);
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

QString FindBar::text() const
{
    return m_edit->text();
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::find(bool backward)
{
    const QString needle = m_edit->text();
    if (needle.isEmpty())
        return false;
    QTextDocument *document = m_view->document();
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward
                                                    : QTextDocument::FindFlags();
    QTextCursor found = document->find(needle, m_view->textCursor(), flags);
    if (found.isNull()) {
        // Wrap round to the start (or the end).
        QTextCursor from(document);
        if (backward)
            from.movePosition(QTextCursor::End);
        found = document->find(needle, from, flags);
    }
    if (found.isNull()) {
        m_current = 0;
        updateStatus();
        return false;
    }
    m_view->setTextCursor(found);
    m_view->centerCursor();
    // Which match this is: count those before it (cheap next to a repaint).
    const QString text = document->toPlainText();
    m_current = 1;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
         at >= 0 && at < found.selectionStart();
         at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
        ++m_current;
    }
    updateStatus();
    return true;
}

void FindBar::recount()
{
    m_count = 0;
    m_current = 0;
    const QString needle = m_edit->text();
    if (needle.isEmpty())
        return;
    const QString text = m_view->document()->toPlainText();
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
        ++m_count;
    }
}

QString FindBar::status() const
{
    if (m_edit->text().isEmpty())
        return {};
    if (m_count == 0)
        return tr("No matches");
    if (m_current == 0)
        return m_count == 1 ? tr("1 match") : tr("%1 matches").arg(m_count);
    return tr("%1 of %2").arg(m_current).arg(m_count);
}

void FindBar::updateStatus()
{
    m_status->setText(status());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() & Qt::ShiftModifier) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace casebench::ui
