// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/documentreader.h"
#include "qdpxproject.h"

#include <QByteArray>
#include <QString>

namespace casebench {

/// Reads a REFI-QDA project (.qdpx) written by Casebench or another tool (NVivo, ATLAS.ti,
/// MAXQDA, QualCoder): project.qde read namespace-aware with size, element-count and nesting
/// limits (a DTD is refused), the archive through ZipArchive (zip-bomb and per-member limits), and
/// the text of every text source: inline PlainTextContent or a member of the archive
/// (internal://). A source or note whose text lies outside the archive (relative:// against
/// basePath, an absolute path, a file: URL) is refused: a project never reads other files on the
/// machine. Sources of other kinds are skipped and named in QdpxProject::skippedSources. Every
/// reference (CodeRef, SourceRef, NoteRef, VariableRef) must resolve and every position must lie in
/// its source's text. Reads files only; never touches a library.
class QdpxReader
{
public:
    /// Most elements project.qde may hold.
    static constexpr qint64 maxElements = 2'000'000;

    /// Reads the file (a regular file of at most ImportLimits::maxFileBytes; a FIFO or device is
    /// refused unread). Throws LibraryError (FileNotFound or InvalidData) with one sentence
    /// naming the file, and the element and its line when the problem is in project.qde.
    [[nodiscard]] static QdpxProject read(const QString &path, const ImportLimits &limits = {});
    /// Reads a package held in memory; `fileName` names it in messages.
    [[nodiscard]] static QdpxProject readBytes(const QByteArray &bytes, const QString &fileName,
                                               const ImportLimits &limits = {});
};

} // namespace casebench
