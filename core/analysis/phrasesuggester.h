// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"
#include "model/ids.h"
#include "model/passage.h"
#include "model/suggestiondismissal.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {

/// A passage the codebook's phrases suggest tagging: nothing is tagged until the reviewer
/// accepts it.
struct PhraseSuggestion
{
    FactorId factor;
    int start = 0;      ///< the suggested span: the sentence around the phrase
    int end = 0;        ///< one past its last character
    int matchStart = 0; ///< where the phrase itself was found
    int matchEnd = 0;
    QString phrase; ///< the codebook phrase that matched, as written in the codebook
    QString quote;  ///< text.mid(start, end - start)

    friend bool operator==(const PhraseSuggestion &, const PhraseSuggestion &) = default;
};

/// Finds the codebook's phrases (Factor::phrases) in a text. Matching ignores case, treats any
/// run of white space as one space and only matches whole words ("insight" does not match
/// "insightful"). A pure function of its inputs: safe to run on a worker thread.
class PhraseSuggester
{
public:
    /// Takes the phrases of every factor that has some.
    explicit PhraseSuggester(const QList<Factor> &codebook);

    /// Suggestions for `text`, ordered by start then factor. Leaves out a suggestion whose span
    /// overlaps a passage already tagged with the same factor, and one that was dismissed.
    /// When `expandToSentence` is false, the span is the phrase itself.
    [[nodiscard]] QList<PhraseSuggestion> suggest(const QString &text,
                                                  const QList<Passage> &tagged = {},
                                                  const QList<SuggestionDismissal> &dismissed = {},
                                                  bool expandToSentence = true) const;

    /// The sentence around [start, end): back to the previous sentence end (". ", "? ", "! ",
    /// a blank line or a numbered paragraph start) and forward to the next, without the
    /// surrounding white space.
    [[nodiscard]] static std::pair<int, int> sentenceAround(const QString &text, int start,
                                                            int end);

    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        FactorId factor;
        QString phrase;    ///< as written
        QStringList words; ///< lower-cased words of the phrase
    };
    QList<Entry> m_entries;
};

} // namespace casebench
