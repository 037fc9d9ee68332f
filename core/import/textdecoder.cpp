// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::TextDecoder)
};

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; zero marks the five undefined bytes.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x0000, 0x017D, 0x0000, 0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,
};

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    }
    return true;
}

DecodedText refuse(const QString &fileName, const QString &problem)
{
    DecodedText result;
    result.error = Tr::tr("“%1” cannot be imported as text: %2.").arg(fileName, problem);
    return result;
}

// NULs in a file without a BOM: UTF-16 text puts them in every other byte (ASCII letters have
// a zero high byte); anything else is binary.
QString describeNuls(QByteArrayView bytes)
{
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0')
            ++(i % 2 == 0 ? even : odd);
    }
    const qsizetype half = bytes.size() / 2;
    const bool evenLane = even * 10 >= half * 4 && odd * 10 <= half;
    const bool oddLane = odd * 10 >= half * 4 && even * 10 <= half;
    if (half > 0 && (evenLane || oddLane))
        return Tr::tr(
            "it looks like UTF-16 text without a byte-order mark, so its byte order cannot be told for certain; save it as UTF-8 and import it again");
    return Tr::tr(
        "it contains NUL bytes, so it is a binary file rather than plain text or Markdown");
}

// The first control character text files never contain (tab, line feed, carriage return and
// form feed are allowed), as a description, or nothing.
std::optional<QString> findControlCharacter(const QString &text)
{
    int line = 1;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            ++line;
            continue;
        }
        const bool c0 = u < 0x20 && u != u'\t' && u != u'\r' && u != u'\f';
        const bool c1 = u >= 0x7F && u <= 0x9F;
        if (c0 || c1) {
            return Tr::
                tr("it contains the control character U+%1 on line %2, which text files do not; it may be a binary file or use an encoding Casebench cannot recognise")
                    .arg(QString::number(u, 16).toUpper().rightJustified(4, u'0'))
                    .arg(line);
        }
    }
    return std::nullopt;
}

// Bytes invalid as UTF-8 are taken as Windows-1252 only when they could be: none of the five
// undefined bytes, and high bytes standing alone between ASCII (Western text has an accent or a
// curly quote here and there; Shift-JIS, GB18030 or EUC put high bytes in pairs and runs).
std::optional<QString> implausibleAsWindows1252(QByteArrayView bytes)
{
    qsizetype high = 0;
    qsizetype paired = 0;
    qsizetype ascii = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ++ascii;
            continue;
        }
        if (b <= 0x9F && cp1252High.at(b - 0x80) == 0) {
            return Tr::
                tr("it is not valid UTF-8, and its byte 0x%1 at position %2 is undefined in Windows-1252, so it uses an encoding Casebench cannot recognise; save it as UTF-8 and import it again")
                    .arg(QString::number(b, 16).toUpper())
                    .arg(i);
        }
        ++high;
        if (i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) >= 0x80)
            ++paired;
    }
    if (paired * 3 > high || high > ascii) {
        return Tr::tr(
            "it is not valid UTF-8, and its accented bytes come in runs that Western (Windows-1252) text does not have, so it probably uses a multi-byte encoding such as Shift-JIS; save it as UTF-8 and import it again");
    }
    return std::nullopt;
}

DecodedText decodeUtf16(QByteArrayView bytes, TextEncoding encoding, const QString &fileName)
{
    if (bytes.size() % 2 != 0)
        return refuse(
            fileName,
            Tr::tr(
                "it is marked as UTF-16 but ends in the middle of a character, so it is incomplete or damaged"));
    QStringDecoder decoder(encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                             : QStringConverter::Utf16BE);
    const QString text = decoder.decode(bytes.sliced(2));
    if (decoder.hasError() || !QStringView(text).isValidUtf16())
        return refuse(
            fileName,
            Tr::tr("it is marked as UTF-16 but contains broken surrogate pairs, so it is damaged"));
    DecodedText result;
    result.text = text;
    result.encoding = encoding;
    return result;
}

QString decodeCp1252(QByteArrayView bytes)
{
    // ICU (when Qt was built with it) knows the code page; the table is the fallback and the
    // reference the tests hold ICU to.
    QStringDecoder icu("windows-1252");
    if (icu.isValid()) {
        QString text = icu.decode(bytes);
        if (!icu.hasError())
            return text;
    }
    return TextDecoder::decodeWindows1252(bytes);
}

} // namespace

QString TextDecoder::decodeWindows1252(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b <= 0x9F) {
            const char16_t u = cp1252High.at(b - 0x80);
            text.append(QChar(u == 0 ? char16_t(0xFFFD) : u));
        } else {
            text.append(QChar(char16_t(b)));
        }
    }
    return text;
}

QString TextDecoder::normaliseLineEnds(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

DecodedText TextDecoder::decode(QByteArrayView bytes, const QString &fileName)
{
    DecodedText result;
    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00}) || startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return refuse(
            fileName,
            Tr::tr(
                "it is UTF-32 text, which Casebench does not read; save it as UTF-8 and import it again"));
    if (startsWith(bytes, {0xFF, 0xFE}))
        result = decodeUtf16(bytes, TextEncoding::Utf16LE, fileName);
    else if (startsWith(bytes, {0xFE, 0xFF}))
        result = decodeUtf16(bytes, TextEncoding::Utf16BE, fileName);
    else if (bytes.contains('\0'))
        return refuse(fileName, describeNuls(bytes));
    else {
        const bool bom = startsWith(bytes, {0xEF, 0xBB, 0xBF});
        const QByteArrayView body = bom ? bytes.sliced(3) : bytes;
        QStringDecoder utf8(QStringConverter::Utf8);
        result.text = utf8.decode(body);
        result.encoding = bom ? TextEncoding::Utf8Bom : TextEncoding::Utf8;
        if (utf8.hasError()) {
            if (bom)
                return refuse(
                    fileName,
                    Tr::tr(
                        "it is marked as UTF-8 but contains bytes that are not valid UTF-8, so it is damaged"));
            if (const auto problem = implausibleAsWindows1252(body))
                return refuse(fileName, *problem);
            result.text = decodeCp1252(body);
            result.encoding = TextEncoding::Windows1252;
        }
    }
    if (!result.ok())
        return result;
    if (const auto problem = findControlCharacter(result.text))
        return refuse(fileName, *problem);
    result.text = normaliseLineEnds(std::move(result.text));
    return result;
}

} // namespace casebench
