// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdflayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::pdflayout {

namespace {

/// How many lines at each end of a page may be furniture.
constexpr int furnitureDepth = 3;

qreal median(QList<qreal> values, qreal fallback)
{
    if (values.isEmpty())
        return fallback;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x00AD) || c == QChar(0x2010);
}

/// "deci-" + "sion": the line ends with a letter and a hyphen and the next starts in lower case.
bool hyphenatedAcross(const QString &line, const QString &next)
{
    if (line.size() < 2 || next.isEmpty())
        return false;
    return isHyphen(line.back()) && line.at(line.size() - 2).isLetter() && next.front().isLower();
}

/// Whether a page's last line may end its paragraph: it closes a sentence or a heading.
bool endsParagraph(const QString &line)
{
    if (line.isEmpty())
        return true;
    const QChar last = line.back();
    return last == u'.' || last == u':' || last == u'?' || last == u'!' || last == u')'
           || last == u';' || last == u'"' || last == QChar(0x201D);
}

} // namespace

QString furnitureKey(const QString &line)
{
    QString key;
    key.reserve(line.size());
    bool inDigits = false;
    for (const QChar c : line.simplified().toLower()) {
        if (c.isDigit()) {
            if (!inDigits)
                key += u'#';
            inDigits = true;
        } else {
            key += c;
            inDigits = false;
        }
    }
    return key;
}

QList<QList<Line>> withoutFurniture(const QList<QList<Line>> &pages)
{
    const auto pageCount = pages.size();
    if (pageCount < 2)
        return pages;
    // On how many pages each key occurs among the first (or last) lines.
    QHash<QString, int> topCount;
    QHash<QString, int> bottomCount;
    for (const QList<Line> &page : pages) {
        QSet<QString> top;
        QSet<QString> bottom;
        const auto n = page.size();
        for (qsizetype i = 0; i < qMin<qsizetype>(furnitureDepth, n); ++i) {
            top.insert(furnitureKey(page.at(i).text));
            bottom.insert(furnitureKey(page.at(n - 1 - i).text));
        }
        for (const QString &key : std::as_const(top))
            ++topCount[key];
        for (const QString &key : std::as_const(bottom))
            ++bottomCount[key];
    }
    // Furniture repeats on more than half the pages (the first page often has its own).
    const auto repeated = [pageCount](const QHash<QString, int> &counts, const QString &key) {
        const int count = counts.value(key);
        return count >= 2 && count * 2 > pageCount;
    };
    QList<QList<Line>> result;
    result.reserve(pageCount);
    for (const QList<Line> &page : pages) {
        qsizetype first = 0;
        qsizetype last = page.size();
        while (first < last && first < furnitureDepth
               && repeated(topCount, furnitureKey(page.at(first).text)))
            ++first;
        while (last > first && page.size() - last < furnitureDepth
               && repeated(bottomCount, furnitureKey(page.at(last - 1).text)))
            --last;
        result.append(page.mid(first, last - first));
    }
    return result;
}

Layout assemble(const QList<QList<Line>> &pages)
{
    QList<qreal> heights;
    QList<qreal> gaps;
    for (const QList<Line> &page : pages) {
        for (qsizetype i = 0; i < page.size(); ++i) {
            heights.append(page.at(i).box.height());
            if (i > 0)
                gaps.append(page.at(i).box.top() - page.at(i - 1).box.bottom());
        }
    }
    const qreal lineHeight = qMax<qreal>(median(heights, 10.0), 1.0);
    // Most gaps are between the lines of one paragraph; a wider one starts a new paragraph.
    const qreal usualGap = median(gaps, 0.0);
    const qreal paragraphGap = usualGap + 0.45 * lineHeight;

    Layout layout;
    QString &text = layout.text;
    QString previous; // the last line written
    for (const QList<Line> &page : pages) {
        bool pageStarted = false;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const QString lineText = page.at(i).text.trimmed();
            if (lineText.isEmpty())
                continue;
            if (text.isEmpty()) {
                // the first line of the document
            } else if (hyphenatedAcross(previous, lineText)) {
                text.chop(1); // the hyphen; a page may then start inside the joined word
            } else {
                bool newParagraph = false;
                if (!pageStarted) {
                    newParagraph = endsParagraph(previous) || !lineText.front().isLower();
                } else {
                    const qreal gap = page.at(i).box.top() - page.at(i - 1).box.bottom();
                    newParagraph = gap > paragraphGap || gap < -lineHeight;
                }
                text += newParagraph ? u"\n\n"_s : u"\n"_s;
            }
            if (!pageStarted)
                layout.pageStarts.append(static_cast<int>(text.size()));
            pageStarted = true;
            text += lineText;
            previous = lineText;
        }
        if (!pageStarted) // a page without text starts where the next one does
            layout.pageStarts.append(static_cast<int>(text.size()));
    }
    return layout;
}

} // namespace casebench::pdflayout
