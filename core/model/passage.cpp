// SPDX-License-Identifier: GPL-3.0-or-later
#include "passage.h"

#include <algorithm>

namespace casebench {

Passage Passage::fromSpan(const QString &text, DocumentId document, FactorId factor, int start,
                          int end)
{
    const int length = static_cast<int>(text.size());
    start = std::clamp(start, 0, length);
    end = std::clamp(end, start, length);
    Passage p;
    p.document = document;
    p.factor = factor;
    p.start = start;
    p.end = end;
    p.quote = text.mid(start, end - start);
    const int prefixStart = std::max(0, start - contextLength);
    p.prefix = text.mid(prefixStart, start - prefixStart);
    p.suffix = text.mid(end, contextLength);
    return p;
}

} // namespace casebench
