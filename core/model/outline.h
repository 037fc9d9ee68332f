// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumtable.h"

#include <QList>
#include <QString>

#include <optional>

namespace casebench {

/// The part of a fitness-to-practise decision a passage belongs to, in the order decisions
/// usually run.
enum class DecisionStage {
    FrontMatter, ///< before the first heading: title block, parties, summary of the outcome
    Preliminary, ///< service of notice, proceeding in absence, privacy, amendments, attendees
    Allegation,  ///< the allegation or charges and their particulars
    Background,
    Facts,        ///< the decision on the facts
    Grounds,      ///< the decision on the statutory grounds (misconduct, lack of competence, …)
    Impairment,   ///< the decision on current impairment
    Sanction,     ///< the decision on sanction and its reasons
    Order,        ///< the order itself
    InterimOrder, ///< an interim order (at an interim order hearing or to cover the appeal period)
    Review,       ///< the review of an existing order: its history and the position now
    Notes,        ///< notes, right of appeal, what happens next
};

template <>
struct EnumTable<DecisionStage>
{
    static constexpr std::array<EnumEntry<DecisionStage>, 12> entries{{
        {DecisionStage::FrontMatter, u"front_matter",
         QT_TRANSLATE_NOOP("casebench", "Front matter")},
        {DecisionStage::Preliminary, u"preliminary",
         QT_TRANSLATE_NOOP("casebench", "Preliminary matters")},
        {DecisionStage::Allegation, u"allegation", QT_TRANSLATE_NOOP("casebench", "Allegation")},
        {DecisionStage::Background, u"background", QT_TRANSLATE_NOOP("casebench", "Background")},
        {DecisionStage::Facts, u"facts", QT_TRANSLATE_NOOP("casebench", "Decision on facts")},
        {DecisionStage::Grounds, u"grounds", QT_TRANSLATE_NOOP("casebench", "Decision on grounds")},
        {DecisionStage::Impairment, u"impairment",
         QT_TRANSLATE_NOOP("casebench", "Decision on impairment")},
        {DecisionStage::Sanction, u"sanction",
         QT_TRANSLATE_NOOP("casebench", "Decision on sanction")},
        {DecisionStage::Order, u"order", QT_TRANSLATE_NOOP("casebench", "Order")},
        {DecisionStage::InterimOrder, u"interim_order",
         QT_TRANSLATE_NOOP("casebench", "Interim order")},
        {DecisionStage::Review, u"review", QT_TRANSLATE_NOOP("casebench", "Review of the order")},
        {DecisionStage::Notes, u"notes", QT_TRANSLATE_NOOP("casebench", "Notes")},
    }};
};

/// What a paragraph of a decision is.
enum class ParagraphKind {
    Heading,    ///< a heading line ("Decision and reasons on sanction", "Order:")
    Field,      ///< a labelled value of the title block ("Hearing outcome: Removal order")
    Numbered,   ///< a numbered paragraph ("12.", "12.1")
    Particular, ///< a particular or sub-paragraph ("1(a)", "1a", "a)", "i.", "1.2.1")
    ListItem,   ///< a bulleted item
    Text,       ///< any other paragraph
};

/// The stored identifiers (outline_paragraphs.kind, outline JSON), never renamed.
template <>
struct EnumTable<ParagraphKind>
{
    static constexpr std::array<EnumEntry<ParagraphKind>, 6> entries{{
        {ParagraphKind::Heading, u"heading", QT_TRANSLATE_NOOP("casebench", "Heading")},
        {ParagraphKind::Field, u"field", QT_TRANSLATE_NOOP("casebench", "Field")},
        {ParagraphKind::Numbered, u"numbered",
         QT_TRANSLATE_NOOP("casebench", "Numbered paragraph")},
        {ParagraphKind::Particular, u"particular", QT_TRANSLATE_NOOP("casebench", "Particular")},
        {ParagraphKind::ListItem, u"list_item", QT_TRANSLATE_NOOP("casebench", "List item")},
        {ParagraphKind::Text, u"text", QT_TRANSLATE_NOOP("casebench", "Text")},
    }};
};

/// One paragraph of a decision. Offsets are UTF-16 positions in the text the outline was made
/// from; the span runs from the paragraph's first character to one past its last, and may cover
/// page furniture (page numbers, running heads) when the paragraph runs across a page break.
struct OutlineParagraph
{
    int start = 0;
    int end = 0;
    ParagraphKind kind = ParagraphKind::Text;
    QString number;    ///< as written, without punctuation: "27", "12.1", "1(a)", "iv"
    QString reference; ///< what a citation calls it: "27", "12(a)"; empty when none
    DecisionStage stage = DecisionStage::FrontMatter;
    bool opensStage = false; ///< a heading that starts its stage
    std::optional<int> page; ///< 1-based page, when the reader knows the pages
    bool redacted = false;   ///< holds a redaction
    QString text;            ///< the paragraph on one line: wrapped lines joined, furniture dropped

