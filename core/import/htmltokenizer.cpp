// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltokenizer.h"

#include "htmlextractor.h"
#include "textdecoder.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace casebench {

namespace detail {

namespace {

bool isRawTextElement(const QString &name)
{
    return name == u"script" || name == u"style" || name == u"title" || name == u"textarea"
           || name == u"xmp" || name == u"noembed" || name == u"noframes" || name == u"iframe";
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_' || c == u'.';
}

} // namespace

std::optional<HtmlToken> HtmlTokenizer::next()
{
    if (!m_rawTextTag.isEmpty()) {
        HtmlToken token;
        token.text = readRawText(m_rawTextTag);
        m_rawTextTag.clear();
        if (!token.text.isEmpty())
            return token;
    }
    while (m_pos < m_html.size()) {
        if (m_html.at(m_pos) == u'<') {
            if (auto tag = readTag())
                return tag;
            continue; // a comment or doctype was skipped
        }
        const qsizetype lt = m_html.indexOf(u'<', m_pos);
        const qsizetype end = lt < 0 ? m_html.size() : lt;
        HtmlToken token;
        token.text = HtmlExtractor::decodeEntities(m_html.sliced(m_pos, end - m_pos));
        m_pos = end;
        return token;
    }
    return std::nullopt;
}

// At a '<': a tag, a comment or declaration (skipped, nothing returned), or a stray '<' (text).
std::optional<HtmlToken> HtmlTokenizer::readTag()
{
    const QStringView rest = m_html.sliced(m_pos);
    if (rest.startsWith(u"<!--")) {
        m_pos += 4;
        skipPast(u"-->");
        return std::nullopt;
    }
    if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
        skipPast(u">");
        return std::nullopt;
    }
    const bool end = rest.startsWith(u"</");
    const qsizetype nameStart = m_pos + (end ? 2 : 1);
    if (nameStart >= m_html.size() || !m_html.at(nameStart).isLetter()) {
        HtmlToken text;
        text.text = u"<"_s;
        ++m_pos;
        return text;
    }
    qsizetype i = nameStart;
    while (i < m_html.size() && isNameChar(m_html.at(i)))
        ++i;
    HtmlToken token;
    token.kind = end ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
    token.name = m_html.sliced(nameStart, i - nameStart).toString().toLower();
    m_pos = i;
    if (end) {
        skipPast(u">");
        return token;
    }
    readAttributes(token);
    if (isRawTextElement(token.name) && !token.selfClosing)
        m_rawTextTag = token.name;
    return token;
}

void HtmlTokenizer::readAttributes(HtmlToken &token)
{
    while (m_pos < m_html.size()) {
        const QChar c = m_html.at(m_pos);
        if (c == u'>') {
            ++m_pos;
            return;
        }
        if (c.isSpace() || c == u'/') {
            token.selfClosing = c == u'/' && m_pos + 1 < m_html.size()
                                && m_html.at(m_pos + 1) == u'>';
            ++m_pos;
            continue;
        }
        qsizetype i = m_pos;
        while (i < m_html.size() && !m_html.at(i).isSpace() && m_html.at(i) != u'='
               && m_html.at(i) != u'>'
               && !(m_html.at(i) == u'/' && i + 1 < m_html.size() && m_html.at(i + 1) == u'>'))
            ++i;
        QString name = m_html.sliced(m_pos, std::max<qsizetype>(1, i - m_pos)).toString().toLower();
        m_pos = std::max(i, m_pos + 1);
        while (m_pos < m_html.size() && m_html.at(m_pos).isSpace())
            ++m_pos;
        QString value;
        if (m_pos < m_html.size() && m_html.at(m_pos) == u'=') {
            ++m_pos;
            while (m_pos < m_html.size() && m_html.at(m_pos).isSpace())
                ++m_pos;
            if (m_pos < m_html.size() && (m_html.at(m_pos) == u'"' || m_html.at(m_pos) == u'\'')) {
                const QChar quote = m_html.at(m_pos++);
                qsizetype close = m_html.indexOf(quote, m_pos);
                if (close < 0)
                    close = m_html.size();
                value = HtmlExtractor::decodeEntities(m_html.sliced(m_pos, close - m_pos));
                m_pos = std::min(close + 1, m_html.size());
            } else {
                qsizetype j = m_pos;
                while (j < m_html.size() && !m_html.at(j).isSpace() && m_html.at(j) != u'>')
                    ++j;
                value = HtmlExtractor::decodeEntities(m_html.sliced(m_pos, j - m_pos));
                m_pos = j;
            }
        }
        token.attributes.append({name, value});
    }
}

