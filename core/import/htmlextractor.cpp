// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlextractor.h"

#include "htmltokenizer.h"
#include "htmltree.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using detail::HtmlNode;
using detail::HtmlToken;

/// Builds the element tree the way browsers forgive missing end tags.
class TreeBuilder
{
public:
    TreeBuilder(QStringView html, int depthLimit) : m_tokenizer(html), m_depthLimit(depthLimit)
    {
        HtmlNode document;
        document.tag = u"#document"_s;
        m_nodes.append(document);
    }

    /// False when the nesting limit was passed.
    bool build();
    QList<HtmlNode> takeHtmlNodes() { return std::move(m_nodes); }

private:
    void start(HtmlToken &token);
    void end(const QString &name);
    void closeImplied(const QString &name);
    void popUntil(const QSet<QString> &names, const QSet<QString> &barriers);
    qsizetype append(HtmlNode node);

    detail::HtmlTokenizer m_tokenizer;
    QList<HtmlNode> m_nodes;
    QList<qsizetype> m_open{0};
    int m_depthLimit = HtmlExtractor::maxDepth;
    bool m_tooDeep = false;
};

bool TreeBuilder::build()
{
    while (auto token = m_tokenizer.next()) {
        switch (token->kind) {
        case HtmlToken::Kind::Text:
            append(HtmlNode{{}, {}, token->text, {}, -1});
            break;
        case HtmlToken::Kind::StartTag:
            start(*token);
            break;
        case HtmlToken::Kind::EndTag:
            end(token->name);
            break;
        }
        if (m_tooDeep)
            return false;
    }
    return true;
}

qsizetype TreeBuilder::append(HtmlNode node)
{
    node.parent = m_open.last();
    const qsizetype index = m_nodes.size();
    m_nodes.append(std::move(node));
    m_nodes[m_nodes.at(index).parent].children.append(index);
    return index;
}

void TreeBuilder::popUntil(const QSet<QString> &names, const QSet<QString> &barriers)
{
    for (qsizetype i = m_open.size() - 1; i > 0; --i) {
        const QString &tag = m_nodes.at(m_open.at(i)).tag;
        if (names.contains(tag)) {
            m_open.resize(i);
            return;
        }
        if (barriers.contains(tag))
            return;
    }
}

// A new paragraph, list item, row or cell closes the one left open before it.
void TreeBuilder::closeImplied(const QString &name)
{
    static const QSet<QString> p{u"p"_s};
    static const QSet<QString> pBarriers{u"div"_s,   u"td"_s,         u"th"_s,      u"li"_s,
                                         u"table"_s, u"body"_s,       u"section"_s, u"article"_s,
                                         u"main"_s,  u"blockquote"_s, u"dd"_s};
    if (detail::isBlockElement(name) || name == u"td" || name == u"th")
        popUntil(p, pBarriers);
    if (name == u"li")
        popUntil({u"li"_s}, {u"ul"_s, u"ol"_s, u"menu"_s, u"table"_s});
    else if (name == u"dt" || name == u"dd")
        popUntil({u"dt"_s, u"dd"_s}, {u"dl"_s, u"table"_s});
    else if (name == u"tr")
        popUntil({u"tr"_s}, {u"table"_s, u"tbody"_s, u"thead"_s, u"tfoot"_s});
    else if (name == u"td" || name == u"th")
        popUntil({u"td"_s, u"th"_s}, {u"tr"_s, u"table"_s});
    else if (name == u"tbody" || name == u"thead" || name == u"tfoot")
        popUntil({u"tbody"_s, u"thead"_s, u"tfoot"_s}, {u"table"_s});
    else if (name == u"option")
        popUntil({u"option"_s}, {u"select"_s});
}

void TreeBuilder::start(HtmlToken &token)
{
    closeImplied(token.name);
    const qsizetype index = append(HtmlNode{token.name, std::move(token.attributes), {}, {}, -1});
    if (detail::isVoidElement(token.name) || token.selfClosing)
        return;
    m_open.append(index);
    if (m_open.size() - 1 > m_depthLimit)
        m_tooDeep = true;
}

void TreeBuilder::end(const QString &name)
{
    for (qsizetype i = m_open.size() - 1; i > 0; --i) {
        if (m_nodes.at(m_open.at(i)).tag == name) {
            m_open.resize(i);
            return;
        }
    }
    // An end tag with nothing to close is ignored, as browsers do.
}

// <main> (or role="main"), else the <article> with the most text, else the element whose own
// paragraphs hold the most text, else <body>.
qsizetype contentRoot(const QList<HtmlNode> &nodes)
{
    qsizetype body = 0;
    qsizetype bestArticle = -1;
    qsizetype articleText = 0;
    QHash<qsizetype, qsizetype> paragraphText;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const HtmlNode &n = nodes.at(i);
        if (n.tag == u"main" || n.attribute(u"role"_s) == u"main")
            return i;
        if (n.tag == u"body")
            body = i;
        if (n.tag == u"article") {
            const qsizetype length = detail::textLength(nodes, i);
            if (length > articleText) {
                articleText = length;
                bestArticle = i;
            }
        }
        if ((n.tag == u"p" || n.tag == u"li" || n.tag == u"blockquote") && n.parent >= 0)
            paragraphText[n.parent] += detail::textLength(nodes, i);
    }
    if (bestArticle >= 0)
        return bestArticle;
    qsizetype best = body;
    qsizetype bestText = 200; // less than a couple of sentences is no decision
    for (auto it = paragraphText.cbegin(); it != paragraphText.cend(); ++it) {
        if (it.value() > bestText) {
            bestText = it.value();
            best = it.key();
        }
    }
    return best;
}

QString pageTitle(const QList<HtmlNode> &nodes, qsizetype root)
{
    for (const HtmlNode &n : nodes) {
        if (n.tag == u"title" && !n.children.isEmpty())
            return nodes.at(n.children.first()).text.simplified();
    }
    for (qsizetype i = root; i < nodes.size(); ++i) {
        if (nodes.at(i).tag == u"h1")
            return detail::HtmlRenderer::inlineText(nodes, i);
    }
    return {};
}

} // namespace

HtmlExtraction HtmlExtractor::extract(const QString &html, const QString &fileName, int depthLimit)
{
    HtmlExtraction result;
    TreeBuilder builder(html, depthLimit);
    if (!builder.build()) {
        result.error
            = QCoreApplication::translate(
                  "casebench",
                  "“%1” cannot be imported: its HTML nests elements more than %2 deep, "
                  "which no decision page does; the file may be damaged or not a web page.")
                  .arg(fileName)
                  .arg(depthLimit);
        return result;
    }
    const QList<HtmlNode> nodes = builder.takeHtmlNodes();
    const qsizetype root = contentRoot(nodes);
    result.text = detail::HtmlRenderer(nodes).render(root);
    result.title = pageTitle(nodes, root);
    return result;
}

HtmlExtraction HtmlExtractor::extractFile(QByteArrayView bytes, const QString &fileName)
{
    const DecodedText decoded = TextDecoder::decode(bytes, fileName);
    if (!decoded.ok()) {
        HtmlExtraction result;
        result.error = decoded.error;
        return result;
    }
    return extract(decoded.text, fileName);
}

} // namespace casebench
