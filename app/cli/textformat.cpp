// SPDX-License-Identifier: GPL-3.0-or-later
#include "textformat.h"

#include "clicontext.h"
#include "model/sanction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::cli {

QString shorten(const QString &text, qsizetype maxLength)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxLength)
        return simple;
    return simple.left(std::max<qsizetype>(maxLength - 1, 0)).trimmed() + u'…';
}

QString wrapped(const QString &text, qsizetype width, const QString &indent)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return u"-"_s;
    QString result;
    qsizetype lineLength = 0;
    for (const QString &word : words) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            result += u'\n' + indent;
            lineLength = 0;
        } else if (lineLength > 0) {
            result += u' ';
            ++lineLength;
        }
        result += word;
        lineLength += word.size();
    }
    return result;
}

QString indented(const QString &text, const QString &indent)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (!line.isEmpty())
            line.prepend(indent);
    }
    return lines.join(u'\n');
}

QString durationText(int months)
{
    if (months > 0 && months % 12 == 0) {
        const int years = months / 12;
        return years == 1 ? Tr::tr("1 year") : Tr::tr("%1 years").arg(years);
    }
    return months == 1 ? Tr::tr("1 month") : Tr::tr("%1 months").arg(months);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s;
}

QString orderText(const Sanction &sanction, Regulator regulator)
{
    QString text = sanctionladder::regulatorTerm(sanction.type, regulator);
    if (sanction.durationMonths)
        text += u", "_s + durationText(*sanction.durationMonths);
    return text;
}

TextTable::TextTable(QStringList header) : m_header(std::move(header)) {}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append(std::move(cells));
}

QString TextTable::render(const QString &headerStart, const QString &headerEnd) const
{
    QList<qsizetype> widths;
    for (const QString &cell : m_header)
        widths.append(m_headerVisible ? cell.size() : 0);
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString text = m_headerVisible ? headerStart + line(m_header, widths) + headerEnd + u'\n'
                                   : QString();
    for (const QStringList &row : m_rows)
        text += line(row, widths) + u'\n';
    return text;
}

QString TextTable::line(const QStringList &cells, const QList<qsizetype> &widths) const
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool last = i == cells.size() - 1;
        text += last ? cells[i] : cells[i].leftJustified(widths[i] + 2);
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

} // namespace casebench::cli
