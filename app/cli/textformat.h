// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/regulator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {
struct Sanction;
}

namespace casebench::cli {

/// Whitespace collapsed to single spaces and cut to at most maxLength characters, ending in "…"
/// when cut.
QString shorten(const QString &text, qsizetype maxLength);

/// Text wrapped at `width` columns (whitespace collapsed); lines after the first start with
/// `indent`. Empty text gives "-".
QString wrapped(const QString &text, qsizetype width, const QString &indent);

/// Every line of `text` prefixed with `indent`.
QString indented(const QString &text, const QString &indent);

/// "3 years", "1 year", "18 months".
QString durationText(int months);

/// ISO date, or "-" when unset.
QString dateText(const QDate &date);

/// The order in the regulator's own words with its duration: "Caution order, 3 years".
QString orderText(const Sanction &sanction, Regulator regulator);

/// Plain text columns, each as wide as its widest cell, separated by two spaces; the last
/// column is not padded.
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    /// Whether render() writes the header line (default true).
    void setHeaderVisible(bool visible) { m_headerVisible = visible; }
    [[nodiscard]] qsizetype rowCount() const { return m_rows.size(); }
    /// The table, one line per row; headerStart and headerEnd wrap the header line (emphasis).
    [[nodiscard]] QString render(const QString &headerStart = {},
                                 const QString &headerEnd = {}) const;

private:
    [[nodiscard]] QString line(const QStringList &cells, const QList<qsizetype> &widths) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    bool m_headerVisible = true;
};

} // namespace casebench::cli
