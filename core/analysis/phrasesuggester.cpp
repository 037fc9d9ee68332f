// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrasesuggester.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

/// How far a sentence may reach either side of its phrase: a runaway paragraph without full
/// stops should not become one suggestion.
constexpr int maxSentenceReach = 600;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'’' || c == u'-';
}

struct Token
{
    int start;
    int end;
};

/// The word tokens of a text, in order.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    const int n = static_cast<int>(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const int start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start)
            tokens.append({start, i});
    }
    return tokens;
}

/// The text lower-cased character by character, so offsets stay the same.
QString lowered(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = text.at(i).toLower();
    return out;
}

bool onlySpaces(QStringView gap)
{
    return !gap.isEmpty()
           && std::all_of(gap.begin(), gap.end(), [](QChar c) { return c.isSpace(); });
}

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'?' || c == u'!';
}

/// A line that opens a numbered paragraph or a particular ("12.", "12.1", "(a)", "1(a)").
bool opensNumberedLine(const QString &text, int pos)
{
    const int n = static_cast<int>(text.size());
    while (pos < n && (text.at(pos) == u' ' || text.at(pos) == u'\t'))
        ++pos;
    if (pos >= n)
        return false;
    if (text.at(pos) == u'(')
        return true;
    int digits = 0;
    while (pos < n && text.at(pos).isDigit()) {
        ++pos;
        ++digits;
    }
    return digits > 0 && pos < n && (text.at(pos) == u'.' || text.at(pos) == u'(');
}

/// Whether the text has a sentence boundary just before `pos` (between pos - 1 and pos).
bool boundaryBefore(const QString &text, int pos)
{
    if (pos <= 0)
        return true;
    const QChar before = text.at(pos - 1);
    if (before == u'\n') {
        if (pos >= 2 && text.at(pos - 2) == u'\n')
            return true; // a blank line
        return opensNumberedLine(text, pos)
               || (pos >= 2 && (isTerminator(text.at(pos - 2)) || text.at(pos - 2) == u':'));
    }
    if (before.isSpace() && pos >= 2 && isTerminator(text.at(pos - 2))) {
        // "Mr. Smith", "e.g. the": not the end of a sentence.
        static const QSet<QString> abbreviations{u"mr"_s,  u"mrs"_s,  u"ms"_s, u"dr"_s, u"e.g"_s,
                                                 u"i.e"_s, u"para"_s, u"no"_s, u"cf"_s, u"st"_s};
        int w = pos - 2;
        while (w > 0 && (text.at(w - 1).isLetter() || text.at(w - 1) == u'.'))
            --w;
        return !abbreviations.contains(text.mid(w, pos - 2 - w).toLower());
    }
    return false;
}

} // namespace

PhraseSuggester::PhraseSuggester(const QList<Factor> &codebook)
{
    for (const Factor &factor : codebook) {
        for (const QString &phrase : factor.phrases) {
            const QString low = lowered(phrase.simplified());
            QStringList words;
            for (const Token &t : tokenize(low))
                words.append(low.mid(t.start, t.end - t.start));
            if (!words.isEmpty())
                m_entries.append({factor.id, phrase, words});
        }
    }
}

std::pair<int, int> PhraseSuggester::sentenceAround(const QString &text, int start, int end)
{
    const int n = static_cast<int>(text.size());
    start = std::clamp(start, 0, n);
    end = std::clamp(end, start, n);
    int from = start;
    const int fromLimit = std::max(0, start - maxSentenceReach);
    while (from > fromLimit && !boundaryBefore(text, from))
        --from;
    int to = end;
    const int toLimit = std::min(n, end + maxSentenceReach);
    while (to < toLimit) {
        const QChar c = text.at(to);
        if (isTerminator(c) && (to + 1 >= n || text.at(to + 1).isSpace())
            && boundaryBefore(text, std::min(n, to + 2))) {
            ++to;
            break;
        }
        if (c == u'\n' && boundaryBefore(text, to + 1))
            break;
        ++to;
    }
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    return {from, to};
}

QList<PhraseSuggestion> PhraseSuggester::suggest(const QString &text, const QList<Passage> &tagged,
                                                 const QList<SuggestionDismissal> &dismissed,
                                                 bool expandToSentence) const
{
    QList<PhraseSuggestion> out;
    if (m_entries.isEmpty() || text.isEmpty())
        return out;
    // Keyed on the first word's hash, so that looking a token up allocates nothing (a decision
    // has tens of thousands of tokens); the word itself is compared below.
    QHash<size_t, QList<qsizetype>> byFirstWord;
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        byFirstWord[qHash(QStringView(m_entries.at(i).words.constFirst()))].append(i);

    const QString low = lowered(text);
    const QList<Token> tokens = tokenize(low);
    QSet<std::pair<qint64, QString>> dismissedKeys;
    for (const SuggestionDismissal &d : dismissed)
        dismissedKeys.insert({d.factor.value, d.quote});
    QSet<std::pair<qint64, std::pair<int, int>>> seen;

    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const Token &first = tokens.at(t);
        const QStringView firstWord = QStringView(low).mid(first.start, first.end - first.start);
        const auto it = byFirstWord.constFind(qHash(firstWord));
        if (it == byFirstWord.constEnd())
            continue;
        for (const qsizetype e : it.value()) {
            const Entry &entry = m_entries.at(e);
            const qsizetype count = entry.words.size();
            if (t + count > tokens.size() || firstWord != entry.words.constFirst())
                continue;
            bool match = true;
            for (qsizetype w = 1; w < count && match; ++w) {
                const Token &prev = tokens.at(t + w - 1);
                const Token &tok = tokens.at(t + w);
                match = onlySpaces(QStringView(low).mid(prev.end, tok.start - prev.end))
                        && QStringView(low).mid(tok.start, tok.end - tok.start)
                               == entry.words.at(w);
            }
            if (!match)
                continue;
            PhraseSuggestion s;
            s.factor = entry.factor;
            s.phrase = entry.phrase;
            s.matchStart = first.start;
            s.matchEnd = tokens.at(t + count - 1).end;
            std::tie(s.start, s.end) = expandToSentence
                                           ? sentenceAround(text, s.matchStart, s.matchEnd)
                                           : std::make_pair(s.matchStart, s.matchEnd);
            s.quote = text.mid(s.start, s.end - s.start);
            if (seen.contains({s.factor.value, {s.start, s.end}}))
                continue;
            const bool alreadyTagged = std::any_of(tagged.begin(), tagged.end(),
                                                   [&](const Passage &p) {
                                                       return !p.orphaned && p.factor == s.factor
                                                              && p.start < s.end && s.start < p.end;
                                                   });
            if (alreadyTagged || dismissedKeys.contains({s.factor.value, s.quote}))
                continue;
            seen.insert({s.factor.value, {s.start, s.end}});
            out.append(s);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const PhraseSuggestion &a, const PhraseSuggestion &b) {
                         return std::tie(a.start, a.factor) < std::tie(b.start, b.factor);
                     });
    return out;
}

} // namespace casebench
