// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to HtmlExtractor: splits HTML into tags and text the way browsers tolerate it.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace casebench::detail {

struct HtmlToken
{
    enum class Kind { Text, StartTag, EndTag };

    Kind kind = Kind::Text;
    QString name;                                  ///< lower case, for tags
    QList<std::pair<QString, QString>> attributes; ///< names lower case, values decoded
    bool selfClosing = false;
    QString text; ///< decoded, for text (raw for script and style)
};

class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView html) : m_html(html) {}

    /// The next tag or run of text; comments, doctypes and processing instructions are skipped.
    std::optional<HtmlToken> next();

private:
    std::optional<HtmlToken> readTag();
    void readAttributes(HtmlToken &token);
    QString readRawText(const QString &tag);
    void skipPast(QStringView terminator);

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_rawTextTag; ///< after <script>, <style>, <title>, <textarea>: read raw text next
};

} // namespace casebench::detail
