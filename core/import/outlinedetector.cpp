// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinedetector.h"

#include "outlinebuilder.h"

namespace casebench {

Outline OutlineDetector::detect(const QString &text, const QList<int> &pageStarts)
{
    return detail::OutlineBuilder(text, pageStarts).run();
}

} // namespace casebench
