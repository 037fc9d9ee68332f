// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxreader.h"

#include "docxnumbering.h"
#include "packagexml.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using packagexml::attribute;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::DocxReader)
};

/// A paragraph style's numbering, followed through its basedOn chain.
struct ParagraphStyle
{
    QString basedOn;
    QString numId;
    int ilvl = 0;
};

/// Reads a WordprocessingML part (the body, footnotes or endnotes) into paragraphs.
class PartReader
{
public:
    PartReader(DocxNumbering &numbering, const QHash<QString, ParagraphStyle> &styles,
               QHash<QString, int> &noteNumbers, int maxDepth, qint64 maxText, qint64 textBefore)
        : textRead(textBefore), m_numbering(numbering), m_styles(styles),
          m_noteNumbers(noteNumbers), m_maxDepth(maxDepth), m_maxText(maxText)
    {}

    /// False with `problem` set when the part is malformed or too deep.
    bool read(const QByteArray &bytes, const QString &fileName, const QString &part,
              QString &problem);

    QStringList blocks;            ///< the body's paragraphs and tables, in order
    QHash<QString, QString> notes; ///< footnote or endnote id → its text
    /// Characters of text in the document's parts so far, this one included once read.
    qint64 textRead;

private:
    using Table = packagexml::Table;

    void startParagraph();
    void endParagraph();
    void emitBlock(const QString &text);
    QString numberLabel();

    DocxNumbering &m_numbering;
    const QHash<QString, ParagraphStyle> &m_styles;
    QHash<QString, int> &m_noteNumbers;
    int m_maxDepth;
    qint64 m_maxText;

    QString m_paragraph;
    QString m_styleId;
    QString m_numId;
    int m_ilvl = -1;
    QList<Table> m_tables;
    QString m_noteId;
    QStringList m_noteParagraphs;
};

void PartReader::startParagraph()
{
    m_paragraph.clear();
    m_styleId.clear();
    m_numId.clear();
    m_ilvl = -1;
}

QString PartReader::numberLabel()
{
    QString numId = m_numId;
    int ilvl = m_ilvl;
    // Numbering may come from the paragraph's style (headings often number this way).
    QString styleId = m_styleId;
    for (int hops = 0; numId.isNull() && !styleId.isEmpty() && hops < 20; ++hops) {
        const ParagraphStyle style = m_styles.value(styleId);
        if (!style.numId.isNull()) {
            numId = style.numId;
            if (ilvl < 0)
                ilvl = style.ilvl;
        }
        styleId = style.basedOn;
    }
    if (numId.isEmpty() || numId == u"0")
        return {};
    return m_numbering.next(numId, qMax(ilvl, 0));
}

void PartReader::endParagraph()
{
    QString text = packagexml::tidyParagraph(m_paragraph);
    const QString label = numberLabel();
    if (text.isEmpty())
        return;
    if (!label.isEmpty())
        text = label + u' ' + text;
    if (!m_tables.isEmpty()) {
        packagexml::appendToLastCell(m_tables.last(), text);
        return;
    }
    emitBlock(text);
}

void PartReader::emitBlock(const QString &text)
{
    if (!m_noteId.isNull())
        m_noteParagraphs.append(text);
    else
        blocks.append(text);
}

