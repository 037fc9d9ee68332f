// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the DOCX reader's XML on arbitrary bytes. The input becomes
// word/document.xml of an otherwise valid package (so the fuzzer works on the XML, not on
// zip framing); inputs starting with "PK" are read as a whole archive instead.
#include "fuzzpackage.h"
#include "import/docxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray package = input.startsWith("PK")
                                   ? input
                                   : casebench::fuzz::zipStored(
                                       {{"word/document.xml", input},
                                        {"word/numbering.xml", casebench::fuzz::numbering()}});
    casebench::ImportLimits limits;
    limits.maxUncompressedBytes = 8 * 1024 * 1024;
    const casebench::ReadResult result = casebench::DocxReader::read(
        package, QStringLiteral("fuzz.docx"), limits);
    if (!result.ok() && result.error.isEmpty())
        __builtin_trap();
    return 0;
}
