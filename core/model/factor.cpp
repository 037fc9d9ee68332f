// SPDX-License-Identifier: GPL-3.0-or-later
#include "factor.h"

namespace casebench {

QColor defaultCategoryColour(FactorCategory category)
{
    switch (category) {
    case FactorCategory::Finding:
        return QColor(0x42, 0x7d, 0xc4);
    case FactorCategory::Aggravating:
        return QColor(0xd3, 0x4a, 0x3f);
    case FactorCategory::Mitigating:
        return QColor(0x3f, 0x9a, 0x4e);
    case FactorCategory::InsightRemediation:
        return QColor(0x1f, 0x96, 0x94);
    case FactorCategory::Context:
        return QColor(0x80, 0x80, 0x80);
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace casebench
