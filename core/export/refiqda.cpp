// SPDX-License-Identifier: GPL-3.0-or-later
#include "refiqda.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::refiqda {

namespace {

// Casebench's own namespace for name-based GUIDs (a fixed random UUID).
const QUuid guidNamespace(u"6d1f3c2a-8b4e-4f57-9a0c-2e5b7d9c1f48"_s);

} // namespace

QString stableGuid(QStringView kind, const QString &name)
{
    const QString seed = kind.toString() + u'/' + name;
    return QUuid::createUuidV5(guidNamespace, seed).toString(QUuid::WithoutBraces);
}

bool isGuid(QStringView text)
{
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return false;
    // QUuid also accepts other spellings; the standard wants 8-4-4-4-12, braces optional.
    const qsizetype length = text.size();
    return length == 36 || (length == 38 && text.front() == u'{' && text.back() == u'}');
}

QString normalisedGuid(QStringView text)
{
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? text.toString().toLower() : uuid.toString(QUuid::WithoutBraces);
}

qsizetype toCodePoints(QStringView text, qsizetype utf16Offset)
{
    const qsizetype end = qMin(utf16Offset, text.size());
    qsizetype count = 0;
    for (qsizetype i = 0; i < end; ++i) {
        // The low half of a pair belongs to the code point its high half began.
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            continue;
        ++count;
    }
    return count;
}

qsizetype toUtf16(QStringView text, qsizetype codePoint)
{
    if (codePoint < 0)
        return -1;
    qsizetype i = 0;
    for (qsizetype seen = 0; seen < codePoint; ++seen) {
        if (i >= text.size())
            return -1;
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size()
                          && text.at(i + 1).isLowSurrogate();
        i += pair ? 2 : 1;
    }
    return i;
}

qsizetype codePointLength(QStringView text)
{
    return toCodePoints(text, text.size());
}

PositionIndex::PositionIndex(QStringView text) : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairCodePoint.append(i - m_pairUtf16.size());
            m_pairUtf16.append(i);
            ++i;
        }
    }
    m_length = m_utf16Length - m_pairUtf16.size();
}

qsizetype PositionIndex::toCodePoints(qsizetype utf16Offset) const
{
    const qsizetype offset = qBound(qsizetype(0), utf16Offset, m_utf16Length);
    // Pairs whose low surrogate lies before the offset count one unit less each.
    const auto before = std::lower_bound(m_pairUtf16.cbegin(), m_pairUtf16.cend(), offset - 1);
    return offset - (before - m_pairUtf16.cbegin());
}

qsizetype PositionIndex::toUtf16(qsizetype codePoint) const
{
    if (codePoint < 0 || codePoint > m_length)
        return -1;
    const auto before = std::lower_bound(m_pairCodePoint.cbegin(), m_pairCodePoint.cend(),
                                         codePoint);
    return codePoint + (before - m_pairCodePoint.cbegin());
}

} // namespace casebench::refiqda
