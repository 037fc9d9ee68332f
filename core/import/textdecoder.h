// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumtable.h"

#include <QByteArrayView>
#include <QString>

namespace casebench {

/// The encodings a plain-text or Markdown file may be imported from.
enum class TextEncoding {
    Utf8,        ///< UTF-8 without a byte-order mark (plain ASCII included)
    Utf8Bom,     ///< UTF-8 with a byte-order mark
    Utf16LE,     ///< UTF-16, little-endian, with a byte-order mark
    Utf16BE,     ///< UTF-16, big-endian, with a byte-order mark
    Windows1252, ///< Windows Western European (Word's "ANSI" text)
};

template <>
struct EnumTable<TextEncoding>
{
    static constexpr std::array<EnumEntry<TextEncoding>, 5> entries{{
        {TextEncoding::Utf8, u"utf-8", QT_TRANSLATE_NOOP("casebench", "UTF-8")},
        {TextEncoding::Utf8Bom, u"utf-8-bom",
         QT_TRANSLATE_NOOP("casebench", "UTF-8 with byte-order mark")},
        {TextEncoding::Utf16LE, u"utf-16le",
         QT_TRANSLATE_NOOP("casebench", "UTF-16 (little-endian)")},
        {TextEncoding::Utf16BE, u"utf-16be", QT_TRANSLATE_NOOP("casebench", "UTF-16 (big-endian)")},
        {TextEncoding::Windows1252, u"windows-1252",
         QT_TRANSLATE_NOOP("casebench", "Windows-1252")},
    }};
};

/// The outcome of decoding a file: its text, or a sentence saying why it was refused.
struct DecodedText
{
    QString text; ///< line ends normalised to "\n", no BOM
    TextEncoding encoding = TextEncoding::Utf8;
    QString error; ///< empty on success; otherwise one sentence for the user

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Turns the bytes of a plain-text or Markdown file into text. Accepts UTF-8 (with or without a
/// BOM), UTF-16 with a BOM and Windows-1252; refuses anything it cannot decode with confidence
/// (UTF-16 without a BOM, binary data, other multi-byte encodings, control bytes) rather than
/// produce garbled text.
class TextDecoder
{
public:
    /// Decodes `bytes`; `fileName` (name only) is used in the error message.
    static DecodedText decode(QByteArrayView bytes, const QString &fileName);

    /// Decodes Windows-1252 bytes with Casebench's own table (the five bytes the code page leaves
    /// undefined become U+FFFD). Exposed so the table can be checked against ICU where Qt has it.
    static QString decodeWindows1252(QByteArrayView bytes);

    /// "\r\n" and lone "\r" become "\n".
    static QString normaliseLineEnds(QString text);
};

} // namespace casebench
