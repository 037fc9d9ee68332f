// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphmarker.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebench::paragraphmarker {

namespace {

struct Pattern
{
    QRegularExpression re;
    ParagraphKind kind;
    bool subLevels;
};

// Each pattern captures the number in group 1 and ends at the marker's trailing space (or the
// end of the line, for a number standing alone on its line). Order matters: "12.1" before "12.".
const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = [] {
        const auto re = [](const char16_t *p) { return QRegularExpression(QString::fromUtf16(p)); };
        return QList<Pattern>{
            {re(u"^(?:[•·▪●◦‣∙]\\s*|[*\\-–—](?:\\s+|$))"), ParagraphKind::ListItem, false},
            {re(u"^(\\d{1,3}(?:\\.\\d{1,3}){2,3})\\.?(?:\\s+|$)"), ParagraphKind::Particular, true},
            {re(u"^(\\d{1,3}\\.\\d{1,3})\\.?(?:\\s+|$)"), ParagraphKind::Numbered, true},
            {re(u"^(\\d{1,3})\\.(?:\\s+|$)"), ParagraphKind::Numbered, false},
            {re(u"^(\\d{1,3}\\s?\\((?:[a-z]|[ivx]{1,5})\\)(?:\\s?\\([ivx]{1,5}\\))?)[.:]?(?:\\s+|$)"),
             ParagraphKind::Particular, true},
            {re(u"^(\\d{1,3}[a-z])[.)]?(?:\\s+|$)"), ParagraphKind::Particular, true},
            {re(u"^\\(([a-z]|[ivxl]{1,6})\\)(?:\\s+|$)"), ParagraphKind::Particular, false},
            {re(u"^([a-z]|[ivxl]{1,6})[.)](?:\\s+|$)"), ParagraphKind::Particular, false},
            {re(u"^([A-Z]\\d{1,2}(?:\\.\\d{1,2})+)(?:\\s+|$)"), ParagraphKind::Particular, true},
        };
    }();
    return list;
}

} // namespace

std::optional<Marker> parse(QStringView line)
{
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.re.match(line);
        if (!m.hasMatch())
            continue;
        Marker marker;
        marker.kind = p.kind;
        marker.number = p.kind == ParagraphKind::ListItem ? QString() : m.captured(1);
        marker.number.remove(u' ');
        marker.length = static_cast<int>(m.capturedLength(0));
        marker.hasSubLevels = p.subLevels;
        return marker;
    }
    return std::nullopt;
}

bool isRoman(QStringView token, QStringView previousLetter)
{
    static const QRegularExpression roman(u"^(?:x{0,3})(?:ix|iv|v?i{0,3})$"_s);
    if (token.isEmpty() || !roman.match(token).hasMatch())
        return false;
    if (token.size() > 1)
        return true;
    // A single i, v or x follows h, u or w when it is a letter.
    if (previousLetter.size() == 1 && previousLetter.at(0).unicode() + 1 == token.at(0).unicode())
        return false;
    return true;
}

} // namespace casebench::paragraphmarker