    friend bool operator==(const OutlineParagraph &, const OutlineParagraph &) = default;
};

/// A labelled value from a decision's title block or summary, e.g. "Sanction" → "Striking-off
/// order". Offsets cover the value.
struct OutlineField
{
    QString label; ///< without the colon, e.g. "Hearing outcome"
    QString value; ///< on one line
    int start = 0;
    int end = 0;

    friend bool operator==(const OutlineField &, const OutlineField &) = default;
};

/// A redaction left in a published decision: "[PRIVATE]", "[redacted]", "[REDACTED – health]".
struct Redaction
{
    int start = 0;
    int end = 0;

    friend bool operator==(const Redaction &, const Redaction &) = default;
};

/// Where a passage sits in its decision, for quoting it: "¶ 27, Decision on sanction".
struct Citation
{
    QString paragraph; ///< e.g. "27" or "12(a)"; empty when the paragraph has no number
    DecisionStage stage = DecisionStage::FrontMatter;
    std::optional<int> page; ///< filled when the reader knows the pages

    /// "¶ 27, Decision on sanction", "¶ 27, Decision on sanction, p. 4" or "Decision on sanction".
    [[nodiscard]] QString toString() const;

    friend bool operator==(const Citation &, const Citation &) = default;
};

/// A decision's text cut into paragraphs, each with its number and stage, and the labelled
/// fields of its title block. Made by OutlineDetector; a plain value.
class Outline
{
public:
    Outline() = default;
    Outline(QList<OutlineParagraph> paragraphs, QList<OutlineField> fields,
            QList<Redaction> redactions = {});

    [[nodiscard]] const QList<OutlineParagraph> &paragraphs() const { return m_paragraphs; }
    [[nodiscard]] const QList<OutlineField> &fields() const { return m_fields; }
    [[nodiscard]] const QList<Redaction> &redactions() const { return m_redactions; }

    /// The index of the paragraph holding `offset`; between paragraphs, the one before it;
    /// -1 before the first paragraph.
    [[nodiscard]] qsizetype paragraphAt(int offset) const;

    /// The stage `offset` falls in (FrontMatter before any heading).
    [[nodiscard]] DecisionStage stageAt(int offset) const;

    /// True when some heading opens `stage`.
    [[nodiscard]] bool hasStage(DecisionStage stage) const;

    /// Indices of the heading paragraphs, in order.
    [[nodiscard]] QList<qsizetype> headings() const;

    /// The first field whose label equals one of `labels` (case-insensitive), if any.
    [[nodiscard]] std::optional<OutlineField> field(const QStringList &labels) const;

    /// How to cite the passage starting at `offset`.
    [[nodiscard]] Citation citationAt(int offset) const;

    friend bool operator==(const Outline &, const Outline &) = default;

private:
    QList<OutlineParagraph> m_paragraphs;
    QList<OutlineField> m_fields;
    QList<Redaction> m_redactions;
};

} // namespace casebench
