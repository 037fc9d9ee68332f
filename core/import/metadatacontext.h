// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to MetadataExtractor: the text prepared once for every reader of it.
#pragma once

#include "metadataextractor.h"
#include "model/outline.h"

#include <QRegularExpression>
#include <QString>

namespace casebench::detail {

/// A sentence of a paragraph, with the stage it sits in.
struct Sentence
{
    int start = 0;
    int end = 0;
    DecisionStage stage = DecisionStage::FrontMatter;
    qsizetype paragraph = -1;
    bool beforeLastReview
        = false; ///< in a part the decision recites, before its last review heading
};

class MetadataContext
{
public:
    MetadataContext(const QString &text, const Outline &outline);

    [[nodiscard]] const Outline &outline() const { return m_outline; }
    [[nodiscard]] const QString &flat() const { return m_flat; }
    /// The text as given, line breaks and all (same offsets as flat()).
    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const QList<Sentence> &sentences() const { return m_sentences; }
    [[nodiscard]] QStringView view(int start, int end) const
    {
        return QStringView(m_flat).sliced(start, end - start);
    }
    [[nodiscard]] QStringView view(const Sentence &s) const { return view(s.start, s.end); }

    /// The title block's spans (start, end) in the text: its paragraphs, and of its fields the
    /// labels only unless `withFieldValues` (a "Part of the register" date is no hearing date).
    [[nodiscard]] QList<std::pair<int, int>> frontSpans(bool withFieldValues) const;

    /// Where a statement that stops at `end`, the end of a paragraph or field, really ends: a
    /// paragraph that stops in mid-sentence (on a lower-case word or a comma) runs on into the
    /// next when that one has no number or label and starts in lower case or with a number, as
    /// when a Word paragraph mark or a PDF page break falls inside a sentence ("extend the order
    /// for" / "a further 18 months."). `end` itself otherwise.
    [[nodiscard]] int runsOnTo(int end) const;

    /// The first field with one of `labels` (case-insensitive).
    [[nodiscard]] std::optional<OutlineField> field(const QStringList &labels) const
    {
        return m_outline.field(labels);
    }

    Regulator regulator = Regulator::Other;
    std::optional<HearingType> hearing;

private:
    void splitSentences();
    /// The paragraph after `index` that continues its sentence, or -1.
    [[nodiscard]] qsizetype continuation(qsizetype index) const;

    const Outline &m_outline;
    const QString &m_text;
    QString m_flat;
    QList<Sentence> m_sentences;
};

/// A suggestion of `value` supported by match `m` of a text that starts at `offset`; nothing
/// when `m` did not match.
template <typename T>
std::optional<Suggestion<T>> suggestAt(T value, const QRegularExpressionMatch &m, int offset)
{
    if (!m.hasMatch())
        return std::nullopt;
    return Suggestion<T>{value, offset + static_cast<int>(m.capturedStart(0)),
                         offset + static_cast<int>(m.capturedEnd(0))};
}

/// A pattern (case-insensitive unless told) in which a space matches any run of white space.
QRegularExpression ci(const QString &pattern, bool caseInsensitive = true);

/// True when the words just before position `at` of `sentence` negate what follows
/// ("did not amount to misconduct", "no longer impaired" is matched separately).
bool negatedBefore(QStringView sentence, qsizetype at);

void suggestCaseFields(MetadataContext &context, MetadataSuggestions &result);
void suggestFindings(const MetadataContext &context, MetadataSuggestions &result);
void suggestSanctions(const MetadataContext &context, MetadataSuggestions &result);
/// The case title, from the profession, the allegation's gist and the order (run last).
void suggestTitle(const MetadataContext &context, MetadataSuggestions &result);

} // namespace casebench::detail
