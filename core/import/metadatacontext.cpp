// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatacontext.h"

#include "outlinedetector.h"

using namespace Qt::StringLiterals;

namespace casebench {

namespace detail {

QRegularExpression ci(const QString &pattern, bool caseInsensitive)
{
    // Decisions wrap lines anywhere and PDFs double spaces: a space in a pattern (outside a
    // character class) matches any run of white space.
    QString spaced;
    spaced.reserve(pattern.size() * 2);
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            spaced += c;
            spaced += pattern.at(++i);
            continue;
        }
        if (c == u'[')
            inClass = true;
        else if (c == u']')
            inClass = false;
        if (c == u' ' && !inClass)
            spaced += u"\\s+"_s;
        else
            spaced += c;
    }
    return QRegularExpression(spaced, caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                      : QRegularExpression::NoPatternOption);
}

bool negatedBefore(QStringView sentence, qsizetype at)
{
    // Look back over the clause: to the last comma, semicolon or "but", at most 70 characters.
    qsizetype from = std::max<qsizetype>(0, at - 70);
    QStringView before = sentence.sliced(from, at - from);
    const qsizetype cut = std::max(
        {before.lastIndexOf(u','), before.lastIndexOf(u';'), before.lastIndexOf(u" but "_s)});
    if (cut >= 0)
        before = before.sliced(cut + 1);
    static const QRegularExpression negation = ci(
        u"\\b(?:not|no|neither|nor|never|nothing|cannot|rather than|instead of|without)\\b|n't\\b"_s);
    return negation.match(before).hasMatch();
}

MetadataContext::MetadataContext(const QString &text, const Outline &outline)
    : m_outline(outline), m_text(text), m_flat(text)
{
    // Same length as the text, so every match offset is an offset into the text.
    for (QChar &c : m_flat) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f' || c == QChar(0x00A0))
            c = u' ';
        else if (c == u'’' || c == u'‘')
            c = u'\'';
    }
    splitSentences();
}

void MetadataContext::splitSentences()
{
    // A full stop ends a sentence when a capital, a quote or a number follows it and it does not
    // end a title or an abbreviation ("Mr.", "e.g.", "No.", "para.").
    static const QRegularExpression boundary(
        u"(?<!\\bMr)(?<!\\bMrs)(?<!\\bMs)(?<!\\bDr)(?<!\\bNo)(?<!\\bpara)(?<!\\be\\.g)(?<!\\bi\\.e)(?<!\\bv)(?<!\\bvs)"
        u"[.!?][\"”')\\]]*\\s+(?=[A-Z\"“'(\\d])"_s);
    qsizetype lastReview = -1;
    const QList<OutlineParagraph> &paragraphs = m_outline.paragraphs();
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (paragraphs.at(i).opensStage && paragraphs.at(i).stage == DecisionStage::Review)
            lastReview = i;
    }
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const OutlineParagraph &p = paragraphs.at(i);
        // A sentence broken over paragraphs is one sentence: the paragraphs that continue it
        // join this one.
        qsizetype last = i;
        for (qsizetype next = continuation(last); next >= 0 && next - i <= 3;
             next = continuation(last))
            last = next;
        const int end = std::min(paragraphs.at(last).end, static_cast<int>(m_flat.size()));
        const QStringView span = QStringView(m_flat).sliced(p.start, end - p.start);
        qsizetype from = 0;
        QRegularExpressionMatchIterator it = boundary.globalMatch(span);
        const auto add = [&](qsizetype to) {
            if (to > from)
                m_sentences.append({p.start + static_cast<int>(from),
                                    p.start + static_cast<int>(to), p.stage, i, i < lastReview});
        };
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            add(m.capturedStart(0) + 1);
            from = m.capturedEnd(0);
        }
        add(span.size());
        i = last;
    }
}

qsizetype MetadataContext::continuation(qsizetype index) const
{
    const QList<OutlineParagraph> &paragraphs = m_outline.paragraphs();
    if (index < 0 || index + 1 >= paragraphs.size())
        return -1;
    const OutlineParagraph &p = paragraphs.at(index);
    const OutlineParagraph &next = paragraphs.at(index + 1);
    if (p.kind == ParagraphKind::Heading || next.kind != ParagraphKind::Text || next.redacted)
        return -1;
    // It stops on a lower-case word or a comma: no title line ("Review Hearing"), no sentence.
    const QString text = p.text.trimmed();
    if (text.isEmpty() || !(text.back().isLower() || text.back() == u','))
        return -1;
    const qsizetype lastWord = text.lastIndexOf(u' ') + 1;
    if (!text.at(lastWord).isLower() && text.back() != u',')
        return -1;
    // It goes on in lower case or with a number ("18 months."), never with a capital.
    const QString rest = next.text.trimmed();
    if (rest.isEmpty() || !(rest.front().isLower() || rest.front().isDigit()))
        return -1;
    return index + 1;
}

int MetadataContext::runsOnTo(int end) const
{
    const QList<OutlineParagraph> &paragraphs = m_outline.paragraphs();
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const OutlineParagraph &p = paragraphs.at(i);
        if (end <= p.start || end > p.end)
            continue;
        // Only the end of a paragraph runs on.
        const int stop = std::min(p.end, static_cast<int>(m_flat.size()));
        if (!QStringView(m_flat).sliced(end, stop - end).trimmed().isEmpty())
            return end;
        qsizetype last = i;
        for (qsizetype next = continuation(last); next >= 0 && next - i <= 3;
             next = continuation(last))
            last = next;
        return last == i ? end : std::min(paragraphs.at(last).end, static_cast<int>(m_flat.size()));
    }
    return end;
}

QList<std::pair<int, int>> MetadataContext::frontSpans(bool withFieldValues) const
{
    QList<std::pair<int, int>> spans;
    for (const OutlineParagraph &p : m_outline.paragraphs()) {
        if (p.stage != DecisionStage::FrontMatter || p.start > 4000)
            break;
        if (p.kind != ParagraphKind::Field || withFieldValues) {
            spans.append({p.start, p.end});
            continue;
        }
        // The label only: up to the colon.
        const qsizetype colon = m_flat.indexOf(u':', p.start);
        if (colon >= 0 && colon < p.end)
            spans.append({p.start, static_cast<int>(colon)});
    }
    return spans;
}

} // namespace detail

MetadataSuggestions MetadataExtractor::extract(const QString &text, const Outline &outline)
{
    MetadataSuggestions result;
    detail::MetadataContext context(text, outline);
    detail::suggestCaseFields(context, result);
    detail::suggestFindings(context, result);
    detail::suggestSanctions(context, result);
    detail::suggestTitle(context, result);
    return result;
}

MetadataSuggestions MetadataExtractor::extract(const QString &text)
{
    return extract(text, OutlineDetector::detect(text));
}

} // namespace casebench
