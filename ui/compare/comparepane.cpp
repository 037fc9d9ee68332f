// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepane.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace casebench::ui {

ComparePane::ComparePane(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setCenterOnScroll(false);
}

void ComparePane::setDocuments(const QList<Document> &documents)
{
    m_documents = documents;
    m_starts.clear();
    m_links.clear();
    m_marked.clear();
    QString text;
    QList<std::pair<int, int>> headings;
    for (const Document &d : documents) {
        if (!text.isEmpty())
            text += u"\n\n"_s;
        const QString title = d.title.isEmpty() ? enumLabel(d.kind) : d.title;
        headings.append({static_cast<int>(text.size()), static_cast<int>(title.size())});
        text += title + u"\n\n"_s;
        m_starts.insert(d.id, static_cast<int>(text.size()));
        // Line breaks other than \n would count differently in the text document: keep the
        // length, change the character.
        QString body = d.text;
        body.replace(u'\r', u' ');
        text += body;
    }
    if (documents.isEmpty())
        text = tr("This case has no documents.");
    setPlainText(text);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    if (font().pointSizeF() > 0)
        heading.setFontPointSize(font().pointSizeF() * 1.15);
    for (const auto &[start, length] : headings) {
        QTextCursor cursor(document());
        cursor.setPosition(start);
        cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(heading);
    }
    updateSelections();
}

int ComparePane::positionOf(DocumentId document, int offset) const
{
    const auto it = m_starts.constFind(document);
    if (it == m_starts.cend())
        return -1;
    for (const Document &d : m_documents) {
        if (d.id == document)
            return offset >= 0 && offset <= d.text.size() ? *it + offset : -1;
    }
    return -1;
}

std::optional<std::pair<int, int>> ComparePane::rangeOf(const CaseComparison::Span &span) const
{
    const int start = positionOf(span.document, span.start);
    const int end = positionOf(span.document, span.end);
    if (start < 0 || end < start)
        return std::nullopt;
    return std::pair{start, end};
}

void ComparePane::setLinks(const QList<CaseComparison::Span> &spans)
{
    m_links.clear();
    for (const CaseComparison::Span &span : spans)
        m_links.append(rangeOf(span).value_or(std::pair{-1, -1}));
    updateSelections();
}

int ComparePane::linkAt(int position) const
{
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        if (position >= m_links.at(i).first && position < m_links.at(i).second)
            return static_cast<int>(i);
    }
    return -1;
}

void ComparePane::setMarked(const QList<std::pair<int, int>> &ranges, const QColor &colour)
{
    m_marked = ranges;
    m_markColour = colour;
    updateSelections();
}

void ComparePane::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto add = [&](const std::pair<int, int> &range, const QTextCharFormat &format) {
        if (range.first < 0)
            return;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(range.first);
        s.cursor.setPosition(range.second, QTextCursor::KeepAnchor);
        s.format = format;
        selections.append(s);
    };
    QTextCharFormat link;
    link.setBackground(QColor(0xff, 0xf2, 0xb3));
    link.setUnderlineStyle(QTextCharFormat::DotLine);
    link.setUnderlineColor(QColor(0xb8, 0x86, 0x0b));
    link.setToolTip(tr("Says nearly the same as a passage of the other case: click to see it"));
    for (const auto &range : std::as_const(m_links))
        add(range, link);
    QTextCharFormat marked;
    QColor colour = m_markColour.isValid() ? m_markColour : QColor(0x5d, 0xad, 0xe2);
    colour.setAlphaF(0.45f);
    marked.setBackground(colour);
    marked.setFontUnderline(true);
    for (const auto &range : std::as_const(m_marked))
        add(range, marked);
    setExtraSelections(selections);
}

void ComparePane::showRange(int start, int end)
{
    Q_UNUSED(end)
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(start, 0, std::max(0, document()->characterCount() - 1)));
    setTextCursor(cursor);
    centerCursor();
}

double ComparePane::scrollFraction() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0;
}

void ComparePane::setScrollFraction(double fraction)
{
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * bar->maximum())));
}

} // namespace casebench::ui
