// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrases.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace casebench::phrases {

namespace {

constexpr std::array<const char16_t *, 20> smallNumbers{
    u"zero",     u"one",     u"two",     u"three",     u"four",     u"five",    u"six",
    u"seven",    u"eight",   u"nine",    u"ten",       u"eleven",   u"twelve",  u"thirteen",
    u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen"};
constexpr std::array<const char16_t *, 5> tens{u"twenty", u"thirty", u"forty", u"fifty", u"sixty"};

const QString numberPattern()
{
    return u"\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
           u"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
           u"|fifteen|sixteen|seventeen|eighteen|nineteen|an?"_s;
}

std::optional<int> smallNumber(QStringView word)
{
    for (std::size_t i = 0; i < smallNumbers.size(); ++i) {
        if (word.compare(QStringView(smallNumbers.at(i)), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

const QString monthPattern()
{
    return u"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           u"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"_s;
}

int monthNumber(QStringView name)
{
    static const QStringList names{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                   u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return static_cast<int>(names.indexOf(name.left(3).toString().toLower())) + 1;
}

int toInt(QStringView digits)
{
    return digits.toInt();
}

struct Pattern
{
    QRegularExpression re;
    int kind; // 0 day-month-year, 1 month-day-year, 2 d/m/y, 3 iso, 4 d-d month y, 5 d month - d
              // month y
};

const QList<Pattern> &datePatterns()
{
    static const QList<Pattern> list = [] {
        const QString month = u"("_s + monthPattern() + u")\\.?"_s;
        const QString ord = u"(?:st|nd|rd|th)?"_s;
        const QString dash = u"\\s*(?:-|–|—|to|until|and|&)\\s*"_s;
        const auto re = [](const QString &p) {
            return QRegularExpression(p, QRegularExpression::CaseInsensitiveOption);
        };
        return QList<Pattern>{
            {re(u"\\b(\\d{1,2})"_s + ord + u"\\s+"_s + month + dash + u"(\\d{1,2})"_s + ord
                + u"\\s+"_s + month + u",?\\s+(\\d{4})\\b"_s),
             5},
            {re(u"\\b(\\d{1,2})"_s + ord + dash + u"(\\d{1,2})"_s + ord + u"\\s+"_s + month
                + u",?\\s+(\\d{4})\\b"_s),
             4},
            {re(u"\\b(\\d{1,2})"_s + ord + u"\\s+(?:of\\s+)?"_s + month + u",?\\s+(\\d{4})\\b"_s),
             0},
            {re(u"\\b"_s + month + u"\\s+(\\d{1,2})"_s + ord + u",?\\s+(\\d{4})\\b"_s), 1},
            {re(u"\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b"_s), 2},
            {re(u"\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"_s), 3},
        };
    }();
    return list;
}

std::optional<DateSpan> spanFrom(const QRegularExpressionMatch &m, int kind)
{
    const auto c = [&m](int i) { return m.capturedView(i); };
    DateSpan span;
    switch (kind) {
    case 0:
        span.first = QDate(toInt(c(3)), monthNumber(c(2)), toInt(c(1)));
        break;
    case 1:
        span.first = QDate(toInt(c(3)), monthNumber(c(1)), toInt(c(2)));
        break;
    case 2:
        span.first = QDate(toInt(c(3)), toInt(c(2)), toInt(c(1)));
        break;
    case 3:
        span.first = QDate(toInt(c(1)), toInt(c(2)), toInt(c(3)));
        break;
    case 4:
        span.first = QDate(toInt(c(4)), monthNumber(c(3)), toInt(c(1)));
        span.last = QDate(toInt(c(4)), monthNumber(c(3)), toInt(c(2)));
        break;
    case 5: {
        const int year = toInt(c(5));
        const int firstMonth = monthNumber(c(2));
        const int lastMonth = monthNumber(c(4));
        span.first = QDate(firstMonth > lastMonth ? year - 1 : year, firstMonth, toInt(c(1)));
        span.last = QDate(year, lastMonth, toInt(c(3)));
        break;
    }
    default:
        break;
    }
    if (!span.last.isValid())
        span.last = span.first;
    if (!span.first.isValid() || span.last < span.first)
        return std::nullopt;
    span.start = m.capturedStart(0);
    span.length = m.capturedLength(0);
    return span;
}

// "16 June 2025 to 02 July 2025": two dates joined by a dash or "to" make one span.
QList<DateSpan> mergeRanges(QStringView text, QList<DateSpan> spans)
{
    // "16 March 2026 – 19 March 2026", "Monday, 16 March 2026 – Thursday, 19 March 2026".
    static const QRegularExpression joiner(
        u"^\\s*(?:-|–|—|to|until)\\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s*)?$"_s);
    QList<DateSpan> merged;
    for (const DateSpan &span : spans) {
        if (!merged.isEmpty()) {
            DateSpan &previous = merged.last();
            const qsizetype gapStart = previous.start + previous.length;
            const QStringView gap = text.sliced(gapStart, span.start - gapStart);
            if (previous.first == previous.last && span.first == span.last
                && span.first > previous.first && joiner.match(gap).hasMatch()) {
                previous.last = span.first;
                previous.length = span.start + span.length - previous.start;
                continue;
            }
        }
        merged.append(span);
    }
    return merged;
}

} // namespace

std::optional<int> parseNumber(QStringView word)
{
    const QString w = word.trimmed().toString().toLower();
    bool ok = false;
    const int value = w.toInt(&ok);
    if (ok)
        return value;
    if (w == u"a" || w == u"an")
        return 1;
    if (const auto small = smallNumber(w))
        return small;
    for (std::size_t i = 0; i < tens.size(); ++i) {
        const QString ten = QString::fromUtf16(tens.at(i));
        if (!w.startsWith(ten))
            continue;
        const int base = static_cast<int>(20 + 10 * i);
        if (w == ten)
            return base;
        const auto unit = smallNumber(QStringView(w).sliced(ten.size() + 1));
        if ((w.at(ten.size()) == u'-' || w.at(ten.size()) == u' ') && unit && *unit > 0
            && *unit < 10)
            return base + *unit;
    }
    return std::nullopt;
}

QList<Duration> findDurations(QStringView text)
{
    static const QRegularExpression re(u"\\b("_s + numberPattern()
                                           + u")[\\s-]+(years?|months?)\\b(?:\\s+and\\s+("_s
                                           + numberPattern() + u")[\\s-]+months?\\b)?"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    QList<Duration> result;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto count = parseNumber(m.capturedView(1));
        if (!count || *count == 0)
            continue;
        int months = m.capturedView(2).startsWith(u'y', Qt::CaseInsensitive) ? *count * 12 : *count;
        if (m.capturedLength(3) > 0)
            months += parseNumber(m.capturedView(3)).value_or(0);
        result.append({months, m.capturedStart(0), m.capturedLength(0)});
    }
    return result;
}

QList<DateSpan> findDates(QStringView text)
{
    QList<DateSpan> found;
    for (const Pattern &p : datePatterns()) {
        QRegularExpressionMatchIterator it = p.re.globalMatch(text);
        while (it.hasNext()) {
            if (const auto span = spanFrom(it.next(), p.kind))
                found.append(*span);
        }
    }
    // Earlier first; at one position the longer (a range) wins; overlaps are dropped.
    std::sort(found.begin(), found.end(), [](const DateSpan &a, const DateSpan &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<DateSpan> kept;
    for (const DateSpan &span : std::as_const(found)) {
        if (!kept.isEmpty() && span.start < kept.last().start + kept.last().length)
            continue;
        kept.append(span);
    }
    return mergeRanges(text, kept);
}

} // namespace casebench::phrases