bool PartReader::read(const QByteArray &bytes, const QString &fileName, const QString &part,
                      QString &problem)
{
    QXmlStreamReader xml(bytes);
    packagexml::XmlGuard guard(m_maxDepth, m_maxText, textRead);
    bool inParagraphProperties = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!guard.track(xml))
            break;
        const QStringView name = xml.name();
        if (xml.isEndElement()) {
            if (name == u"p") {
                endParagraph();
            } else if (name == u"pPr") {
                inParagraphProperties = false;
            } else if (name == u"tbl" && !m_tables.isEmpty()) {
                const QString text = packagexml::tableText(m_tables.takeLast());
                if (!m_tables.isEmpty()) {
                    Table &outer = m_tables.last();
                    if (!outer.rows.isEmpty() && !outer.rows.last().isEmpty())
                        outer.rows.last().last() += u' ' + QString(text).replace(u'\t', u' ');
                } else if (!text.isEmpty()) {
                    emitBlock(text);
                }
            } else if ((name == u"footnote" || name == u"endnote") && !m_noteId.isNull()) {
                notes.insert(m_noteId, m_noteParagraphs.join(u' '));
                m_noteId = QString();
                m_noteParagraphs.clear();
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (name == u"p") {
            startParagraph();
        } else if (name == u"pPr") {
            inParagraphProperties = true;
        } else if (inParagraphProperties) {
            if (name == u"pStyle")
                m_styleId = attribute(xml, u"val");
            else if (name == u"numId")
                m_numId = attribute(xml, u"val");
            else if (name == u"ilvl")
                m_ilvl = qBound(0, attribute(xml, u"val").toInt(), 8);
        } else if (name == u"t") {
            m_paragraph += packagexml::elementText(xml, guard);
        } else if (name == u"tab" || name == u"ptab") {
            m_paragraph += u'\t';
        } else if (name == u"br" || name == u"cr") {
            m_paragraph += u'\n';
        } else if (name == u"noBreakHyphen") {
            m_paragraph += u'-';
        } else if (name == u"delText" || name == u"instrText" || name == u"del"
                   || name == u"moveFrom") {
            // Deleted text and field codes are not what the document shows.
            xml.skipCurrentElement();
            guard.track(xml);
        } else if (name == u"footnoteReference" || name == u"endnoteReference") {
            const QString key = name.toString() + u':' + attribute(xml, u"id");
            int number = m_noteNumbers.value(key);
            if (number == 0) {
                number = static_cast<int>(m_noteNumbers.size()) + 1;
                m_noteNumbers.insert(key, number);
            }
            m_paragraph += u'[' + QString::number(number) + u']';
        } else if (name == u"footnote" || name == u"endnote") {
            const QString type = attribute(xml, u"type");
            if (type.isEmpty() || type == u"normal")
                m_noteId = name.toString() + u"Reference:" + attribute(xml, u"id");
        } else if (name == u"tbl") {
            m_tables.append(Table{});
        } else if (name == u"tr" && !m_tables.isEmpty()) {
            m_tables.last().rows.append(QStringList{});
        } else if (name == u"tc" && !m_tables.isEmpty() && !m_tables.last().rows.isEmpty()) {
            m_tables.last().rows.last().append(QString());
        }
    }
    textRead = guard.text();
    if (xml.hasError()) {
        problem = packagexml::xmlProblem(fileName, part, xml, guard);
        return false;
    }
    return true;
}

/// The paragraph styles; a damaged styles part costs only heading numbering, so it refuses the
/// document (with `problem` set) only when it breaks a limit.
QHash<QString, ParagraphStyle> readStyles(const QByteArray &bytes, const QString &fileName,
                                          const ImportLimits &limits, QString &problem)
{
    QHash<QString, ParagraphStyle> styles;
    QXmlStreamReader xml(bytes);
    packagexml::XmlGuard guard(limits.maxHtmlDepth, limits.maxTextCharacters);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!guard.track(xml))
            break;
        if (xml.isEndElement() && xml.name() == u"style")
            current.clear();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"style") {
            current = attribute(xml, u"type") == u"paragraph" ? attribute(xml, u"styleId")
                                                              : QString();
            if (!current.isNull())
                styles[current];
        } else if (!current.isNull()) {
            ParagraphStyle &style = styles[current];
            const QString val = attribute(xml, u"val");
            if (name == u"basedOn")
                style.basedOn = val;
            else if (name == u"numId")
                style.numId = val;
            else if (name == u"ilvl")
                style.ilvl = qBound(0, val.toInt(), 8);
        }
    }
    if (guard.exceeded())
        problem = packagexml::xmlProblem(fileName, u"word/styles.xml"_s, xml, guard);
    return styles;
}

