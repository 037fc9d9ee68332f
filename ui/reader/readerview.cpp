// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// Underlines stack upwards from the bottom of a line; more lanes than this share the top one
/// (their tinted backgrounds still show the overlap).
constexpr int maxLanes = 4;
constexpr qreal laneStep = 3.0;

} // namespace

ReaderView::ReaderView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Long reading lines tire the eye: keep some air at the sides.
    setViewportMargins(8, 4, 8, 4);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { Q_EMIT readingPositionChanged(readingPosition()); });
}

void ReaderView::setDocumentText(DocumentId document, const QString &text)
{
    m_document = document;
    m_marks.clear();
    m_suggestions.clear();
    m_longestMark = 0;
    setPlainText(text);
}

void ReaderView::setMarks(QList<Mark> marks)
{
    std::sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) {
        return std::tie(a.start, b.end, a.id) < std::tie(b.start, a.end, b.id);
    });
    // Interval colouring: each mark takes the lowest lane free at its start.
    QList<int> laneEnds;
    m_longestMark = 0;
    for (Mark &m : marks) {
        m_longestMark = std::max(m_longestMark, m.end - m.start);
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > m.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(m.end);
        else
            laneEnds[lane] = m.end;
        m.lane = lane;
    }
    m_marks = std::move(marks);
    viewport()->update();
}

void ReaderView::setSuggestions(QList<SuggestionMark> suggestions)
{
    m_suggestions = std::move(suggestions);
    viewport()->update();
}

QList<PassageId> ReaderView::passagesAt(int offset) const
{
    QList<const Mark *> found;
    for (const Mark &m : m_marks) {
        if (m.start > offset)
            break;
        if (offset < m.end)
            found.append(&m);
    }
    std::stable_sort(found.begin(), found.end(), [](const Mark *a, const Mark *b) {
        return a->end - a->start < b->end - b->start;
    });
    QList<PassageId> ids;
    for (const Mark *m : std::as_const(found))
        ids.append(m->id);
    return ids;
}

int ReaderView::suggestionAt(int offset) const
{
    for (qsizetype i = 0; i < m_suggestions.size(); ++i) {
        const SuggestionMark &s = m_suggestions.at(i);
        if (s.start <= offset && offset < s.end)
            return static_cast<int>(i);
    }
    return -1;
}

std::pair<int, int> ReaderView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ReaderView::selectSpan(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(start, 0, document()->characterCount() - 1));
    cursor.setPosition(std::clamp(end, 0, document()->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
}

void ReaderView::goTo(int offset)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(offset, 0, document()->characterCount() - 1));
    setTextCursor(cursor);
    // Scroll so that the block starts at the top: QPlainTextEdit scrolls by blocks.
    verticalScrollBar()->setValue(cursor.block().firstLineNumber());
    ensureCursorVisible();
}

int ReaderView::readingPosition() const
{
    return firstVisibleBlock().position();
}

void ReaderView::zoomBy(int steps)
{
    if (steps > 0)
        zoomIn(steps);
    else if (steps < 0)
        zoomOut(-steps);
    m_zoom += steps;
}

void ReaderView::resetZoom()
{
    zoomBy(-m_zoom);
}

QString ReaderView::spanMimeType()
{
    return u"application/x-casebench-span"_s;
}

std::optional<ReaderView::Span> ReaderView::spanFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(spanMimeType()))
        return std::nullopt;
    const QList<QByteArray> parts = data->data(spanMimeType()).split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    bool ok[3] = {false, false, false};
    Span span{DocumentId(parts.at(0).toLongLong(&ok[0])), parts.at(1).toInt(&ok[1]),
              parts.at(2).toInt(&ok[2])};
    if (!ok[0] || !ok[1] || !ok[2] || !span.document.isValid() || span.end <= span.start
        || span.start < 0)
        return std::nullopt;
    return span;
}

