// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace casebench {

struct QdpxProject;

/// Writes a QdpxProject as a REFI-QDA project: project.qde (QDA-XML, namespace
/// urn:QDA-XML:project:1.0) and each source's plain text as sources/<GUID>.txt, referred to as
/// internal://<GUID>.txt.
class QdpxWriter
{
public:
    /// The project.qde document.
    [[nodiscard]] static QByteArray projectXml(const QdpxProject &project);
    /// The whole .qdpx package.
    [[nodiscard]] static QByteArray package(const QdpxProject &project);
    /// Writes the package to `path` atomically (nothing is left behind on failure). Throws
    /// LibraryError (Io) naming the file.
    static void write(const QdpxProject &project, const QString &path);
};

} // namespace casebench
