// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/documentreader.h"
#include "qdpxproject.h"

#include <QByteArray>
#include <QString>

namespace casebench {

/// Reads a REFI-QDA project (.qdpx) written by Casebench or another tool (NVivo, ATLAS.ti,
/// MAXQDA, QualCoder): project.qde read namespace-aware with size, element-count and nesting
/// limits, the archive through ZipArchive (zip-bomb limits), and the text of every text source
/// (inline PlainTextContent, internal://, relative:// against basePath, or an absolute path).
/// Sources of other kinds are skipped and named in QdpxProject::skippedSources. Every reference
/// (CodeRef, SourceRef, NoteRef, VariableRef) must resolve and every position must lie in its
/// source's text. Reads files only; never touches a library.
class QdpxReader
{
public:
    /// Most elements project.qde may hold.
    static constexpr qint64 maxElements = 2'000'000;

    /// Reads the file. Throws LibraryError (FileNotFound, Io or InvalidData) with one sentence
    /// naming the file, and the element and its line when the problem is in project.qde.
    [[nodiscard]] static QdpxProject read(const QString &path, const ImportLimits &limits = {});
    /// Reads a package held in memory; `fileName` names it in messages, `directory` is where
    /// relative source paths start from when the project gives no basePath.
    [[nodiscard]] static QdpxProject readBytes(const QByteArray &bytes, const QString &fileName,
                                               const QString &directory,
                                               const ImportLimits &limits = {});
};

} // namespace casebench