QMimeData *ReaderView::createMimeDataFromSelection() const
{
    QMimeData *mime = QPlainTextEdit::createMimeDataFromSelection();
    const auto [start, end] = selectedSpan();
    if (m_document.isValid() && end > start) {
        mime->setData(spanMimeType(), QByteArray::number(m_document.value) + ' '
                                          + QByteArray::number(start) + ' '
                                          + QByteArray::number(end));
    }
    return mime;
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    paintMarks(painter, event->rect());
    painter.end();
    Q_EMIT painted();
}

void ReaderView::paintMarks(QPainter &painter, const QRect &exposed)
{
    if (m_marks.isEmpty() && m_suggestions.isEmpty())
        return;
    const QPointF offset = contentOffset();
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return;
    const int visibleStart = block.position();
    // The marks that may touch the visible blocks: found by start, since they are sorted.
    const auto firstCandidate = std::lower_bound(
        m_marks.cbegin(), m_marks.cend(), visibleStart - m_longestMark,
        [](const Mark &m, int value) { return m.start < value; });

    while (block.isValid()) {
        const QRectF blockRect = blockBoundingGeometry(block).translated(offset);
        if (blockRect.top() > exposed.bottom())
            break;
        const int blockStart = block.position();
        const int blockEnd = blockStart + block.length();
        const QTextLayout *layout = block.layout();
        const auto drawSpan = [&](int start, int end, const auto &draw) {
            const int s = std::max(start, blockStart) - blockStart;
            const int e = std::min(end, blockEnd - 1) - blockStart;
            if (e <= s)
                return;
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int lineStart = line.textStart();
                const int lineEnd = lineStart + line.textLength();
                const int from = std::max(s, lineStart);
                const int to = std::min(e, lineEnd);
                if (to <= from)
                    continue;
                const qreal x1 = line.cursorToX(from);
                const qreal x2 = line.cursorToX(to);
                draw(QRectF(blockRect.left() + std::min(x1, x2), blockRect.top() + line.y(),
                            std::abs(x2 - x1), line.height()));
            }
        };
        for (auto it = firstCandidate; it != m_marks.cend() && it->start < blockEnd; ++it) {
            if (it->end <= blockStart)
                continue;
            QColor tint = it->colour;
            tint.setAlpha(48);
            QColor line = it->colour;
            const int lane = std::min(it->lane, maxLanes - 1);
            drawSpan(it->start, it->end, [&](const QRectF &r) {
                painter.fillRect(r, tint);
                painter.fillRect(
                    QRectF(r.left(), r.bottom() - 2.0 - lane * laneStep, r.width(), 2.0), line);
            });
        }
        for (const SuggestionMark &s : std::as_const(m_suggestions)) {
            if (s.end <= blockStart || s.start >= blockEnd)
                continue;
            QColor muted = s.colour;
            muted.setAlpha(170);
            QPen pen(muted, 1.5, Qt::DotLine);
            painter.setPen(pen);
            drawSpan(s.start, s.end, [&](const QRectF &r) {
                painter.drawLine(QPointF(r.left(), r.bottom() - 1.0),
                                 QPointF(r.right(), r.bottom() - 1.0));
            });
        }
        block = block.next();
    }
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT contextMenuAboutToShow(menu, cursorForPosition(event->pos()).position());
    menu->popup(event->globalPos());
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain) {
        const int suggestion = textCursor().hasSelection() ? -1
                                                           : suggestionAt(textCursor().position());
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_A:
            if (suggestion >= 0) {
                Q_EMIT suggestionAccepted(suggestion);
                return;
            }
            break;
        case Qt::Key_D:
        case Qt::Key_Backspace:
            if (suggestion >= 0) {
                Q_EMIT suggestionDismissed(suggestion);
                return;
            }
            break;
        case Qt::Key_Space:
            if (textCursor().hasSelection()) {
                Q_EMIT quickPickRequested();
                return;
            }
            break;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace casebench::ui
