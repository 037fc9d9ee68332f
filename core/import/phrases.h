// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

/// How decisions write numbers, periods and dates, for the metadata extractor.
namespace casebench::phrases {

/// "12", "twelve", "twenty-four", "a"/"an" (one) → the number; nothing for other words.
std::optional<int> parseNumber(QStringView word);

/// A period found in text, in months: "three years" (36), "18 months", "12-month",
/// "two years and six months" (30), "a year" (12).
struct Duration
{
    int months = 0;
    qsizetype start = 0;
    qsizetype length = 0;
};

/// Every period in `text`, in order.
QList<Duration> findDurations(QStringView text);

/// A date or a run of dates: "3 July 2026", "Wednesday, 1 July 2026", "1 – 2 July 2026",
/// "16 June 2025 to 02 July 2025", "30 June – 2 July 2026", "01/07/2026", "2026-07-01".
struct DateSpan
{
    QDate first;
    QDate last; ///< equals first for a single date
    qsizetype start = 0;
    qsizetype length = 0;
};

/// Every valid date or range in `text`, in order.
QList<DateSpan> findDates(QStringView text);

} // namespace casebench::phrases
