// SPDX-License-Identifier: GPL-3.0-or-later
#include "outline.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

QString Citation::toString() const
{
    QStringList parts;
    if (!paragraph.isEmpty())
        parts.append(u"¶ "_s + paragraph);
    // A numbered paragraph of a decision without headings needs no "Front matter" after it.
    if (stage != DecisionStage::FrontMatter || paragraph.isEmpty())
        parts.append(enumLabel(stage));
    if (page)
        parts.append(QCoreApplication::translate("casebench", "p. %1").arg(*page));
    return parts.join(u", "_s);
}

Outline::Outline(QList<OutlineParagraph> paragraphs, QList<OutlineField> fields,
                 QList<Redaction> redactions)
    : m_paragraphs(std::move(paragraphs)), m_fields(std::move(fields)),
      m_redactions(std::move(redactions))
{}

qsizetype Outline::paragraphAt(int offset) const
{
    // Paragraphs are in text order and do not overlap: find the last one starting at or before.
    const auto it = std::upper_bound(
        m_paragraphs.cbegin(), m_paragraphs.cend(), offset,
        [](int value, const OutlineParagraph &p) { return value < p.start; });
    return (it - m_paragraphs.cbegin()) - 1;
}

DecisionStage Outline::stageAt(int offset) const
{
    const qsizetype index = paragraphAt(offset);
    return index < 0 ? DecisionStage::FrontMatter : m_paragraphs.at(index).stage;
}

bool Outline::hasStage(DecisionStage stage) const
{
    return std::any_of(
        m_paragraphs.cbegin(), m_paragraphs.cend(),
        [stage](const OutlineParagraph &p) { return p.opensStage && p.stage == stage; });
}

QList<qsizetype> Outline::headings() const
{
    QList<qsizetype> result;
    for (qsizetype i = 0; i < m_paragraphs.size(); ++i) {
        if (m_paragraphs.at(i).kind == ParagraphKind::Heading)
            result.append(i);
    }
    return result;
}

std::optional<OutlineField> Outline::field(const QStringList &labels) const
{
    for (const OutlineField &f : m_fields) {
        for (const QString &label : labels) {
            if (f.label.compare(label, Qt::CaseInsensitive) == 0)
                return f;
        }
    }
    return std::nullopt;
}

Citation Outline::citationAt(int offset) const
{
    Citation citation;
    const qsizetype index = paragraphAt(offset);
    if (index < 0)
        return citation;
    const OutlineParagraph &p = m_paragraphs.at(index);
    citation.paragraph = p.reference;
    citation.stage = p.stage;
    citation.page = p.page;
    return citation;
}

} // namespace casebench
