// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentreader.h"

namespace casebench {

/// Reads a PDF's text layer through Poppler: text in reading order page by page, a page map,
/// words hyphenated across line ends joined, and the running headers, footers and page numbers
/// that repeat on most pages removed. Refuses encrypted PDFs, PDFs without a text layer (scans),
/// damaged ones and those past the page or time limits, with one sentence naming the file.
class PdfReader
{
public:
    /// `fileName` (name only) is used in messages.
    static ReadResult read(const QByteArray &bytes, const QString &fileName,
                           const ImportLimits &limits);
};

} // namespace casebench