ReadResult failure(const QString &message)
{
    ReadResult result;
    result.error = message;
    return result;
}

} // namespace

ReadResult DocxReader::read(const QByteArray &bytes, const QString &fileName,
                            const ImportLimits &limits)
{
    ZipArchive archive(bytes, fileName, Tr::tr("Word document"), limits);
    if (!archive.open())
        return failure(archive.error());
    const QString body = u"word/document.xml"_s;
    if (!archive.contains(body)) {
        return failure(Tr::tr("“%1” cannot be imported: it is not a Word document (it has no "
                              "word/document.xml).")
                           .arg(fileName));
    }
    const int depth = limits.maxHtmlDepth;
    QString problem;

    DocxNumbering numbering;
    if (archive.contains(u"word/numbering.xml"_s)) {
        const auto xml = archive.read(u"word/numbering.xml"_s);
        if (!xml)
            return failure(archive.error());
        if (!numbering.parse(*xml, depth, limits.maxTextCharacters, fileName, problem))
            return failure(problem);
    }
    QHash<QString, ParagraphStyle> styles;
    if (archive.contains(u"word/styles.xml"_s)) {
        const auto xml = archive.read(u"word/styles.xml"_s);
        if (!xml)
            return failure(archive.error());
        styles = readStyles(*xml, fileName, limits, problem);
        if (!problem.isEmpty())
            return failure(problem);
    }

    // The text of all parts together is held to the limit of one document.
    const qint64 maxText = limits.maxTextCharacters;
    QHash<QString, int> noteNumbers;
    PartReader main(numbering, styles, noteNumbers, depth, maxText, 0);
    const auto document = archive.read(body);
    if (!document)
        return failure(archive.error());
    if (!main.read(*document, fileName, body, problem))
        return failure(problem);
    qint64 textRead = main.textRead;

    QHash<QString, QString> notes;
    for (const QString &part : {u"word/footnotes.xml"_s, u"word/endnotes.xml"_s}) {
        if (!archive.contains(part))
            continue;
        const auto xml = archive.read(part);
        if (!xml)
            return failure(archive.error());
        PartReader reader(numbering, styles, noteNumbers, depth, maxText, textRead);
        if (!reader.read(*xml, fileName, part, problem))
            return failure(problem);
        textRead = reader.textRead;
        notes.insert(reader.notes);
    }
    QStringList noteTexts(noteNumbers.size());
    for (auto it = noteNumbers.cbegin(); it != noteNumbers.cend(); ++it)
        noteTexts[it.value() - 1] = notes.value(it.key());

    ExtractedText extracted;
    extracted.format = DocumentFormat::Docx;
    extracted.text = packagexml::joinBlocks(main.blocks, noteTexts);
    if (archive.contains(u"docProps/core.xml"_s)) {
        if (const auto core = archive.read(u"docProps/core.xml"_s))
            extracted.title = packagexml::readTitle(*core, fileName, u"docProps/core.xml"_s,
                                                    limits.maxHtmlDepth, limits.maxTextCharacters,
                                                    problem);
        if (!problem.isEmpty())
            return failure(problem);
    }
    if (extracted.text.trimmed().isEmpty()) {
        return failure(
            Tr::tr("“%1” cannot be imported: the document holds no text.").arg(fileName));
    }
    const int missing = static_cast<int>(noteTexts.count(QString()));
    if (missing > 0) {
        extracted.warnings.append(
            QCoreApplication::translate("casebench",
                                        "“%1” refers to %n note(s) that the document does not "
                                        "hold.",
                                        nullptr, missing)
                .arg(fileName));
    }
    ReadResult result;
    result.extracted = std::move(extracted);
    return result;
}

} // namespace casebench
