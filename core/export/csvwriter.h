// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace casebench {

/// Writes a table as RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark, CRLF line ends,
/// every field quoted, quotes doubled, line breaks kept inside the quotes. A field that a
/// spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a carriage return)
/// gets a leading apostrophe, so that opening the file never runs anything.
class CsvWriter
{
public:
    /// Appends one row (the header is a row like the others).
    void addRow(const QStringList &fields);
    /// The file's bytes: the byte-order mark and every row so far.
    [[nodiscard]] QByteArray data() const;
    [[nodiscard]] int rowCount() const { return m_rows; }

    /// A field as written: neutralised when it could be read as a formula, then quoted.
    [[nodiscard]] static QString quoted(const QString &field);
    /// True when a spreadsheet could take the field for a formula.
    [[nodiscard]] static bool looksLikeFormula(const QString &field);

private:
    QString m_text;
    int m_rows = 0;
};

} // namespace casebench
