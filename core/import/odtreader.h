// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentreader.h"

namespace casebench {

/// Reads an OpenDocument text (.odt): paragraphs, headings, numbered lists with their numbers
/// (from the list styles), tables as tab-separated lines, and footnotes appended at the end as
/// "[1] …" with their markers kept in the text. Same archive and XML limits as DocxReader.
class OdtReader
{
public:
    /// `fileName` (name only) is used in messages.
    static ReadResult read(const QByteArray &bytes, const QString &fileName,
                           const ImportLimits &limits);
};

} // namespace casebench
