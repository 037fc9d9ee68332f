// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace casebench {

/// The body of a saved decision page, or a sentence saying why it could not be read.
struct HtmlExtraction
{
    QString text; ///< paragraphs separated by a blank line; headings, numbered items and table rows
                  ///< kept as lines
    QString title; ///< the page's <title>, else its first heading
    QString error; ///< empty on success; otherwise one sentence for the user

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Reads a regulator's decision page as saved from a browser: drops scripts, styles, navigation,
/// headers, footers, asides, forms and cookie banners; keeps the main content (<main>, else the
/// <article>, else the element holding the most paragraph text); writes block elements as
/// paragraphs, ordered-list items with their numbers ("3. "), table rows as tab-separated lines,
/// and decodes entities. Tolerant of the tag soup real pages are; refuses absurd nesting.
class HtmlExtractor
{
public:
    /// Elements nested deeper than this make the page refused.
    static constexpr int maxDepth = 512;

    /// Extracts from decoded HTML; `fileName` (name only) is used in the error message. Elements
    /// nested deeper than `depthLimit` make the page refused.
    static HtmlExtraction extract(const QString &html, const QString &fileName,
                                  int depthLimit = maxDepth);

    /// Decodes the file's bytes as TextDecoder does (UTF-8, UTF-16 with a BOM, Windows-1252),
    /// then extracts.
    static HtmlExtraction extractFile(QByteArrayView bytes, const QString &fileName);

    /// "&amp;" → "&", "&#8217;" → "’", "&pound;" → "£"; unknown entities are left as written.
    static QString decodeEntities(QStringView text);
};

} // namespace casebench
