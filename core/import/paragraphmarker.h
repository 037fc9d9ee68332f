// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/outline.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace casebench::paragraphmarker {

/// How a line begins: "12." (numbered), "12.1", "1(a)", "1a", "(a)", "a)", "i.", "1.2.1", "A1.1"
/// (particulars) or a bullet. Internal to the import readers.
struct Marker
{
    ParagraphKind kind = ParagraphKind::Text;
    QString number;            ///< without punctuation; empty for bullets
    int length = 0;            ///< characters taken by the marker and the spaces after it
    bool hasSubLevels = false; ///< "12.1", "1.2.1", "1(a)": the number names its own parent
};

/// The marker at the start of `line` (already trimmed), if any.
std::optional<Marker> parse(QStringView line);

/// True when `token` ("i", "iv", "x") is a roman numeral rather than a letter, given the
/// letter particular before it ("h" makes "i" a letter).
bool isRoman(QStringView token, QStringView previousLetter);

} // namespace casebench::paragraphmarker
