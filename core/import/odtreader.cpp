// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtreader.h"

#include "odtliststyles.h"
#include "packagexml.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using packagexml::attribute;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::OdtReader)
};

ReadResult failure(const QString &message)
{
    ReadResult result;
    result.error = message;
    return result;
}

/// Reads office:text of content.xml into paragraphs, numbering lists as their styles say.
class BodyReader
{
public:
    BodyReader(OdtListStyles &styles, int maxDepth, qint64 maxText)
        : m_styles(styles), m_maxDepth(maxDepth), m_maxText(maxText)
    {}

    /// Reads list styles from styles.xml (errors there are the caller's to report).
    bool readStyles(const QByteArray &bytes, const QString &fileName, QString &problem);
    bool readContent(const QByteArray &bytes, const QString &fileName, QString &problem);

    QStringList blocks;
    QStringList notes;

private:
    struct List
    {
        QString style;
    };
    using Table = packagexml::Table;

    void startElement(QXmlStreamReader &xml, packagexml::XmlGuard &guard);
    void endElement(QStringView name);
    void startParagraph(QXmlStreamReader &xml, bool heading);
    void endParagraph();
    void emitBlock(const QString &text);
    QString &target() { return m_inNote ? m_noteParagraph : m_paragraph; }

    OdtListStyles &m_styles;
    int m_maxDepth;
    qint64 m_maxText;
    qint64 m_textRead = 0; ///< characters of text in the parts read so far
    bool m_inBody = false;
    int m_paragraphDepth = 0; ///< open text:p/text:h (note paragraphs nest inside body ones)

    QList<List> m_lists;
    QList<int> m_counters;                     ///< the current top-level list's, one per level
    QHash<QString, QList<int>> m_lastCounters; ///< per style, for continue-numbering
    bool m_labelPending = false;
    QList<int> m_outlineCounters;

    QString m_paragraph;
    QString m_label;
    QList<Table> m_tables;
    bool m_inNote = false;
    QString m_noteParagraph;
    QStringList m_noteParagraphs;
};

bool BodyReader::readStyles(const QByteArray &bytes, const QString &fileName, QString &problem)
{
    QXmlStreamReader xml(bytes);
    packagexml::XmlGuard guard(m_maxDepth, m_maxText, m_textRead);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!guard.track(xml))
            break;
        if (xml.isStartElement())
            m_styles.handleStartElement(xml);
        else if (xml.isEndElement())
            m_styles.handleEndElement(xml.name());
    }
    m_textRead = guard.text();
    if (xml.hasError()) {
        problem = packagexml::xmlProblem(fileName, u"styles.xml"_s, xml, guard);
        return false;
    }
    return true;
}

bool BodyReader::readContent(const QByteArray &bytes, const QString &fileName, QString &problem)
{
    QXmlStreamReader xml(bytes);
    packagexml::XmlGuard guard(m_maxDepth, m_maxText, m_textRead);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!guard.track(xml))
            break;
        if (xml.isStartElement()) {
            startElement(xml, guard);
        } else if (xml.isEndElement()) {
            endElement(xml.name());
        } else if (xml.isCharacters() && m_paragraphDepth > 0) {
            target() += xml.text();
        }
    }
    m_textRead = guard.text();
    if (xml.hasError()) {
        problem = packagexml::xmlProblem(fileName, u"content.xml"_s, xml, guard);
        return false;
    }
    return true;
}

