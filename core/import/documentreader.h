// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one door from a file on disk to decision text: picks the reader for the file's format
// (PDF, DOCX, ODT, HTML, plain text, Markdown), applies the import limits, and returns clean text
// with its page map, or one sentence naming the file and the problem. No storage here: the import
// pipeline (ImportService) stores what this returns.

#include "model/documentformat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebench {

/// What an import may cost before it is refused. The defaults suit a desktop; tests shrink them.
struct ImportLimits
{
    qint64 maxFileBytes = qint64(200) * 1024 * 1024;         ///< the file as it is on disk
    qint64 maxUncompressedBytes = qint64(512) * 1024 * 1024; ///< all entries of a DOCX/ODT archive
    int maxCompressionRatio = 200;  ///< uncompressed / compressed size of any one archive entry
    int maxArchiveEntries = 10000;  ///< entries in a DOCX/ODT archive
    int maxHtmlDepth = 512;         ///< element nesting in HTML and in DOCX/ODT XML
    int maxPdfMilliseconds = 60000; ///< text extraction of one PDF, all pages
    int maxPdfPages = 5000;
    /// One member of an archive (a DOCX/ODT part, a QDPX project.qde or source), unpacked.
    qint64 maxPartBytes = qint64(64) * 1024 * 1024;
    /// The text of one document, whatever its format, and of any one XML part read for it.
    qint64 maxTextCharacters = 20'000'000;
    /// The text of all sources and notes of one REFI-QDA project together.
    qint64 maxProjectTextCharacters = 80'000'000;
};

/// A document's text as a reader made it.
struct ExtractedText
{
    DocumentFormat format = DocumentFormat::Text;
    QString text;          ///< paragraphs separated by "\n\n"; numbering kept as written
    QList<int> pageStarts; ///< UTF-16 offsets where pages 1, 2, … begin; empty when unpaged
    QString title;         ///< the document's own title (PDF/DOCX metadata, HTML <title>), if any
    QStringList warnings;  ///< things the reviewer should know that did not stop the import
};

/// Either the text or the reason there is none.
struct ReadResult
{
    std::optional<ExtractedText> extracted;
    /// One sentence naming the file and the problem, e.g. "report.pdf is encrypted; Casebench
    /// cannot read its text. Save an unprotected copy and import that." Empty on success.
    QString error;

    [[nodiscard]] bool ok() const { return extracted.has_value(); }
};

namespace DocumentReader {

/// The format of a file, from its first bytes (PDF and ZIP magic, BOMs, "<html") and then its
/// extension; nothing when it is neither recognisable nor a known extension.
std::optional<DocumentFormat> detectFormat(const QByteArray &head, const QString &fileName);

/// Reads the file at `path` whole. Never throws; every failure comes back as `error`.
ReadResult readFile(const QString &path, const ImportLimits &limits = {});

/// Reads bytes already in memory; `fileName` is used for messages and format detection.
ReadResult readBytes(const QByteArray &bytes, const QString &fileName,
                     const ImportLimits &limits = {});

} // namespace DocumentReader

} // namespace casebench
