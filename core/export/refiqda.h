// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace casebench {

/// What the REFI-QDA exchange format (QDA-XML project 1.0) needs beyond Qt: its namespace, the
/// GUIDs Casebench gives its objects, and positions, which the standard counts in Unicode code
/// points where Casebench counts UTF-16 units.
namespace refiqda {

/// The XML namespace of project.qde.
inline constexpr QStringView projectNamespace = u"urn:QDA-XML:project:1.0";

/// A GUID that stays the same each time the same object is exported: a name-based (version 5)
/// UUID from `kind` ("factor", "document", …) and the object's stable name (its key or id).
[[nodiscard]] QString stableGuid(QStringView kind, const QString &name);

/// Whether `text` has the GUID form the standard allows (with or without braces).
[[nodiscard]] bool isGuid(QStringView text);
/// A GUID without braces, in lower case, for comparing references.
[[nodiscard]] QString normalisedGuid(QStringView text);

/// The number of code points in text[0, utf16Offset). An offset inside a surrogate pair counts
/// the pair as begun.
[[nodiscard]] qsizetype toCodePoints(QStringView text, qsizetype utf16Offset);
/// The UTF-16 offset of code point `codePoint`; -1 when it lies past the end of the text.
[[nodiscard]] qsizetype toUtf16(QStringView text, qsizetype codePoint);
/// The number of code points in the text.
[[nodiscard]] qsizetype codePointLength(QStringView text);

/// Converts many positions in one text between code points and UTF-16 in O(log n) each (the
/// functions above walk the text each time). Holds only where the surrogate pairs are.
class PositionIndex
{
public:
    explicit PositionIndex(QStringView text);
    /// As refiqda::toCodePoints.
    [[nodiscard]] qsizetype toCodePoints(qsizetype utf16Offset) const;
    /// As refiqda::toUtf16: -1 past the end.
    [[nodiscard]] qsizetype toUtf16(qsizetype codePoint) const;
    [[nodiscard]] qsizetype codePointLength() const { return m_length; }

private:
    QList<qsizetype> m_pairUtf16;     ///< UTF-16 offset of each pair's high surrogate
    QList<qsizetype> m_pairCodePoint; ///< code point index of each pair
    qsizetype m_utf16Length = 0;
    qsizetype m_length = 0;
};

} // namespace refiqda

} // namespace casebench