QString HtmlTokenizer::readRawText(const QString &tag)
{
    const QString close = u"</"_s + tag;
    qsizetype end = m_pos;
    while (true) {
        end = m_html.indexOf(close, end, Qt::CaseInsensitive);
        if (end < 0) {
            end = m_html.size();
            break;
        }
        const qsizetype after = end + close.size();
        if (after >= m_html.size() || !isNameChar(m_html.at(after)))
            break;
        end = after;
    }
    const QStringView raw = m_html.sliced(m_pos, end - m_pos);
    m_pos = end;
    // Titles and text areas hold text with entities; scripts and styles hold code.
    return tag == u"title" || tag == u"textarea" ? HtmlExtractor::decodeEntities(raw)
                                                 : raw.toString();
}

void HtmlTokenizer::skipPast(QStringView terminator)
{
    const qsizetype at = m_html.indexOf(terminator, m_pos);
    m_pos = at < 0 ? m_html.size() : at + terminator.size();
}

} // namespace detail

namespace {

// The entities decision pages use; the full HTML table is 2,000 names of mostly mathematics.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table{
        {u"amp"_s, U'&'},      {u"lt"_s, U'<'},       {u"gt"_s, U'>'},       {u"quot"_s, U'"'},
        {u"apos"_s, U'\''},    {u"nbsp"_s, 0xA0},     {u"ensp"_s, 0x2002},   {u"emsp"_s, 0x2003},
        {u"thinsp"_s, 0x2009}, {u"ndash"_s, 0x2013},  {u"mdash"_s, 0x2014},  {u"hyphen"_s, 0x2010},
        {u"shy"_s, 0xAD},      {u"lsquo"_s, 0x2018},  {u"rsquo"_s, 0x2019},  {u"sbquo"_s, 0x201A},
        {u"ldquo"_s, 0x201C},  {u"rdquo"_s, 0x201D},  {u"bdquo"_s, 0x201E},  {u"laquo"_s, 0xAB},
        {u"raquo"_s, 0xBB},    {u"lsaquo"_s, 0x2039}, {u"rsaquo"_s, 0x203A}, {u"hellip"_s, 0x2026},
        {u"bull"_s, 0x2022},   {u"middot"_s, 0xB7},   {u"para"_s, 0xB6},     {u"sect"_s, 0xA7},
        {u"dagger"_s, 0x2020}, {u"Dagger"_s, 0x2021}, {u"prime"_s, 0x2032},  {u"Prime"_s, 0x2033},
        {u"deg"_s, 0xB0},      {u"pound"_s, 0xA3},    {u"euro"_s, 0x20AC},   {u"cent"_s, 0xA2},
        {u"yen"_s, 0xA5},      {u"copy"_s, 0xA9},     {u"reg"_s, 0xAE},      {u"trade"_s, 0x2122},
        {u"times"_s, 0xD7},    {u"divide"_s, 0xF7},   {u"plusmn"_s, 0xB1},   {u"frac12"_s, 0xBD},
        {u"frac14"_s, 0xBC},   {u"frac34"_s, 0xBE},   {u"sup1"_s, 0xB9},     {u"sup2"_s, 0xB2},
        {u"sup3"_s, 0xB3},     {u"ordf"_s, 0xAA},     {u"ordm"_s, 0xBA},     {u"iexcl"_s, 0xA1},
        {u"iquest"_s, 0xBF},   {u"aacute"_s, 0xE1},   {u"agrave"_s, 0xE0},   {u"acirc"_s, 0xE2},
        {u"auml"_s, 0xE4},     {u"eacute"_s, 0xE9},   {u"egrave"_s, 0xE8},   {u"ecirc"_s, 0xEA},
        {u"euml"_s, 0xEB},     {u"iacute"_s, 0xED},   {u"igrave"_s, 0xEC},   {u"icirc"_s, 0xEE},
        {u"iuml"_s, 0xEF},     {u"oacute"_s, 0xF3},   {u"ograve"_s, 0xF2},   {u"ocirc"_s, 0xF4},
        {u"ouml"_s, 0xF6},     {u"uacute"_s, 0xFA},   {u"ugrave"_s, 0xF9},   {u"ucirc"_s, 0xFB},
        {u"uuml"_s, 0xFC},     {u"ccedil"_s, 0xE7},   {u"ntilde"_s, 0xF1},   {u"szlig"_s, 0xDF},
        {u"oslash"_s, 0xF8},   {u"aring"_s, 0xE5},    {u"aelig"_s, 0xE6},    {u"Eacute"_s, 0xC9},
        {u"Aacute"_s, 0xC1},   {u"Ouml"_s, 0xD6},     {u"Uuml"_s, 0xDC},     {u"Auml"_s, 0xC4},
        {u"Ccedil"_s, 0xC7},   {u"larr"_s, 0x2190},   {u"rarr"_s, 0x2192},   {u"check"_s, 0x2713},
        {u"zwnj"_s, 0x200C},   {u"zwj"_s, 0x200D},    {u"lrm"_s, 0x200E},    {u"rlm"_s, 0x200F},
    };
    return table;
}

