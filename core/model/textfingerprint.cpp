// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfingerprint.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace casebench::fingerprint {

namespace {

constexpr int signatureSize = rowsPerBand * bandCount;

/// A line repeated this often is page furniture (a running head or a page footer).
constexpr int furnitureRepeats = 3;
constexpr qsizetype furnitureMaxLength = 100;

/// SplitMix64's finaliser: a well-mixed 64-bit value from any 64-bit value. Fixed forever:
/// stored fingerprints depend on it (qHash is seeded per process and would not do).
constexpr quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr quint64 fnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 fnvPrime = 0x100000001b3ULL;

quint64 fnv(quint64 h, QStringView text)
{
    for (const QChar c : text) {
        h = (h ^ (c.unicode() & 0xffu)) * fnvPrime;
        h = (h ^ (c.unicode() >> 8)) * fnvPrime;
    }
    return h;
}

/// The salts of the 128 MinHash functions: h_i(x) = mix(x ^ salt_i).
const std::array<quint64, signatureSize> &salts()
{
    static const std::array<quint64, signatureSize> values = [] {
        std::array<quint64, signatureSize> v{};
        quint64 state = 0x436173656265ULL; // "Casebe"
        for (quint64 &salt : v) {
            state = mix(state);
            salt = state;
        }
        return v;
    }();
    return values;
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/// "page 3 of 12" and "page 4 of 12" are the same line of furniture.
QString furnitureKey(const QString &line)
{
    QString key;
    bool inDigits = false;
    for (const QChar c : line.simplified()) {
        if (c.isDigit()) {
            if (!inDigits)
                key += u'#';
            inDigits = true;
            continue;
        }
        inDigits = false;
        key += c;
    }
    return key;
}

/// The text without lines that repeat on three or more pages: at least two words and at most
/// 100 characters, so that a heading or a table's "Proved" is kept.
QString withoutFurniture(const QString &text)
{
    QString unified = text;
    unified.replace(u"\r\n"_s, u"\n"_s);
    unified.replace(u'\r', u'\n');
    unified.replace(u'\f', u'\n');
    const QStringList lines = unified.split(u'\n');
    QHash<QString, int> counts;
    QStringList keys;
    keys.reserve(lines.size());
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        QString key;
        if (!trimmed.isEmpty() && trimmed.size() <= furnitureMaxLength && trimmed.contains(u' ')) {
            key = furnitureKey(trimmed);
            ++counts[key];
        }
        keys.append(key);
    }
    QString kept;
    kept.reserve(unified.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!keys.at(i).isEmpty() && counts.value(keys.at(i)) >= furnitureRepeats)
            continue;
        kept += lines.at(i);
        kept += u'\n';
    }
    return kept;
}

/// Joins "deci-\nsion" and "well-known" (a hyphen between letters, with at most a line break
/// after it) and drops soft hyphens, so that every rendering spells the word the same way.
QString joinHyphens(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x00AD))
            continue;
        if (isHyphen(c) && !out.isEmpty() && out.back().isLetter()) {
            qsizetype j = i + 1;
            bool lineBreak = false;
            while (j < n && text.at(j).isSpace()) {
                lineBreak = lineBreak || text.at(j) == u'\n';
                ++j;
            }
            if (j < n && text.at(j).isLetter() && (j == i + 1 || lineBreak)) {
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

bool isNumbering(const QString &word)
{
    if (word.size() == 1)
        return true;
    const bool digits = std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
    if (digits)
        return word.size() <= 3;
    return word.size() <= 5 && std::all_of(word.begin(), word.end(), [](QChar c) {
               return c == u'i' || c == u'v' || c == u'x';
           });
}

} // namespace

QStringList words(const QString &text)
{
    const QString plain = joinHyphens(
        withoutFurniture(text.normalized(QString::NormalizationForm_KC)));
    QStringList list;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            const QString folded = word.toCaseFolded();
            if (!isNumbering(folded))
                list.append(folded);
            word.clear();
        }
    };
    for (const QChar c : plain) {
        if (isWordChar(c))
            word += c;
        else
            flush();
    }
    flush();
    return list;
}

TextFingerprint compute(const QString &text)
{
    TextFingerprint fp;
    const QStringList list = words(text);
    if (list.isEmpty())
        return fp;
    const qsizetype count = qMax<qsizetype>(1, list.size() - shingleWords + 1);
    fp.shingles.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        quint64 h = fnvOffset;
        const qsizetype end = qMin(list.size(), i + shingleWords);
        for (qsizetype w = i; w < end; ++w) {
            h = fnv(h, list.at(w));
            h = (h ^ 0x20u) * fnvPrime; // the space between words
        }
        fp.shingles.append(mix(h));
    }
    std::sort(fp.shingles.begin(), fp.shingles.end());
    fp.shingles.erase(std::unique(fp.shingles.begin(), fp.shingles.end()), fp.shingles.end());
    for (const QString &word : list) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
            fp.identifiers.append(word);
    }
    fp.identifiers.sort();
    fp.identifiers.removeDuplicates();

    std::array<quint64, signatureSize> signature;
    signature.fill(std::numeric_limits<quint64>::max());
    const auto &salt = salts();
    for (const quint64 shingle : std::as_const(fp.shingles)) {
        for (int k = 0; k < signatureSize; ++k) {
            const quint64 value = mix(shingle ^ salt[static_cast<size_t>(k)]);
            if (value < signature[static_cast<size_t>(k)])
                signature[static_cast<size_t>(k)] = value;
        }
    }
    fp.bands.reserve(bandCount);
    for (int b = 0; b < bandCount; ++b) {
        quint64 h = mix(static_cast<quint64>(b));
        for (int r = 0; r < rowsPerBand; ++r)
            h = mix(h ^ signature[static_cast<size_t>(b * rowsPerBand + r)]);
        fp.bands.append(static_cast<qint64>(h));
    }
    return fp;
}

double similarity(const QList<quint64> &a, const QList<quint64> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0.0;
    qsizetype shared = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    const qsizetype all = a.size() + b.size() - shared;
    return static_cast<double>(shared) / static_cast<double>(all);
}

bool identifiersConflict(const TextFingerprint &a, const TextFingerprint &b)
{
    const auto lacks = [](const QStringList &from, const QStringList &in) {
        return std::any_of(from.begin(), from.end(), [&in](const QString &word) {
            return !std::binary_search(in.begin(), in.end(), word);
        });
    };
    return lacks(a.identifiers, b.identifiers) && lacks(b.identifiers, a.identifiers);
}

bool sameDecision(const TextFingerprint &a, const TextFingerprint &b, double *similarityOut)
{
    const double value = similarity(a.shingles, b.shingles);
    if (similarityOut)
        *similarityOut = value;
    return value >= sameTextThreshold && !identifiersConflict(a, b);
}

} // namespace casebench::fingerprint
