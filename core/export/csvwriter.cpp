// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

using namespace Qt::StringLiterals;

namespace casebench {

bool CsvWriter::looksLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
           || first == u'\r';
}

QString CsvWriter::quoted(const QString &field)
{
    QString value = looksLikeFormula(field) ? u'\'' + field : field;
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells.append(quoted(field));
    m_text += cells.join(u',') + u"\r\n"_s;
    ++m_rows;
}

QByteArray CsvWriter::data() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace casebench
