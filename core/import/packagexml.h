// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the DOCX and ODT readers share: reading a package part as XML under the nesting limit,
// looking up attributes by local name, and writing list numbers the way word processors do.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QXmlStreamReader;

namespace casebench::packagexml {

/// The styles of list number both formats know.
enum class NumberStyle { Decimal, DecimalZero, LowerLetter, UpperLetter, LowerRoman, UpperRoman,
                         Bullet, None };

/// Word's numFmt value ("lowerRoman") or ODF's style:num-format value ("i").
NumberStyle numberStyleFromWord(QStringView numFmt);
NumberStyle numberStyleFromOdf(QStringView numFormat);

/// `n` written in `style`: 3 → "3", "c", "C", "iii", "III"; 28 → "bb" in letters, as Word and
/// LibreOffice count past z; a bullet is "•"; None is empty.
QString formatNumber(int n, NumberStyle style);

/// The value of the attribute with this local name, whatever its prefix.
QString attribute(const QXmlStreamReader &xml, QStringView localName);

/// Joins the paragraphs of a document into its text: blank lines between them, then the notes
/// as "[1] …" paragraphs at the end.
QString joinBlocks(const QStringList &blocks, const QStringList &notes);

/// A table as read from a package: rows of cell texts.
struct Table
{
    QList<QStringList> rows;
};

/// Adds a paragraph's text to the table's last cell (after a space when the cell has text);
/// nothing when no cell has been opened yet.
void appendToLastCell(Table &table, const QString &text);

/// A table as text: one line per row, cells separated by tabs (tabs and line breaks inside a
/// cell become spaces); trailing empty cells and empty rows are dropped.
QString tableText(const Table &table);

/// Collapses runs of spaces and tabs inside a paragraph and trims it, keeping single tabs
/// (table cells) and line breaks.
QString tidyParagraph(const QString &text);

/// Reads elements nested no deeper than `maxDepth`; call after each readNext(). False (and the
/// reader raised an error) once the limit is passed.
class DepthGuard
{
public:
    explicit DepthGuard(int maxDepth) : m_maxDepth(maxDepth) { }
    bool track(QXmlStreamReader &xml);
    [[nodiscard]] bool exceeded() const { return m_exceeded; }

private:
    int m_maxDepth;
    int m_depth = 0;
    bool m_exceeded = false;
};

/// One sentence for a part that did not parse: "“a.docx” cannot be imported: its part
/// “word/document.xml” is not well-formed XML (line 3: …)."
QString xmlProblem(const QString &fileName, const QString &part, const QXmlStreamReader &xml,
                   const DepthGuard &guard, int maxDepth);

} // namespace casebench::packagexml
