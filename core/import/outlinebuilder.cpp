// SPDX-License-Identifier: GPL-3.0-or-later
// Lines, page furniture, paragraph boundaries and headings.
#include "outlinebuilder.h"

#include "outlinedetector.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::detail {

bool endsSentence(QStringView s)
{
    static const QRegularExpression re(u"[.:;?!][”\"’')\\]]*$"_s);
    return re.match(s).hasMatch();
}

bool startsLower(QStringView s)
{
    return !s.isEmpty() && s.at(0).isLower();
}

bool startsCapital(QStringView s)
{
    static const QRegularExpression re(u"^[“\"‘'(]?[A-Z]"_s);
    return re.match(s).hasMatch();
}

qsizetype wordCount(QStringView s)
{
    return s.split(u' ', Qt::SkipEmptyParts).size();
}

namespace {

// Page numbers, "Page 3 of 36", rules of underscores.
bool isPageFurniture(const QString &t)
{
    static const QRegularExpression re(
        u"^(?:\\d{1,3}|(?:.{0,40}\\s)?page\\s+\\d{1,3}(?:\\s+(?:of|/)\\s+\\d{1,3})?|\\d{1,3}\\s*(?:/|of)\\s*\\d{1,3}|[_=\\-–—*~]{4,}|\\f)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rule(u"^[_=\\-–—*~]{4,}$"_s);
    return (t.size() <= 60 && re.match(t).hasMatch()) || rule.match(t).hasMatch();
}

} // namespace

const QRegularExpression &labelPattern()
{
    static const QRegularExpression re(u"^([A-Z][^:.;]{0,60}?)\\s*:$"_s);
    return re;
}

const QRegularExpression &inlineFieldPattern()
{
    static const QRegularExpression re(u"^([A-Z][A-Za-z()'’/&, -]{0,48}?)\\s*:\\s+(\\S.*)$"_s);
    return re;
}

Outline OutlineBuilder::run()
{
    splitLines();
    markFurniture();
    group();
    return Outline(finish(), m_fields, findRedactions());
}

void OutlineBuilder::splitLines()
{
    qsizetype pos = 0;
    while (pos <= m_text.size()) {
        qsizetype nl = m_text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = m_text.size();
        const QStringView raw = QStringView(m_text).sliced(pos, nl - pos);
        const QStringView trimmed = raw.trimmed();
        Line line;
        const qsizetype lead = trimmed.isEmpty() ? 0 : trimmed.data() - raw.data();
        line.start = static_cast<int>(pos + lead);
        line.end = static_cast<int>(line.start + trimmed.size());
        line.text = trimmed.toString();
        line.text.replace(u'\u00A0', u' ');
        if (!line.text.isEmpty()) {
            line.cls = LineClass::Content;
            line.marker = paragraphmarker::parse(line.text);
            if (line.marker && line.marker->length >= line.text.size()
                && line.marker->kind != ParagraphKind::ListItem)
                line.cls = LineClass::MarkerOnly;
        }
        m_lines.append(line);
        pos = nl + 1;
    }
}

// Page numbers and rules, and running heads and footers: short lines repeated on three or more
// pages ("Classification: Confidential", "PUBLIC DETERMINATION").
void OutlineBuilder::markFurniture()
{
    QHash<QString, int> counts;
    for (const Line &line : std::as_const(m_lines)) {
        if (line.cls == LineClass::Content && line.text.size() <= 60)
            ++counts[line.text];
    }
    for (Line &line : m_lines) {
        if (line.cls == LineClass::Blank)
            continue;
        if (line.cls == LineClass::MarkerOnly && !line.text.contains(u'.')
            && !line.text.contains(u')') && isPageFurniture(line.text)) {
            line.cls = LineClass::Furniture;
            continue;
        }
        if (line.cls != LineClass::Content)
            continue;
        const bool repeated = counts.value(line.text) >= 3 && !line.marker
                              && !startsLower(line.text) && !line.text.endsWith(u':')
                              && !OutlineDetector::stageOfHeading(line.text);
        if (repeated || isPageFurniture(line.text))
            line.cls = LineClass::Furniture;
    }
    m_width = typicalWidth();
}

int OutlineBuilder::typicalWidth() const
{
    QList<qsizetype> lengths;
    for (const Line &line : m_lines) {
        if (line.cls == LineClass::Content)
            lengths.append(line.text.size());
    }
    if (lengths.isEmpty())
        return 80;
    std::sort(lengths.begin(), lengths.end());
    const qsizetype at = std::min(lengths.size() - 1, lengths.size() * 9 / 10);
    return std::max(30, static_cast<int>(lengths.at(at)));
}

void OutlineBuilder::group()
{
    for (qsizetype i = 0; i < m_lines.size();) {
        const Line &line = m_lines.at(i);
        switch (line.cls) {
        case LineClass::Blank:
        case LineClass::Furniture:
            m_gap = true;
            m_gapHadFurniture = m_gapHadFurniture || line.cls == LineClass::Furniture;
            ++i;
            break;
        case LineClass::MarkerOnly:
            close();
            m_pendingMarker = i;
            ++i;
            break;
        case LineClass::Content:
            i = handleContent(i);
            m_gap = false;
            m_gapHadFurniture = false;
            break;
        }
    }
    close();
}

qsizetype OutlineBuilder::handleContent(qsizetype i)
{
    const Line &line = m_lines.at(i);
    if (m_pendingMarker) {
        // "12." alone on its line, the paragraph's text on the next: one paragraph from the number.
        const Line &markerLine = m_lines.at(*m_pendingMarker);
        m_pendingMarker.reset();
        close();
        begin(i, markerLine.start);
        m_current->parts.prepend(markerLine.text);
        const Marker marker = *markerLine.marker;
        m_current->marker = marker;
        if (marker.kind == ParagraphKind::Numbered)
            m_frontMatter = false;
        return i + 1;
    }
    // A label ends the line before it unless that line ran on to the margin ("… in an email
    // dated 3 September which states:" wrapped before "September which states:").
    const bool previousShort = m_current && !m_gap && m_current->lastLine.size() < m_width * 3 / 5;
    if (isLabel(i) && (atBoundary() || m_frontMatter || previousShort))
        return labelLine(i);
    if (m_frontMatter && isInlineField(i) && atBoundary())
        return inlineFieldLine(i);
    if (const auto stage = headingStage(i); stage || isGenericHeading(i)) {
        close();
        begin(i, line.start);
        m_current->heading = true;
        m_current->headingStage = stage;
        if (stage)
            m_frontMatter = false;
        close();
        return i + 1;
    }
    if (startsNewParagraph(i)) {
        close();
        begin(i, line.start);
        if (markerStartsParagraph(i)) {
            m_current->marker = line.marker;
            if (line.marker->kind == ParagraphKind::Numbered)
                m_frontMatter = false;
        }
    } else {
        append(i);
    }
    return i + 1;
}

// True when line i cannot continue the paragraph being built.
bool OutlineBuilder::startsNewParagraph(qsizetype i) const
{
    if (!m_current || m_current->heading || m_current->field)
        return true;
    const Line &line = m_lines.at(i);
    const QString &previous = m_current->lastLine;
    if (m_gap) {
        // A paragraph runs on over a page break when it stops mid-sentence and resumes in lower
        // case.
        const bool runsOn = m_gapHadFurniture && !endsSentence(previous) && startsLower(line.text)
                            && !line.marker;
        return !runsOn;
    }
    if (markerStartsParagraph(i))
        return true;
    const bool shortPrevious = previous.size() < m_width * 4 / 5;
    if (shortPrevious && endsSentence(previous) && startsCapital(line.text))
        return true;
    if (m_frontMatter && previous.size() < m_width * 3 / 5 && !startsLower(line.text)
        && !line.text.startsWith(u'('))
        return true;
    return false;
}

// A line's marker starts a paragraph unless the line is a wrapped continuation that happens to
// begin with something like "21(b) and (c), while …".
bool OutlineBuilder::markerStartsParagraph(qsizetype i) const
{
    const Line &line = m_lines.at(i);
    if (!line.marker)
        return false;
    if (!m_current || m_gap || m_current->heading || m_current->field
        || endsSentence(m_current->lastLine))
        return true;
    const QStringView rest = QStringView(line.text).sliced(line.marker->length);
    static const QRegularExpression capital(u"^(?:[“\"‘'(]|\\d|[A-Z])"_s);
    return rest.isEmpty() || capital.match(rest).hasMatch();
}

bool OutlineBuilder::atBoundary() const
{
    return !m_current || m_gap || m_current->heading || m_current->field
           || endsSentence(m_current->lastLine);
}

qsizetype OutlineBuilder::nextContent(qsizetype i) const
{
    for (qsizetype j = i + 1; j < m_lines.size(); ++j) {
        if (m_lines.at(j).cls != LineClass::Blank && m_lines.at(j).cls != LineClass::Furniture)
            return j;
    }
    return -1;
}

std::optional<DecisionStage> OutlineBuilder::headingStage(qsizetype i) const
{
    const Line &line = m_lines.at(i);
    if (line.marker || line.text.size() > 90 || wordCount(line.text) > 12 || !atBoundary())
        return std::nullopt;
    if (line.text.endsWith(u'.') || line.text.endsWith(u',') || line.text.endsWith(u';'))
        return std::nullopt;
    const QString bare = QString(line.text).remove(QRegularExpression(u"^[#*_\\s]+"_s));
    if (bare.isEmpty() || !(bare.at(0).isUpper() || bare.at(0).isDigit()))
        return std::nullopt;
    const auto stage = OutlineDetector::stageOfHeading(line.text);
    if (stage && m_frontMatter && isTitleLine(i))
        return std::nullopt;
    return stage;
}

// A heading-like line in the title block ("Review Hearing", "INTERIM ORDER APPLICATION") names
// the kind of hearing; it opens no stage when a date, a field or a short line follows it.
bool OutlineBuilder::isTitleLine(qsizetype i) const
{
    const qsizetype next = nextContent(i);
    if (next < 0)
        return false;
    const Line &line = m_lines.at(next);
    if (line.cls == LineClass::MarkerOnly
        || (line.marker && line.marker->kind != ParagraphKind::ListItem))
        return false;
    return line.text.size() < 40 || isLabel(next) || isInlineField(next);
}

bool OutlineBuilder::isGenericHeading(qsizetype i) const
{
    const Line &line = m_lines.at(i);
    if (m_frontMatter || line.marker || line.text.size() > 70 || wordCount(line.text) > 10
        || !atBoundary())
        return false;
    static const QRegularExpression shape(u"^[A-Z][^.,;:]*[A-Za-z)]$"_s);
    if (!shape.match(line.text).hasMatch())
        return false;
    const qsizetype next = i + 1;
    if (next >= m_lines.size())
        return true;
    const Line &after = m_lines.at(next);
    return after.cls != LineClass::Content
           || (after.marker && after.marker->kind != ParagraphKind::ListItem);
}

bool OutlineBuilder::isLabel(qsizetype i) const
{
    const Line &line = m_lines.at(i);
    if (line.marker || line.text.size() > 62)
        return false;
    const QRegularExpressionMatch m = labelPattern().match(line.text);
    return m.hasMatch() && wordCount(m.captured(1)) <= 8;
}

bool OutlineBuilder::isInlineField(qsizetype i) const
{
    const Line &line = m_lines.at(i);
    if (line.marker)
        return false;
    const QRegularExpressionMatch m = inlineFieldPattern().match(line.text);
    return m.hasMatch() && wordCount(m.captured(1)) <= 6;
}

} // namespace casebench::detail
