// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagexml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace casebench::packagexml {

namespace {

QString letters(int n, char16_t first)
{
    // Word and LibreOffice repeat the letter past z: 27 → "aa", 28 → "bb".
    const int repeat = (n - 1) / 26 + 1;
    return QString(qMin(repeat, 50), QChar(static_cast<char16_t>(first + (n - 1) % 26)));
}

QString roman(int n)
{
    static constexpr std::array<std::pair<int, const char16_t *>, 13> table{{
        {1000, u"m"},
        {900, u"cm"},
        {500, u"d"},
        {400, u"cd"},
        {100, u"c"},
        {90, u"xc"},
        {50, u"l"},
        {40, u"xl"},
        {10, u"x"},
        {9, u"ix"},
        {5, u"v"},
        {4, u"iv"},
        {1, u"i"},
    }};
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    QString out;
    for (const auto &[value, digits] : table) {
        while (n >= value) {
            out += QString::fromUtf16(digits);
            n -= value;
        }
    }
    return out;
}

} // namespace

NumberStyle numberStyleFromWord(QStringView numFmt)
{
    if (numFmt == u"decimalZero")
        return NumberStyle::DecimalZero;
    if (numFmt == u"lowerLetter")
        return NumberStyle::LowerLetter;
    if (numFmt == u"upperLetter")
        return NumberStyle::UpperLetter;
    if (numFmt == u"lowerRoman")
        return NumberStyle::LowerRoman;
    if (numFmt == u"upperRoman")
        return NumberStyle::UpperRoman;
    if (numFmt == u"bullet")
        return NumberStyle::Bullet;
    if (numFmt == u"none")
        return NumberStyle::None;
    return NumberStyle::Decimal;
}

NumberStyle numberStyleFromOdf(QStringView numFormat)
{
    if (numFormat == u"a")
        return NumberStyle::LowerLetter;
    if (numFormat == u"A")
        return NumberStyle::UpperLetter;
    if (numFormat == u"i")
        return NumberStyle::LowerRoman;
    if (numFormat == u"I")
        return NumberStyle::UpperRoman;
    if (numFormat.isEmpty())
        return NumberStyle::None;
    return NumberStyle::Decimal;
}

QString formatNumber(int n, NumberStyle style)
{
    switch (style) {
    case NumberStyle::Decimal:
        return QString::number(n);
    case NumberStyle::DecimalZero:
        return n < 10 && n >= 0 ? u"0"_s + QString::number(n) : QString::number(n);
    case NumberStyle::LowerLetter:
        return n > 0 ? letters(n, u'a') : QString::number(n);
    case NumberStyle::UpperLetter:
        return n > 0 ? letters(n, u'A') : QString::number(n);
    case NumberStyle::LowerRoman:
        return roman(n);
    case NumberStyle::UpperRoman:
        return roman(n).toUpper();
    case NumberStyle::Bullet:
        return u"•"_s;
    case NumberStyle::None:
        return {};
    }
    return QString::number(n);
}

QString attribute(const QXmlStreamReader &xml, QStringView localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

void appendToLastCell(Table &table, const QString &text)
{
    if (table.rows.isEmpty() || table.rows.last().isEmpty())
        return;
    QString &cell = table.rows.last().last();
    if (!cell.isEmpty())
        cell += u' ';
    cell += text;
}

QString tableText(const Table &table)
{
    QStringList lines;
    for (const QStringList &row : table.rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(QString(cell).replace(u'\t', u' ').replace(u'\n', u' '));
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty())
            lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

QString joinBlocks(const QStringList &blocks, const QStringList &notes)
{
    QStringList all = blocks;
    for (qsizetype i = 0; i < notes.size(); ++i)
        all.append(u"[%1] %2"_s.arg(i + 1).arg(notes.at(i)));
    return all.join(u"\n\n"_s);
}

QString tidyParagraph(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u' ' || c == QChar(0xA0)) {
            if (!out.isEmpty() && !out.endsWith(u' ') && !out.endsWith(u'\n')
                && !out.endsWith(u'\t'))
                out += u' ';
        } else if (c == u'\n' || c == u'\t') {
            while (out.endsWith(u' '))
                out.chop(1);
            out += c;
        } else {
            out += c;
        }
    }
    return out.trimmed();
}

bool XmlGuard::refuse(QXmlStreamReader &xml, Breach breach)
{
    if (m_breach == Breach::None) {
        m_breach = breach;
        xml.raiseError(u"limit exceeded"_s);
    }
    return false;
}

bool XmlGuard::track(QXmlStreamReader &xml)
{
    if (m_breach != Breach::None)
        return false;
    switch (xml.tokenType()) {
    case QXmlStreamReader::DTD:
        // Refused before any entity it declares is referenced: no expansion ever happens.
        return refuse(xml, Breach::Dtd);
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_maxDepth)
            return refuse(xml, Breach::Depth);
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    case QXmlStreamReader::Characters:
        return countText(xml, xml.text().size());
    default:
        break;
    }
    return true;
}

bool XmlGuard::countText(QXmlStreamReader &xml, qsizetype characters)
{
    m_text += characters;
    if (m_text > m_maxText)
        return refuse(xml, Breach::Text);
    return m_breach == Breach::None;
}

QString elementText(QXmlStreamReader &xml, XmlGuard &guard)
{
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!guard.track(xml))
            break;
        if (xml.isCharacters() || xml.isEntityReference()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            ++depth;
        } else if (xml.isEndElement() && depth-- == 0) {
            break;
        }
    }
    return text;
}

QString readTitle(const QByteArray &bytes, const QString &fileName, const QString &part,
                  int maxDepth, qint64 maxText, QString &problem)
{
    QXmlStreamReader xml(bytes);
    XmlGuard guard(maxDepth, maxText);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!guard.track(xml))
            break;
        if (xml.isStartElement() && xml.name() == u"title") {
            const QString title = elementText(xml, guard).simplified();
            if (!guard.exceeded())
                return title;
        }
    }
    if (guard.exceeded())
        problem = xmlProblem(fileName, part, xml, guard);
    return {};
}

QString limitProblem(const QString &part, const XmlGuard &guard)
{
    switch (guard.breach()) {
    case XmlGuard::Breach::None:
        break;
    case XmlGuard::Breach::Dtd:
        return QCoreApplication::translate(
                   "casebench", "its part “%1” declares a DTD, which no document needs and "
                                "Casebench refuses (its entities could expand without end); the "
                                "file may be crafted")
            .arg(part);
    case XmlGuard::Breach::Depth:
        return QCoreApplication::translate(
                   "casebench", "its part “%1” nests elements more than %2 deep, which no real "
                                "document does; the file may be damaged or crafted")
            .arg(part)
            .arg(guard.maxDepth());
    case XmlGuard::Breach::Text:
        return QCoreApplication::translate(
                   "casebench", "its text passes the limit of %2 characters for one document "
                                "(in its part “%1”)")
            .arg(part)
            .arg(guard.maxText());
    }
    return {};
}

QString xmlProblem(const QString &fileName, const QString &part, const QXmlStreamReader &xml,
                   const XmlGuard &guard)
{
    if (guard.exceeded()) {
        return QCoreApplication::translate("casebench", "“%1” cannot be imported: %2.")
            .arg(fileName, limitProblem(part, guard));
    }
    return QCoreApplication::translate(
               "casebench",
               "“%1” cannot be imported: its part “%2” is not well-formed XML (line %3: %4); "
               "the file is damaged.")
        .arg(fileName, part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

} // namespace casebench::packagexml
