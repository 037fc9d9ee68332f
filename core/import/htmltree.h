// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to HtmlExtractor: the element tree of a page and how it is written out as text.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace casebench::detail {

struct HtmlNode
{
    QString tag; ///< lower case; empty for a text node
    QList<std::pair<QString, QString>> attributes;
    QString text; ///< for text nodes
    QList<qsizetype> children;
    qsizetype parent = -1;

    [[nodiscard]] QString attribute(const QString &name) const;
};

/// Elements that never hold a decision's text: scripts, styles, navigation, headers, footers,
/// asides, forms, hidden elements, cookie banners and other page chrome.
bool isDropped(const HtmlNode &node);

/// Void elements (no end tag) and block-level elements, as browsers know them.
bool isVoidElement(const QString &tag);
bool isBlockElement(const QString &tag);

/// Characters of text under a node, dropped elements excluded.
qsizetype textLength(const QList<HtmlNode> &nodes, qsizetype index);

/// Writes a subtree as text: blocks become paragraphs separated by a blank line, <br> a line
/// break, ordered-list items keep their numbers, table rows become tab-separated lines.
class HtmlRenderer
{
public:
    explicit HtmlRenderer(const QList<HtmlNode> &nodes) : m_nodes(nodes) {}

    QString render(qsizetype root);

    /// A subtree's text on one line.
    static QString inlineText(const QList<HtmlNode> &nodes, qsizetype index);

private:
    void visit(qsizetype index);
    void visitChildren(qsizetype index);
    void list(qsizetype index);
    void table(qsizetype index);
    void collectRows(qsizetype index, QStringList &rows) const;
    void addText(const QString &text);
    void flush();

    const QList<HtmlNode> &m_nodes;
    QStringList m_blocks;
    QString m_buffer;
    QString m_pendingPrefix;
    int m_preDepth = 0;
};

} // namespace casebench::detail
