// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/metadatasuggestions.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casebench {

class Outline;

/// Reads a decision's text (and its outline) for the case's metadata. Pure: it returns
/// suggestions and never touches the library.
class MetadataExtractor
{
public:
    static MetadataSuggestions extract(const QString &text, const Outline &outline);

    /// Detects the outline itself.
    static MetadataSuggestions extract(const QString &text);
};

} // namespace casebench