void BodyReader::startElement(QXmlStreamReader &xml, packagexml::XmlGuard &guard)
{
    static const QSet<QString> skipped{
        u"tracked-changes"_s,
        u"annotation"_s,
        u"table-of-content"_s,
        u"alphabetical-index"_s,
        u"illustration-index"_s,
        u"bibliography"_s,
        u"note-citation"_s,
        u"sequence-decls"_s,
        u"forms"_s,
        u"user-index"_s,
        u"object-index"_s,
        u"table-index"_s,
        u"desc"_s,
        u"title"_s,
        u"annotation-end"_s,
    };
    const QStringView name = xml.name();
    if (!m_inBody) {
        if (name == u"text" && xml.namespaceUri().endsWith(u"office:1.0"))
            m_inBody = true;
        else
            m_styles.handleStartElement(xml);
        return;
    }
    if (skipped.contains(name.toString())
        || (name == u"number" && (m_inNote || !m_lists.isEmpty()))) {
        xml.skipCurrentElement();
        guard.track(xml);
        return;
    }
    if (name == u"p" || name == u"h") {
        startParagraph(xml, name == u"h");
    } else if (name == u"s") {
        const int count = qBound(1, attribute(xml, u"c").toInt(), 100);
        if (m_paragraphDepth > 0)
            target() += QString(count, u' ');
    } else if (name == u"tab") {
        target() += u'\t';
    } else if (name == u"line-break") {
        target() += u'\n';
    } else if (name == u"note") {
        if (!m_inNote) {
            m_paragraph += u'[' + QString::number(notes.size() + 1) + u']';
            m_inNote = true;
            m_noteParagraphs.clear();
            notes.append(QString());
        }
    } else if (name == u"list") {
        const QString style = attribute(xml, u"style-name");
        if (m_lists.isEmpty()) {
            const bool continues = attribute(xml, u"continue-numbering") == u"true"
                                   || !attribute(xml, u"continue-list").isEmpty();
            m_counters = continues ? m_lastCounters.value(style) : QList<int>{};
        }
        m_lists.append(List{style.isEmpty() && !m_lists.isEmpty() ? m_lists.last().style : style});
    } else if (name == u"list-item" && !m_lists.isEmpty()) {
        const int depth = qMin(static_cast<int>(m_lists.size()), OdtListStyles::maxLevels);
        const QString &style = m_lists.first().style;
        while (m_counters.size() < depth)
            m_counters.append(m_styles.level(style, static_cast<int>(m_counters.size()) + 1).start
                              - 1);
        m_counters.resize(depth);
        const QString startValue = attribute(xml, u"start-value");
        m_counters[depth - 1] = startValue.isEmpty() ? m_counters.at(depth - 1) + 1
                                                     : qBound(0, startValue.toInt(), 1000000);
        m_labelPending = true;
    } else if (name == u"list-header") {
        m_labelPending = false;
    } else if (name == u"table") {
        m_tables.append(Table{});
    } else if (name == u"table-row" && !m_tables.isEmpty()) {
        m_tables.last().rows.append(QStringList{});
    } else if ((name == u"table-cell" || name == u"covered-table-cell") && !m_tables.isEmpty()
               && !m_tables.last().rows.isEmpty()) {
        m_tables.last().rows.last().append(QString());
    }
}

void BodyReader::startParagraph(QXmlStreamReader &xml, bool heading)
{
    ++m_paragraphDepth;
    if (m_inNote) {
        m_noteParagraph.clear();
        return;
    }
    m_paragraph.clear();
    m_label.clear();
    if (heading) {
        // Headings number through the outline style; a cached text:number is used instead when
        // the writer stored one (it is read as text).
        const int level = qBound(1, attribute(xml, u"outline-level").toInt(),
                                 OdtListStyles::maxLevels);
        const OdtListStyles::Level style = m_styles.level(OdtListStyles::outlineStyle, level);
        if (style.style != packagexml::NumberStyle::None) {
            while (m_outlineCounters.size() < level)
                m_outlineCounters.append(m_styles
                                             .level(OdtListStyles::outlineStyle,
                                                    static_cast<int>(m_outlineCounters.size()) + 1)
                                             .start
                                         - 1);
            m_outlineCounters.resize(level);
            m_outlineCounters[level - 1] += 1;
            m_label = m_styles.label(OdtListStyles::outlineStyle, m_outlineCounters);
        }
    } else if (m_labelPending && !m_lists.isEmpty()) {
        m_label = m_styles.label(m_lists.first().style, m_counters);
    }
    m_labelPending = false;
}

