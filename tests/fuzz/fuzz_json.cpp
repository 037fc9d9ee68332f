// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the case JSON reader on arbitrary bytes, then quote placement for every
// passage it accepts (with a budget, as an import spends it). Every failure must be a
// LibraryError with a message; a placed quote must lie in its document's text.
#include "export/casejsonreader.h"
#include "model/libraryerror.h"
#include "services/casejsonimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        const casebench::ParsedCase parsed = casebench::CaseJsonReader::parse(
            input, QStringLiteral("fuzz.json"));
        qint64 budget = 10'000'000;
        for (const casebench::ParsedDocument &d : parsed.documents) {
            for (const casebench::ParsedPassage &p : d.passages) {
                const auto at = casebench::CaseJsonImporter::placeQuote(d.document.text, p.passage,
                                                                        &budget);
                if (at && (*at < 0 || *at + p.passage.quote.size() > d.document.text.size()))
                    __builtin_trap();
            }
        }
    } catch (const casebench::LibraryError &e) {
        if (e.message().isEmpty())
            __builtin_trap();
    }
    return 0;
}
