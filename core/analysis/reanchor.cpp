// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanchor.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace casebench {

namespace {

/// How far either side of the expected place an exact quote is looked for before the whole
/// text is searched, and the fuzzy search's reach.
constexpr int exactWindow = 4096;
constexpr int fuzzyReach = 512;
/// Quotes shorter than this are only found exactly: a few edits would change their meaning.
constexpr int shortestFuzzyQuote = 12;
/// Bounds the fuzzy search's work (pattern length × window) per passage.
constexpr qint64 fuzzyBudget = 30'000'000;

struct Line
{
    int start;
    int length;
};

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    int start = 0;
    const int n = static_cast<int>(text.size());
    for (int i = 0; i <= n; ++i) {
        if (i == n || text.at(i) == u'\n') {
            lines.append({start, i - start});
            start = i + 1;
        }
    }
    return lines;
}

/// Maps offsets of the old text to where they are expected in the new one, through the lines
/// that occur once in each text and keep their order (a patience diff).
class OffsetMap
{
public:
    OffsetMap(const QString &oldText, const QString &newText)
    {
        const QList<Line> oldLines = splitLines(oldText);
        const QList<Line> newLines = splitLines(newText);
        // count: how many times a line occurs in old (low 16 bits) and new (high bits); the
        // index of its single occurrence in each.
        struct Seen
        {
            int oldCount = 0;
            int newCount = 0;
            int oldIndex = -1;
            int newIndex = -1;
        };
        QHash<QStringView, Seen> seen;
        seen.reserve(oldLines.size() + newLines.size());
        for (int i = 0; i < oldLines.size(); ++i) {
            const QStringView line = QStringView(oldText).mid(oldLines.at(i).start,
                                                              oldLines.at(i).length);
            if (line.trimmed().isEmpty())
                continue;
            Seen &s = seen[line];
            ++s.oldCount;
            s.oldIndex = i;
        }
        for (int i = 0; i < newLines.size(); ++i) {
            const QStringView line = QStringView(newText).mid(newLines.at(i).start,
                                                              newLines.at(i).length);
            const auto it = seen.find(line);
            if (it == seen.end())
                continue;
            ++it->newCount;
            it->newIndex = i;
        }
        QList<std::pair<int, int>> pairs; // (old line, new line), unique in both
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            if (it->oldCount == 1 && it->newCount == 1)
                pairs.append({it->oldIndex, it->newIndex});
        }
        std::sort(pairs.begin(), pairs.end());
        // Longest increasing subsequence of new indexes (patience sorting with back links).
        QList<int> tails; // index into pairs of the smallest tail of each length
        QList<int> previous(pairs.size(), -1);
        for (int i = 0; i < pairs.size(); ++i) {
            const auto pos = std::lower_bound(
                tails.begin(), tails.end(), pairs.at(i).second,
                [&](int index, int value) { return pairs.at(index).second < value; });
            if (pos != tails.begin())
                previous[i] = *(pos - 1);
            if (pos == tails.end())
                tails.append(i);
            else
                *pos = i;
        }
        QList<Anchor> anchors;
        for (int i = tails.isEmpty() ? -1 : tails.constLast(); i >= 0; i = previous.at(i)) {
            const Line &o = oldLines.at(pairs.at(i).first);
            const Line &n = newLines.at(pairs.at(i).second);
            anchors.append({o.start, n.start, o.length});
        }
        std::reverse(anchors.begin(), anchors.end());
        m_anchors = std::move(anchors);
    }

    /// Where an old offset is expected in the new text.
    [[nodiscard]] int map(int oldOffset) const
    {
        const auto after = std::upper_bound(
            m_anchors.begin(), m_anchors.end(), oldOffset,
            [](int value, const Anchor &a) { return value < a.oldStart; });
        if (after == m_anchors.begin())
            return oldOffset; // before the first shared line: assume the start did not move
        const Anchor &a = *(after - 1);
        if (oldOffset <= a.oldStart + a.length)
            return a.newStart + (oldOffset - a.oldStart);
        // In a changed stretch after the anchor: keep the distance from the anchor's end.
        return a.newStart + a.length + (oldOffset - a.oldStart - a.length);
    }

private:
    struct Anchor
    {
        int oldStart;
        int newStart;
        int length;
    };
    QList<Anchor> m_anchors;
};

