// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltree.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casebench::detail {

QString HtmlNode::attribute(const QString &name) const
{
    for (const auto &[n, v] : attributes) {
        if (n == name)
            return v;
    }
    return {};
}

bool isVoidElement(const QString &tag)
{
    static const QSet<QString> set{u"area"_s,  u"base"_s,   u"br"_s,    u"col"_s,  u"embed"_s,
                                   u"hr"_s,    u"img"_s,    u"input"_s, u"link"_s, u"meta"_s,
                                   u"param"_s, u"source"_s, u"track"_s, u"wbr"_s};
    return set.contains(tag);
}

bool isBlockElement(const QString &tag)
{
    static const QSet<QString> set{
        u"p"_s,        u"div"_s,     u"section"_s, u"article"_s,    u"main"_s,    u"header"_s,
        u"footer"_s,   u"nav"_s,     u"aside"_s,   u"h1"_s,         u"h2"_s,      u"h3"_s,
        u"h4"_s,       u"h5"_s,      u"h6"_s,      u"ul"_s,         u"ol"_s,      u"li"_s,
        u"dl"_s,       u"dt"_s,      u"dd"_s,      u"table"_s,      u"tr"_s,      u"blockquote"_s,
        u"pre"_s,      u"address"_s, u"figure"_s,  u"figcaption"_s, u"hr"_s,      u"form"_s,
        u"fieldset"_s, u"body"_s,    u"caption"_s, u"details"_s,    u"summary"_s, u"center"_s,
        u"legend"_s};
    return set.contains(tag);
}

