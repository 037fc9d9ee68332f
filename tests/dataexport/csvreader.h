// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A strict RFC 4180 reader for the tests: it fails on anything the writer must never produce
// (a field not quoted, a stray quote, a row not ended by CRLF).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebench::test {

struct CsvTable
{
    bool ok = false;
    bool hasBom = false;
    QString problem;
    QList<QStringList> rows;
};

inline CsvTable readCsv(const QByteArray &bytes)
{
    CsvTable table;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        table.hasBom = true;
        data = data.mid(3);
    }
    const QString text = QString::fromUtf8(data);
    qsizetype i = 0;
    QStringList row;
    while (i < text.size()) {
        if (text.at(i) != u'"') {
            table.problem = QStringLiteral("unquoted field at %1").arg(i);
            return table;
        }
        ++i;
        QString field;
        for (;;) {
            if (i >= text.size()) {
                table.problem = QStringLiteral("unterminated field");
                return table;
            }
            if (text.at(i) == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            field += text.at(i++);
        }
        row.append(field);
        if (i < text.size() && text.at(i) == u',') {
            ++i;
            continue;
        }
        if (text.mid(i, 2) == QStringLiteral("\r\n")) {
            i += 2;
            table.rows.append(row);
            row.clear();
            continue;
        }
        table.problem = QStringLiteral("expected a comma or CRLF at %1").arg(i);
        return table;
    }
    if (!row.isEmpty()) {
        table.problem = QStringLiteral("last row not ended by CRLF");
        return table;
    }
    table.ok = true;
    return table;
}

} // namespace casebench::test