void BodyReader::endParagraph()
{
    m_paragraphDepth = qMax(0, m_paragraphDepth - 1);
    if (m_inNote) {
        const QString text = packagexml::tidyParagraph(m_noteParagraph);
        if (!text.isEmpty())
            m_noteParagraphs.append(text);
        return;
    }
    QString text = packagexml::tidyParagraph(m_paragraph);
    if (text.isEmpty())
        return;
    // A heading may carry its number as text already (text:number).
    if (!m_label.isEmpty() && !text.startsWith(m_label))
        text = m_label + u' ' + text;
    if (!m_tables.isEmpty()) {
        packagexml::appendToLastCell(m_tables.last(), text);
        return;
    }
    emitBlock(text);
}

void BodyReader::emitBlock(const QString &text)
{
    blocks.append(text);
}

void BodyReader::endElement(QStringView name)
{
    if (!m_inBody) {
        m_styles.handleEndElement(name);
        return;
    }
    if (name == u"p" || name == u"h") {
        endParagraph();
    } else if (name == u"note" && m_inNote) {
        m_inNote = false;
        notes.last() = m_noteParagraphs.join(u' ');
    } else if (name == u"list" && !m_lists.isEmpty()) {
        const List list = m_lists.takeLast();
        if (m_lists.isEmpty())
            m_lastCounters.insert(list.style, m_counters);
    } else if (name == u"table" && !m_tables.isEmpty()) {
        const QString text = packagexml::tableText(m_tables.takeLast());
        if (!m_tables.isEmpty()) {
            Table &outer = m_tables.last();
            if (!outer.rows.isEmpty() && !outer.rows.last().isEmpty())
                outer.rows.last().last() += u' ' + QString(text).replace(u'\t', u' ');
        } else if (!text.isEmpty()) {
            emitBlock(text);
        }
    } else if (name == u"text") {
        m_inBody = false;
    }
}

} // namespace

ReadResult OdtReader::read(const QByteArray &bytes, const QString &fileName,
                           const ImportLimits &limits)
{
    ZipArchive archive(bytes, fileName, Tr::tr("OpenDocument text"), limits);
    if (!archive.open())
        return failure(archive.error());
    if (!archive.contains(u"content.xml"_s)) {
        return failure(Tr::tr("“%1” cannot be imported: it is not an OpenDocument text (it has no "
                              "content.xml).")
                           .arg(fileName));
    }
    const int depth = limits.maxHtmlDepth;
    QString problem;
    OdtListStyles styles;
    BodyReader reader(styles, depth, limits.maxTextCharacters);
    if (archive.contains(u"styles.xml"_s)) {
        const auto xml = archive.read(u"styles.xml"_s);
        if (!xml)
            return failure(archive.error());
        if (!reader.readStyles(*xml, fileName, problem))
            return failure(problem);
    }
    const auto content = archive.read(u"content.xml"_s);
    if (!content)
        return failure(archive.error());
    if (!reader.readContent(*content, fileName, problem))
        return failure(problem);

    ExtractedText extracted;
    extracted.format = DocumentFormat::Odt;
    extracted.text = packagexml::joinBlocks(reader.blocks, reader.notes);
    if (archive.contains(u"meta.xml"_s)) {
        if (const auto meta = archive.read(u"meta.xml"_s))
            extracted.title = packagexml::readTitle(*meta, fileName, u"meta.xml"_s,
                                                    limits.maxHtmlDepth, limits.maxTextCharacters,
                                                    problem);
        if (!problem.isEmpty())
            return failure(problem);
    }
    if (extracted.text.trimmed().isEmpty())
        return failure(
            Tr::tr("“%1” cannot be imported: the document holds no text.").arg(fileName));
    ReadResult result;
    result.extracted = std::move(extracted);
    return result;
}

} // namespace casebench
