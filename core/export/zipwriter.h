// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace casebench {

/// Builds a zip archive in memory (deflated entries, through QuaZip), for packages such as
/// REFI-QDA projects. Small archives only: everything is held in memory.
class ZipWriter
{
public:
    /// Adds an entry; `name` is its path inside the archive ("sources/x.txt").
    void add(const QString &name, const QByteArray &data);
    /// The archive's bytes; throws LibraryError (Io) when QuaZip fails.
    [[nodiscard]] QByteArray finish() const;

private:
    QList<QPair<QString, QByteArray>> m_entries;
};

} // namespace casebench
