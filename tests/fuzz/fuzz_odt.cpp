// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the ODT reader's XML on arbitrary bytes, as content.xml of a package
// (inputs starting with "PK" are read as a whole archive).
#include "fuzzpackage.h"
#include "import/odtreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray package = input.startsWith("PK")
                                   ? input
                                   : casebench::fuzz::zipStored(
                                       {{"mimetype", "application/vnd.oasis.opendocument.text"},
                                        {"content.xml", input}});
    casebench::ImportLimits limits;
    limits.maxUncompressedBytes = 8 * 1024 * 1024;
    const casebench::ReadResult result = casebench::OdtReader::read(
        package, QStringLiteral("fuzz.odt"), limits);
    if (!result.ok() && result.error.isEmpty())
        __builtin_trap();
    return 0;
}
