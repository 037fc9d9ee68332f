// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

bool unsafe(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString terminalSafe(QStringView text, bool keepEmphasis)
{
    static const QString boldOn = u"\x1b[1m"_s;
    static const QString boldOff = u"\x1b[0m"_s;
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (keepEmphasis && c == 0x1b) {
            const QStringView rest = text.mid(i);
            if (rest.startsWith(boldOn) || rest.startsWith(boldOff)) {
                safe += rest.first(boldOn.size());
                i += boldOn.size() - 1;
                continue;
            }
        }
        if (!unsafe(c))
            safe += text[i];
    }
    return safe;
}

QString jsonEscaped(const QString &json)
{
    QString escaped;
    escaped.reserve(json.size());
    for (const QChar c : json) {
        // Outside strings JSON has only ASCII punctuation, digits, letters and whitespace.
        if (unsafe(c.unicode()))
            escaped += u"\\u%1"_s.arg(static_cast<uint>(c.unicode()), 4, 16, QChar(u'0'));
        else
            escaped += c;
    }
    return escaped;
}

TerminalSafeDevice::TerminalSafeDevice(FILE *stream, bool keepEmphasis)
    : m_stream(stream), m_keepEmphasis(keepEmphasis)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    // The decoder keeps a character cut between two writes for the next one.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray safe = terminalSafe(text, m_keepEmphasis).toUtf8();
    if (!safe.isEmpty()
        && std::fwrite(safe.constData(), 1, static_cast<size_t>(safe.size()), m_stream)
               != static_cast<size_t>(safe.size())) {
        return -1;
    }
    std::fflush(m_stream);
    return size;
}

} // namespace casebench::cli
