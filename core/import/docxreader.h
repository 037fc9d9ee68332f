// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentreader.h"

namespace casebench {

/// Reads a Word document (.docx): paragraphs, headings, numbered lists with their numbers as Word
/// shows them (from numbering.xml), tables as tab-separated lines, and footnotes appended at the
/// end as "[1] …" with their markers kept in the text. The archive is checked against the zip-bomb
/// limits before anything is inflated, and the XML against the nesting limit.
class DocxReader
{
public:
    /// `fileName` (name only) is used in messages.
    static ReadResult read(const QByteArray &bytes, const QString &fileName,
                           const ImportLimits &limits);
};

} // namespace casebench
