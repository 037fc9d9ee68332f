// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The PDF reader's layout rules, kept apart from Poppler so they can be tested on their own:
// dropping running heads, footers and page numbers, splitting lines into paragraphs, joining
// words hyphenated across line ends, and recording where each page starts.

#include <QList>
#include <QRectF>
#include <QString>

namespace casebench::pdflayout {

/// One line of a page as the PDF lays it out (points, y downwards).
struct Line
{
    QString text;
    QRectF box;
};

/// A document's text with the offsets at which pages 1, 2, … begin.
struct Layout
{
    QString text;
    QList<int> pageStarts;
};

/// The key under which a top or bottom line is compared across pages: lower case, spaces
/// collapsed, every run of digits (a page number, a date that changes) as "#".
QString furnitureKey(const QString &line);

/// The pages without the lines that repeat at the top or the bottom of most pages (running
/// heads, footers, "Page 3 of 10"). Needs at least two pages to tell.
QList<QList<Line>> withoutFurniture(const QList<QList<Line>> &pages);

/// The text: lines of a paragraph joined by "\n" (a word hyphenated across the line end joined
/// whole), paragraphs (a gap wider than the usual line spacing) by "\n\n", a paragraph running
/// across a page break kept whole.
Layout assemble(const QList<QList<Line>> &pages);

} // namespace casebench::pdflayout
