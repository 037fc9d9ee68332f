// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumtable.h"

namespace casebench {

enum class DocumentFormat { Pdf, Docx, Odt, Html, Text, Markdown };

template <>
struct EnumTable<DocumentFormat>
{
    static constexpr std::array<EnumEntry<DocumentFormat>, 6> entries{{
        {DocumentFormat::Pdf, u"pdf", QT_TRANSLATE_NOOP("casebench", "PDF")},
        {DocumentFormat::Docx, u"docx", QT_TRANSLATE_NOOP("casebench", "Word document")},
        {DocumentFormat::Odt, u"odt", QT_TRANSLATE_NOOP("casebench", "OpenDocument text")},
        {DocumentFormat::Html, u"html", QT_TRANSLATE_NOOP("casebench", "Web page")},
        {DocumentFormat::Text, u"text", QT_TRANSLATE_NOOP("casebench", "Plain text")},
        {DocumentFormat::Markdown, u"markdown", QT_TRANSLATE_NOOP("casebench", "Markdown")},
    }};
};

} // namespace casebench