bool isDropped(const HtmlNode &node)
{
    static const QSet<QString> elements{
        u"head"_s,     u"script"_s, u"style"_s, u"noscript"_s, u"template"_s, u"nav"_s,
        u"header"_s,   u"footer"_s, u"aside"_s, u"form"_s,     u"button"_s,   u"select"_s,
        u"textarea"_s, u"iframe"_s, u"svg"_s,   u"math"_s,     u"canvas"_s,   u"object"_s,
        u"dialog"_s,   u"menu"_s,   u"title"_s, u"input"_s};
    if (elements.contains(node.tag))
        return true;
    static const QRegularExpression hiddenStyle(u"display\\s*:\\s*none|visibility\\s*:\\s*hidden"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression chrome(
        u"cookie|consent|gdpr|\\b(?:breadcrumbs?|skip-?link|share|sharing|social|newsletter|sidebar|navbar|menu|advert\\w*|promo)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> chromeRoles{u"navigation"_s,    u"banner"_s, u"contentinfo"_s,
                                           u"complementary"_s, u"search"_s, u"dialog"_s,
                                           u"alertdialog"_s};
    for (const auto &[name, value] : node.attributes) {
        if (name == u"hidden" || (name == u"aria-hidden" && value == u"true"))
            return true;
        if (name == u"style" && hiddenStyle.match(value).hasMatch())
            return true;
        if (name == u"role" && chromeRoles.contains(value.toLower()))
            return true;
        if ((name == u"id" || name == u"class") && chrome.match(value).hasMatch())
            return true;
    }
    return false;
}

qsizetype textLength(const QList<HtmlNode> &nodes, qsizetype index)
{
    const HtmlNode &node = nodes.at(index);
    if (node.tag.isEmpty())
        return node.text.trimmed().size();
    if (isDropped(node))
        return 0;
    qsizetype total = 0;
    for (qsizetype child : node.children)
        total += textLength(nodes, child);
    return total;
}

namespace {

QString roman(int n, bool upper)
{
    static const std::pair<int, const char16_t *> parts[] = {
        {1000, u"m"}, {900, u"cm"}, {500, u"d"}, {400, u"cd"}, {100, u"c"}, {90, u"xc"}, {50, u"l"},
        {40, u"xl"},  {10, u"x"},   {9, u"ix"},  {5, u"v"},    {4, u"iv"},  {1, u"i"}};
    QString out;
    for (const auto &[value, letters] : parts) {
        for (; n >= value; n -= value)
            out += QString::fromUtf16(letters);
    }
    return upper ? out.toUpper() : out;
}

// An ordered-list number as the list's type attribute writes it: 3, c, C, iii or III.
QString listNumber(int n, const QString &type)
{
    if ((type == u"a" || type == u"A") && n >= 1 && n <= 26) {
        const QChar letter(char16_t((type == u"a" ? u'a' : u'A') + n - 1));
        return QString(letter);
    }
    if ((type == u"i" || type == u"I") && n >= 1)
        return roman(n, type == u"I");
    return QString::number(n);
}

} // namespace

QString HtmlRenderer::render(qsizetype root)
{
    visit(root);
    flush();
    return m_blocks.join(u"\n\n"_s);
}

QString HtmlRenderer::inlineText(const QList<HtmlNode> &nodes, qsizetype index)
{
    HtmlRenderer renderer(nodes);
    renderer.visit(index);
    renderer.flush();
    return renderer.m_blocks.join(u' ').simplified();
}

void HtmlRenderer::visit(qsizetype index)
{
    const HtmlNode &node = m_nodes.at(index);
    if (node.tag.isEmpty()) {
        addText(node.text);
        return;
    }
    if (isDropped(node))
        return;
    if (node.tag == u"br") {
        m_buffer += u'\n';
    } else if (node.tag == u"ol" || node.tag == u"ul") {
        list(index);
    } else if (node.tag == u"table") {
        table(index);
    } else if (node.tag == u"pre") {
        flush();
        ++m_preDepth;
        visitChildren(index);
        flush();
        --m_preDepth;
    } else if (isBlockElement(node.tag) || node.tag == u"#document") {
        flush();
        visitChildren(index);
        flush();
    } else {
        visitChildren(index);
    }
}

void HtmlRenderer::visitChildren(qsizetype index)
{
    for (qsizetype child : m_nodes.at(index).children)
        visit(child);
}

void HtmlRenderer::list(qsizetype index)
{
    flush();
    const HtmlNode &node = m_nodes.at(index);
    const bool ordered = node.tag == u"ol";
    bool ok = false;
    int counter = node.attribute(u"start"_s).toInt(&ok);
    if (!ok)
        counter = 1;
    const QString type = node.attribute(u"type"_s);
    for (qsizetype child : node.children) {
        const HtmlNode &item = m_nodes.at(child);
        if (item.tag != u"li") {
            visit(child);
            continue;
        }
        if (isDropped(item))
            continue;
        if (const int value = item.attribute(u"value"_s).toInt(&ok); ok)
            counter = value;
        flush();
        m_pendingPrefix = ordered ? listNumber(counter, type) + u". "_s : u"• "_s;
        visitChildren(child);
        flush();
        m_pendingPrefix.clear();
        ++counter;
    }
    flush();
}

void HtmlRenderer::collectRows(qsizetype index, QStringList &rows) const
{
    for (qsizetype child : m_nodes.at(index).children) {
        const HtmlNode &node = m_nodes.at(child);
        if (isDropped(node))
            continue;
        if (node.tag == u"tr") {
            QStringList cells;
            bool any = false;
            for (qsizetype cell : node.children) {
                const HtmlNode &c = m_nodes.at(cell);
                if (c.tag != u"td" && c.tag != u"th")
                    continue;
                cells.append(inlineText(m_nodes, cell));
                any = any || !cells.last().isEmpty();
            }
            if (any)
                rows.append(cells.join(u'\t'));
        } else if (node.tag == u"thead" || node.tag == u"tbody" || node.tag == u"tfoot") {
            collectRows(child, rows);
        }
    }
}

void HtmlRenderer::table(qsizetype index)
{
    flush();
    for (qsizetype child : m_nodes.at(index).children) {
        if (m_nodes.at(child).tag == u"caption") {
            visit(child);
            flush();
        }
    }
    QStringList rows;
    collectRows(index, rows);
    if (!rows.isEmpty())
        m_blocks.append(rows.join(u'\n'));
}

void HtmlRenderer::addText(const QString &text)
{
    if (m_preDepth > 0) {
        m_buffer += text;
        return;
    }
    // Runs of white space (line breaks and no-break spaces included) are one space in HTML.
    for (const QChar c : text) {
        const bool space = c.isSpace() || c == QChar(0x00A0);
        if (!space)
            m_buffer += c;
        else if (!m_buffer.isEmpty() && !m_buffer.endsWith(u' ') && !m_buffer.endsWith(u'\n'))
            m_buffer += u' ';
    }
}

void HtmlRenderer::flush()
{
    QStringList lines;
    for (const QString &line : m_buffer.split(u'\n')) {
        QString cleaned = m_preDepth > 0 ? line : line.simplified();
        while (cleaned.endsWith(u' ') || cleaned.endsWith(u'\t'))
            cleaned.chop(1);
        if (!cleaned.trimmed().isEmpty())
            lines.append(cleaned);
    }
    m_buffer.clear();
    if (lines.isEmpty())
        return;
    m_blocks.append(m_pendingPrefix + lines.join(u'\n'));
    m_pendingPrefix.clear();
}

} // namespace casebench::detail
