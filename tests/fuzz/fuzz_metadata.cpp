// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: MetadataExtractor (with the outline it detects) on arbitrary UTF-8 text.
#include "import/metadataextractor.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                           static_cast<qsizetype>(size));
    const casebench::MetadataSuggestions s = casebench::MetadataExtractor::extract(text);
    const auto inside = [&text](int start, int end) {
        return start >= 0 && start <= end && end <= text.size();
    };
    if (s.sanction && !inside(s.sanction->start, s.sanction->end))
        __builtin_trap();
    if (s.regulator && !inside(s.regulator->start, s.regulator->end))
        __builtin_trap();
    for (const auto *field : {&s.reference, &s.registrationNumber, &s.registrant, &s.title}) {
        if (*field && !inside((*field)->start, (*field)->end))
            __builtin_trap();
    }
    return 0;
}
