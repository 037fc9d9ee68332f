// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/outline.h"

#include <QList>
#include <QString>

namespace casebench {

/// Finds the paragraphs, numbering, stage headings and title-block fields of a decision's text,
/// as extracted from a page or a PDF (hard-wrapped lines, page numbers and running heads
/// included). Knows the layouts of the HCPTS, NMC, Social Work England, GDC, GOC, GPhC and
/// GOsC decisions; works on any text.
class OutlineDetector
{
public:
    /// The outline of `text`. `pageStarts` are the offsets at which pages begin (the PDF
    /// reader's; empty for plain text), ascending; they fill OutlineParagraph::page.
    static Outline detect(const QString &text, const QList<int> &pageStarts = {});

    /// The stage a heading names ("Decision and reasons on sanction" → Sanction), ignoring case,
    /// a trailing colon and leading numbering; nothing for other headings.
    static std::optional<DecisionStage> stageOfHeading(QStringView heading);
};

} // namespace casebench
