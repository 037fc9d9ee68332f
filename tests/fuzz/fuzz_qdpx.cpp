// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the REFI-QDA project reader on arbitrary bytes. The input becomes
// project.qde of an otherwise valid package that also holds one source text (so the fuzzer
// works on the XML and its references, not on zip framing); inputs starting with "PK" are read
// as a whole archive instead. Every failure must be a LibraryError with a message.
#include "export/qdpxreader.h"
#include "fuzzpackage.h"
#include "model/libraryerror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray package
        = input.startsWith("PK") ? input
                                 : casebench::fuzz::zipStored(
                                     {{"project.qde", input},
                                      {"sources/11111111-2222-4333-8444-555555555501.txt",
                                       "The panel found the facts proved and imposed a caution."}});
    casebench::ImportLimits limits;
    limits.maxUncompressedBytes = 8 * 1024 * 1024;
    limits.maxPartBytes = 4 * 1024 * 1024;
    limits.maxTextCharacters = 1024 * 1024;
    limits.maxProjectTextCharacters = 2 * 1024 * 1024;
    try {
        const casebench::QdpxProject project = casebench::QdpxReader::readBytes(
            package, QStringLiteral("fuzz.qdpx"), limits);
        // What the reader accepts is consistent: every selection lies in its source's text.
        for (const casebench::QdpxProject::Source &source : project.sources) {
            for (const casebench::QdpxProject::Selection &s : source.selections) {
                if (s.start < 0 || s.end < s.start || s.end > source.text.size())
                    __builtin_trap();
            }
        }
    } catch (const casebench::LibraryError &e) {
        if (e.message().isEmpty())
            __builtin_trap();
    }
    return 0;
}
