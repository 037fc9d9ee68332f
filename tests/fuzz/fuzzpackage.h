// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds a zip archive of stored (uncompressed) entries in memory, so the DOCX and ODT fuzzers
// hand their input to the XML readers inside a valid package.

#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace casebench::fuzz {

inline void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

inline void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

inline QByteArray zipStored(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, data] : entries) {
        const auto crc = static_cast<quint32>(
            crc32(0, reinterpret_cast<const Bytef *>(data.constData()),
                  static_cast<uInt>(data.size())));
        const auto offset = static_cast<quint32>(out.size());
        const auto size = static_cast<quint32>(data.size());
        const auto nameSize = static_cast<quint16>(name.size());
        put32(out, 0x04034b50);
        put16(out, 20); put16(out, 0); put16(out, 0); put16(out, 0); put16(out, 0);
        put32(out, crc); put32(out, size); put32(out, size);
        put16(out, nameSize); put16(out, 0);
        out += name + data;
        put32(directory, 0x02014b50);
        put16(directory, 20); put16(directory, 20); put16(directory, 0); put16(directory, 0);
        put16(directory, 0); put16(directory, 0);
        put32(directory, crc); put32(directory, size); put32(directory, size);
        put16(directory, nameSize); put16(directory, 0); put16(directory, 0);
        put16(directory, 0); put16(directory, 0); put32(directory, 0); put32(directory, offset);
        directory += name;
    }
    const auto directoryOffset = static_cast<quint32>(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0); put16(out, 0);
    put16(out, static_cast<quint16>(entries.size())); put16(out, static_cast<quint16>(entries.size()));
    put32(out, static_cast<quint32>(directory.size())); put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

inline QByteArray numbering()
{
    return "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
           "main\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
           "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\">"
           "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
           "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}

} // namespace casebench::fuzz