int commonSuffix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

/// How well the text around [start, end) agrees with the passage's stored prefix and suffix.
int contextScore(const QString &text, const Passage &p, int start, int end)
{
    const QStringView t(text);
    const int before = std::max(0, start - static_cast<int>(p.prefix.size()));
    return commonSuffix(p.prefix, t.mid(before, start - before))
           + commonPrefix(p.suffix, t.mid(end, p.suffix.size()));
}

/// The occurrence of the quote among [from, to) that best fits the passage's context, then
/// lies closest to `expected`; -1 when there is none.
int bestExactOccurrence(const QString &text, const Passage &p, int from, int to, int expected)
{
    const QStringView region = QStringView(text).mid(from, to - from);
    int best = -1;
    int bestScore = -1;
    int bestDistance = std::numeric_limits<int>::max();
    for (qsizetype i = region.indexOf(p.quote); i >= 0; i = region.indexOf(p.quote, i + 1)) {
        const int pos = from + static_cast<int>(i);
        const int score = contextScore(text, p, pos, pos + static_cast<int>(p.quote.size()));
        const int distance = std::abs(pos - expected);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = pos;
            bestScore = score;
            bestDistance = distance;
        }
    }
    return best;
}

bool sameChar(QChar a, QChar b)
{
    return a == b || (a.isSpace() && b.isSpace());
}

struct FuzzyMatch
{
    int start = -1;
    int end = -1;
    int edits = 0; ///< edits within the quote itself
};

/// One cell of the alignment: its cost, and where (and at what cost) the path entered and left
/// the quote's rows.
struct Cell
{
    int cost = 0;
    int quoteStart = 0;
    int quoteEnd = 0;
    int costAtStart = 0;
    int costAtEnd = 0;
};

/// Aligns prefix + quote + suffix against text[from, to) by edit distance, free to start and
/// end anywhere (Sellers' algorithm), and returns the span aligned with the quote. The context
/// pins the quote's ends: without it, a word inserted at the start of a quote would be cheaper
/// to drop with the words before it. Among equal costs, the span ending nearest `expectedEnd`.
FuzzyMatch fuzzyFind(const QString &text, const Passage &p, int from, int to, int maxEdits,
                     int expectedEnd)
{
    const QString pattern = p.prefix + p.quote + p.suffix;
    const int m = static_cast<int>(pattern.size());
    const int quoteFirst = static_cast<int>(p.prefix.size()); // row where the quote starts
    const int quoteLast = quoteFirst + static_cast<int>(p.quote.size()); // row where it ends
    QList<Cell> column(m + 1);
    QList<Cell> next(m + 1);
    const auto enter = [&](Cell &cell, int row, int position) {
        if (row == quoteFirst) {
            cell.quoteStart = position;
            cell.costAtStart = cell.cost;
        }
    };
    for (int i = 0; i <= m; ++i) {
        column[i].cost = i;
        if (i > 0) {
            column[i].quoteStart = column.at(i - 1).quoteStart;
            column[i].costAtStart = column.at(i - 1).costAtStart;
        }
        enter(column[i], i, from);
        if (i == quoteLast) {
            column[i].quoteEnd = from;
            column[i].costAtEnd = column[i].cost;
        }
    }
    Cell best;
    best.cost = std::numeric_limits<int>::max();
    int bestEnd = -1;
    for (int j = from; j < to; ++j) {
        const QChar c = text.at(j);
        const int position = j + 1;
        next[0] = Cell{0, position, position, 0, 0};
        for (int i = 1; i <= m; ++i) {
            Cell cell = column.at(i - 1);
            cell.cost += sameChar(pattern.at(i - 1), c) ? 0 : 1;
            bool fromLeft = false;
            if (column.at(i).cost + 1 < cell.cost) {
                cell = column.at(i);
                cell.cost += 1;
                fromLeft = true;
            }
            if (next.at(i - 1).cost + 1 < cell.cost) {
                cell = next.at(i - 1);
                cell.cost += 1;
                fromLeft = false;
            }
            enter(cell, i, position);
            if (i == quoteLast && !fromLeft) {
                cell.quoteEnd = position;
                cell.costAtEnd = cell.cost;
            }
            next[i] = cell;
        }
        std::swap(column, next);
        const Cell &last = column.at(m);
        if (last.cost < best.cost
            || (last.cost == best.cost
                && std::abs(last.quoteEnd - expectedEnd) < std::abs(best.quoteEnd - expectedEnd))) {
            best = last;
            bestEnd = position;
        }
    }
    const int quoteEdits = best.costAtEnd - best.costAtStart;
    if (bestEnd < 0 || quoteEdits > maxEdits || best.quoteEnd <= best.quoteStart)
        return {};
    return {best.quoteStart, best.quoteEnd, quoteEdits};
}

