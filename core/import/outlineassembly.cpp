// SPDX-License-Identifier: GPL-3.0-or-later
// Title-block fields, paragraph drafts, and the finished outline: stages, references, pages.
#include "outlinebuilder.h"

#include "outlinedetector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::detail {

namespace {

// Wrapped lines joined with a space; a word hyphenated across lines ("face-to-\nface") keeps its
// hyphen and loses the break.
QString joinLines(const QStringList &parts)
{
    QString out;
    for (const QString &part : parts) {
        if (out.isEmpty())
            out = part;
        else if (out.endsWith(u'-') && out.size() > 1 && out.at(out.size() - 2).isLetter()
                 && startsLower(part))
            out += part;
        else
            out += u' ' + part;
    }
    return out.simplified();
}

// "Aggravating factors at review", not "The NMC submitted the following aggravating factors".
bool looksLikeTitle(const QString &label)
{
    static const QRegularExpression sentenceWords(
        u"^(?:on|in|at|by|for|from|to|that|if|where|when|as|with|and|or|but|between|during|contrary|then|so|this|these|those|it|they|he|she|we|i)\\b"
        u"|\\b(?:you|your|must|was|were|is|are|has|had|have|states?|stated|said|submitted|following|that|which|provides?|as follows|namely|in that)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return wordCount(label) <= 6 && !label.contains(u',') && !sentenceWords.match(label).hasMatch();
}

const QRegularExpression &redaction()
{
    static const QRegularExpression re(
        u"\\[\\s*(?:private|redacted|removed|anonymi[sz]ed|confidential|text (?:removed|redacted)|information (?:removed|redacted))\\b[^\\]\\n]{0,40}\\]"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool valueFitsField(const QStringList &values, bool stageLabel)
{
    if (values.isEmpty() || values.last().endsWith(u':'))
        return false;
    if (stageLabel) {
        const qsizetype length = values.join(u' ').size();
        return values.size() <= 2 && length <= 100 && !values.last().endsWith(u'.');
    }
    qsizetype total = 0;
    for (const QString &v : values) {
        if (v.size() > 100)
            return false;
        total += v.size();
    }
    return values.size() <= 8 && total <= 400;
}

} // namespace

// "Label:" alone on its line: a field when short values follow it ("Sanction:" / "Striking-off
// order"), a heading when prose or numbered paragraphs do ("Order:" / "ORDER: The Registrar …").
qsizetype OutlineBuilder::labelLine(qsizetype i)
{
    const Line &line = m_lines.at(i);
    const QString label = labelPattern().match(line.text).captured(1).trimmed();
    const auto stage = OutlineDetector::stageOfHeading(label);
    qsizetype first = i + 1;
    for (int blanks = 0;
         first < m_lines.size() && m_lines.at(first).cls == LineClass::Blank && blanks < 2;
         ++blanks)
        ++first;
    qsizetype last = first - 1;
    QStringList values;
    for (qsizetype j = first; j < m_lines.size(); ++j) {
        const Line &v = m_lines.at(j);
        const bool stops = v.cls != LineClass::Content || v.marker || isLabel(j)
                           || (m_frontMatter && isInlineField(j))
                           || (j > first && startsCapital(v.text)
                               && OutlineDetector::stageOfHeading(v.text));
        if (stops)
            break;
        values.append(v.text);
        last = j;
    }
    // "Interim conditions order continued" / (blank) / "(with amendment to condition 3)".
    if (last >= first && last + 2 < m_lines.size() && m_lines.at(last + 1).cls == LineClass::Blank
        && m_lines.at(last + 2).cls == LineClass::Content
        && m_lines.at(last + 2).text.startsWith(u'(') && m_lines.at(last + 2).text.endsWith(u')')) {
        last += 2;
        values.append(m_lines.at(last).text);
    }
    close();
    begin(i, line.start);
    // HCPTS: "Finding:" followed by the heading "Preliminary matters" opens a section; an order's
    // name after "Sanction:" is a value.
    const auto valueStage = values.isEmpty() ? std::nullopt
                                             : OutlineDetector::stageOfHeading(values.first());
    const bool sectionFollows = stage && valueStage && *valueStage != DecisionStage::Sanction
                                && *valueStage != DecisionStage::Order
                                && *valueStage != DecisionStage::InterimOrder;
    if (!sectionFollows && valueFitsField(values, stage.has_value())) {
        m_current->field = true;
        m_current->parts = {label + u": "_s + joinLines(values)};
        m_current->end = m_lines.at(last).end;
        addField(label, first, last);
        close();
        return last + 1;
    }
    if (!stage && !looksLikeTitle(label)) {
        // "To achieve this, you must:" leads into a list; it is no heading.
        return i + 1;
    }
    m_current->heading = true;
    m_current->headingStage = stage;
    if (stage)
        m_frontMatter = false;
    close();
    return i + 1;
}

// "Date of hearing: 3 July 2026" in the title block, its value running on over wrapped lines.
qsizetype OutlineBuilder::inlineFieldLine(qsizetype i)
{
    const Line &line = m_lines.at(i);
    const QRegularExpressionMatch m = inlineFieldPattern().match(line.text);
    const QString label = m.captured(1).trimmed();
    QStringList values{m.captured(2)};
    qsizetype last = i;
    for (qsizetype j = i + 1; j < m_lines.size(); ++j) {
        const Line &v = m_lines.at(j);
        const QString &previous = m_lines.at(j - 1).text;
        const bool newSentence = endsSentence(previous) && startsCapital(v.text);
        if (v.cls != LineClass::Content || v.marker || isLabel(j) || isInlineField(j) || newSentence
            || (startsCapital(v.text) && OutlineDetector::stageOfHeading(v.text)))
            break;
        values.append(v.text);
        last = j;
    }
    close();
    begin(i, line.start);
    m_current->field = true;
    m_current->parts = {label + u": "_s + joinLines(values)};
    m_current->end = m_lines.at(last).end;
    OutlineField field;
    field.label = label;
    field.value = joinLines(values);
    field.start = line.start + static_cast<int>(m.capturedStart(2));
    field.end = m_lines.at(last).end;
    m_fields.append(field);
    close();
    return last + 1;
}

void OutlineBuilder::addField(const QString &label, qsizetype first, qsizetype last)
{
    QStringList values;
    for (qsizetype j = first; j <= last; ++j)
        values.append(m_lines.at(j).text);
    OutlineField field;
    field.label = label;
    field.value = joinLines(values);
    field.start = m_lines.at(first).start;
    field.end = m_lines.at(last).end;
    m_fields.append(field);
}

void OutlineBuilder::begin(qsizetype i, int start)
{
    const Line &line = m_lines.at(i);
    Draft draft;
    draft.start = start;
    draft.end = line.end;
    draft.parts = {line.text};
    draft.lastLine = line.text;
    m_current = draft;
}

void OutlineBuilder::append(qsizetype i)
{
    const Line &line = m_lines.at(i);
    m_current->parts.append(line.text);
    m_current->end = line.end;
    m_current->lastLine = line.text;
}

void OutlineBuilder::close()
{
    if (m_current)
        m_drafts.append(*m_current);
    m_current.reset();
}

QList<Redaction> OutlineBuilder::findRedactions() const
{
    QList<Redaction> result;
    QRegularExpressionMatchIterator it = redaction().globalMatch(m_text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result.append({static_cast<int>(m.capturedStart(0)), static_cast<int>(m.capturedEnd(0))});
    }
    return result;
}

std::optional<int> OutlineBuilder::pageOf(int offset) const
{
    if (m_pageStarts.isEmpty())
        return std::nullopt;
    const auto it = std::upper_bound(m_pageStarts.cbegin(), m_pageStarts.cend(), offset);
    return std::max(1, static_cast<int>(it - m_pageStarts.cbegin()));
}

namespace {

// Citation references within one section: "12", then "12(a)", "12(a)(ii)"; unnumbered text
// takes the reference of the numbered paragraph it follows.
class References
{
public:
    void reset() { *this = References(); }

    QString next(const OutlineParagraph &p)
    {
        if (p.kind == ParagraphKind::Numbered
            || (p.kind == ParagraphKind::Particular && hasOwnParent(p.number))) {
            m_numbered = p.number;
            m_letter.clear();
            m_letterRef.clear();
            m_last = p.number;
        } else if (p.kind == ParagraphKind::Particular) {
            const bool roman = paragraphmarker::isRoman(p.number, m_letter) && !m_letter.isEmpty();
            const QString parent = roman ? m_letterRef : m_numbered;
            m_last = parent.isEmpty() ? p.number : parent + u'(' + p.number + u')';
            if (!roman) {
                m_letter = p.number;
                m_letterRef = m_last;
            }
        }
        return m_last;
    }

private:
    static bool hasOwnParent(const QString &number)
    {
        return !number.isEmpty() && (number.at(0).isDigit() || number.at(0).isUpper());
    }

    QString m_numbered;
    QString m_letter;
    QString m_letterRef;
    QString m_last;
};

} // namespace

QList<OutlineParagraph> OutlineBuilder::finish() const
{
    QList<OutlineParagraph> result;
    DecisionStage stage = DecisionStage::FrontMatter;
    References references;
    for (const Draft &d : m_drafts) {
        OutlineParagraph p;
        p.start = d.start;
        p.end = d.end;
        p.text = joinLines(d.parts);
        p.page = pageOf(d.start);
        p.redacted = redaction().match(p.text).hasMatch();
        if (d.heading) {
            p.kind = ParagraphKind::Heading;
            if (d.headingStage) {
                stage = *d.headingStage;
                p.opensStage = true;
            }
            references.reset();
        } else if (d.field) {
            p.kind = ParagraphKind::Field;
        } else if (d.marker) {
            p.kind = d.marker->kind;
            p.number = d.marker->number;
            if (p.kind == ParagraphKind::Numbered && d.marker->hasSubLevels
                && stage == DecisionStage::Allegation)
                p.kind = ParagraphKind::Particular;
        }
        p.stage = stage;
        if (p.kind != ParagraphKind::Heading && p.kind != ParagraphKind::Field)
            p.reference = references.next(p);
        result.append(p);
    }
    return result;
}

} // namespace casebench::detail
