// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: HtmlExtractor on arbitrary bytes (decoded as a saved page would be).
#include "import/htmlextractor.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const casebench::HtmlExtraction result = casebench::HtmlExtractor::extractFile(
        bytes, QStringLiteral("fuzz.html"));
    // Either text or an error, never both missing on a decodable page.
    if (!result.ok() && result.error.isEmpty())
        __builtin_trap();
    return 0;
}