bool isDigitOf(QChar c, bool hex)
{
    const char16_t u = c.unicode();
    const char16_t lower = u | 0x20;
    return (u >= u'0' && u <= u'9') || (hex && lower >= u'a' && lower <= u'f');
}

// Numeric references: HTML maps 0x80–0x9F to Windows-1252 and refuses surrogates and NUL.
QString fromCodePoint(char32_t code)
{
    if (code >= 0x80 && code <= 0x9F) {
        const char byte = static_cast<char>(code);
        return TextDecoder::decodeWindows1252(QByteArrayView(&byte, 1));
    }
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return QString(QChar(0xFFFD));
    return QString::fromUcs4(&code, 1);
}

} // namespace

QString HtmlExtractor::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j) == u'#') {
            const bool hex = j + 1 < text.size()
                             && (text.at(j + 1) == u'x' || text.at(j + 1) == u'X');
            qsizetype k = j + (hex ? 2 : 1);
            const qsizetype digitsStart = k;
            while (k < text.size() && k - digitsStart < 8 && isDigitOf(text.at(k), hex))
                ++k;
            bool ok = false;
            const uint code = text.sliced(digitsStart, k - digitsStart).toUInt(&ok, hex ? 16 : 10);
            if (ok && k > digitsStart) {
                out += fromCodePoint(code);
                i = (k < text.size() && text.at(k) == u';') ? k + 1 : k;
                continue;
            }
        } else {
            while (j < text.size() && j - i <= 10 && text.at(j).isLetterOrNumber())
                ++j;
            const QString name = text.sliced(i + 1, j - i - 1).toString();
            const bool terminated = j < text.size() && text.at(j) == u';';
            const auto it = namedEntities().constFind(name);
            // Without the semicolon only the old Latin-1 names are entities ("&amp", "&nbsp").
            const bool legacy = name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot"
                                || name == u"nbsp";
            if (it != namedEntities().cend() && (terminated || legacy)) {
                out += QString::fromUcs4(&it.value(), 1);
                i = terminated ? j + 1 : j;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace casebench
