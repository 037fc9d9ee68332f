// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the XML readers share: reading a part as XML under the limits (no DTD, nesting, text),
// looking up attributes by local name, and writing list numbers the way word processors do.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QXmlStreamReader;

namespace casebench::packagexml {

/// The styles of list number both formats know.
enum class NumberStyle {
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    None
};

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

/// What every XML reader of an untrusted file calls after each readNext() (DOCX and ODT parts,
/// project.qde of a REFI-QDA project, and any XML read in future): refuses a DTD at its token
/// (so no entity can be declared, let alone expanded a billion times), elements nested deeper
/// than `maxDepth`, and more than `maxText` characters of text in the part (with the parts read
/// before it, when the guard is given their count). Once a limit is
/// passed, track() raises an error on the reader and returns false; xmlProblem() then says which.
class XmlGuard
{
public:
    enum class Breach { None, Dtd, Depth, Text };

    /// `textBefore`: characters the document's earlier parts held, which count towards
    /// `maxText` too.
    XmlGuard(int maxDepth, qint64 maxText, qint64 textBefore = 0)
        : m_maxDepth(maxDepth), m_maxText(maxText), m_text(textBefore)
    {}
    bool track(QXmlStreamReader &xml);
    /// For text a reader took without track() seeing it (readElementText and the like).
    bool countText(QXmlStreamReader &xml, qsizetype characters);
    [[nodiscard]] bool exceeded() const { return m_breach != Breach::None; }
    [[nodiscard]] Breach breach() const { return m_breach; }
    [[nodiscard]] int maxDepth() const { return m_maxDepth; }
    [[nodiscard]] qint64 maxText() const { return m_maxText; }
    /// Characters of text met so far, those of earlier parts included.
    [[nodiscard]] qint64 text() const { return m_text; }

private:
    bool refuse(QXmlStreamReader &xml, Breach breach);

    int m_maxDepth;
    qint64 m_maxText;
    qint64 m_text;
    int m_depth = 0;
    Breach m_breach = Breach::None;
};

/// The text inside the current start element, child elements included (as
/// readElementText(IncludeChildElements)), every token passing through `guard`; the reader is
/// left at the matching end element.
QString elementText(QXmlStreamReader &xml, XmlGuard &guard);

/// The text of the first <title> element (any namespace) in a metadata part, simplified; empty
/// when there is none or the part is damaged (a title is not worth refusing a document for), and
/// `problem` set to xmlProblem() when the part breaks a limit of XmlGuard.
QString readTitle(const QByteArray &bytes, const QString &fileName, const QString &part,
                  int maxDepth, qint64 maxText, QString &problem);

/// One sentence for a part that did not parse or broke a limit: "“a.docx” cannot be imported:
/// its part “word/document.xml” is not well-formed XML (line 3: …)."
QString xmlProblem(const QString &fileName, const QString &part, const QXmlStreamReader &xml,
                   const XmlGuard &guard);

/// The phrase for a breach of the guard's limits in `part` ("project.qde declares a DTD, which
/// Casebench refuses …"), without the file name; empty when no limit was broken.
QString limitProblem(const QString &part, const XmlGuard &guard);

} // namespace casebench::packagexml
