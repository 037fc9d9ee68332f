// SPDX-License-Identifier: GPL-3.0-or-later
// A zip archive of stored (uncompressed) entries built in memory, for fixtures that must reach a
// reader as written: XML that compresses well would otherwise be refused as a zip bomb before
// the reader saw it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QtEndian>

#include <array>
#include <utility>

namespace casebench::test {

inline quint32 crc32Of(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

inline void putLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

inline void putLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

/// The entries, in order, stored without compression.
inline QByteArray zipStored(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, data] : entries) {
        const quint32 crc = crc32Of(data);
        const auto offset = static_cast<quint32>(out.size());
        const auto size = static_cast<quint32>(data.size());
        const auto nameSize = static_cast<quint16>(name.size());
        putLe32(out, 0x04034b50);
        putLe16(out, 20);
        putLe16(out, 0);
        putLe16(out, 0); // stored
        putLe16(out, 0);
        putLe16(out, 0);
        putLe32(out, crc);
        putLe32(out, size);
        putLe32(out, size);
        putLe16(out, nameSize);
        putLe16(out, 0);
        out += name + data;
        putLe32(directory, 0x02014b50);
        putLe16(directory, 20);
        putLe16(directory, 20);
        putLe16(directory, 0);
        putLe16(directory, 0);
        putLe16(directory, 0);
        putLe16(directory, 0);
        putLe32(directory, crc);
        putLe32(directory, size);
        putLe32(directory, size);
        putLe16(directory, nameSize);
        putLe16(directory, 0);
        putLe16(directory, 0);
        putLe16(directory, 0);
        putLe16(directory, 0);
        putLe32(directory, 0);
        putLe32(directory, offset);
        directory += name;
    }
    const auto directoryOffset = static_cast<quint32>(out.size());
    out += directory;
    putLe32(out, 0x06054b50);
    putLe16(out, 0);
    putLe16(out, 0);
    putLe16(out, static_cast<quint16>(entries.size()));
    putLe16(out, static_cast<quint16>(entries.size()));
    putLe32(out, static_cast<quint32>(directory.size()));
    putLe32(out, directoryOffset);
    putLe16(out, 0);
    return out;
}

} // namespace casebench::test