/// The passage re-spanned over newText[start, end), its quote and context taken from the text.
Passage respanned(const Passage &p, const QString &newText, int start, int end)
{
    const Passage fresh = Passage::fromSpan(newText, p.document, p.factor, start, end);
    Passage out = p;
    out.start = fresh.start;
    out.end = fresh.end;
    out.quote = fresh.quote;
    out.prefix = fresh.prefix;
    out.suffix = fresh.suffix;
    out.orphaned = false;
    return out;
}

AnchoredPassage anchorOne(const Passage &p, const QString &newText, const OffsetMap &map)
{
    const int n = static_cast<int>(newText.size());
    const int length = static_cast<int>(p.quote.size());
    AnchoredPassage result;
    result.passage = p;
    if (length == 0) {
        result.passage.orphaned = true;
        return result;
    }
    const QStringView text(newText);
    const int expected = std::clamp(map.map(p.start), 0, n);
    const auto quoteAt = [&](int pos) {
        return pos >= 0 && pos + length <= n && text.mid(pos, length) == p.quote;
    };

    // Exact quote where it is expected, or still at its old offsets.
    for (const int pos : {expected, p.start}) {
        if (quoteAt(pos)) {
            result.passage = respanned(p, newText, pos, pos + length);
            result.status = pos == p.start ? AnchorStatus::Unchanged : AnchorStatus::Moved;
            result.similarity = 1;
            return result;
        }
    }
    // Exact quote near the expected place, else anywhere.
    const int from = std::max(0, expected - exactWindow);
    const int to = std::min(n, expected + length + exactWindow);
    int pos = bestExactOccurrence(newText, p, from, to, expected);
    if (pos < 0)
        pos = bestExactOccurrence(newText, p, 0, n, expected);
    if (pos >= 0) {
        result.passage = respanned(p, newText, pos, pos + length);
        result.status = pos == p.start ? AnchorStatus::Unchanged : AnchorStatus::Moved;
        result.similarity = 1;
        return result;
    }
    // A close match near the expected place.
    if (length >= shortestFuzzyQuote) {
        int reach = std::max(fuzzyReach, length / 2);
        if (qint64(length) * (length + 2 * reach) > fuzzyBudget)
            reach = std::max(0, static_cast<int>(fuzzyBudget / length - length) / 2);
        const int maxEdits = static_cast<int>(
            std::floor(length * (1.0 - Reanchorer::minimumSimilarity)));
        const FuzzyMatch match = fuzzyFind(newText, p, std::max(0, expected - reach),
                                           std::min(n, expected + length + reach), maxEdits,
                                           expected + length);
        if (match.start >= 0 && match.end > match.start) {
            result.passage = respanned(p, newText, match.start, match.end);
            result.status = AnchorStatus::Changed;
            result.similarity = 1.0 - double(match.edits) / length;
            return result;
        }
    }
    result.passage.orphaned = true;
    return result;
}

} // namespace

ReanchorReport Reanchorer::reanchor(const QString &oldText, const QString &newText,
                                    const QList<Passage> &passages)
{
    const OffsetMap map(oldText, newText);
    ReanchorReport report;
    report.passages.reserve(passages.size());
    for (const Passage &p : passages) {
        AnchoredPassage anchored = anchorOne(p, newText, map);
        switch (anchored.status) {
        case AnchorStatus::Unchanged:
            ++report.unchanged;
            break;
        case AnchorStatus::Moved:
            ++report.moved;
            break;
        case AnchorStatus::Changed:
            ++report.changed;
            break;
        case AnchorStatus::Orphaned:
            ++report.orphaned;
            break;
        }
        report.passages.append(std::move(anchored));
    }
    return report;
}

} // namespace casebench
