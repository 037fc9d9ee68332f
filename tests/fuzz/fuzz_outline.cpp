// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: OutlineDetector on arbitrary UTF-8 text, with a page map cut from it.
#include "import/outlinedetector.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                           static_cast<qsizetype>(size));
    QList<int> pageStarts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\f')
            pageStarts.append(static_cast<int>(i));
    }
    const casebench::Outline outline = casebench::OutlineDetector::detect(text, pageStarts);
    for (const casebench::OutlineParagraph &p : outline.paragraphs()) {
        if (p.start < 0 || p.end > text.size() || p.start > p.end)
            __builtin_trap();
    }
    return 0;
}
