// SPDX-License-Identifier: GPL-3.0-or-later
#include "casereference.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebench {

QString uniqueReference(const QString &wanted, const std::function<bool(const QString &)> &taken)
{
    const QString simplified = wanted.simplified();
    if (simplified.isEmpty()) {
        QString generated;
        for (int n = 1; generated.isEmpty() || taken(generated); ++n)
            generated = u"NEW-%1"_s.arg(n, 3, 10, QLatin1Char('0'));
        return generated;
    }
    if (!taken(simplified))
        return simplified;

    QString base = simplified;
    int n = 2;
    static const QRegularExpression numbered(uR"(^(.*\S) \((\d{1,6})\)$)"_s);
    if (const auto match = numbered.match(simplified); match.hasMatch()) {
        base = match.captured(1);
        n = match.captured(2).toInt() + 1;
    }
    QString candidate;
    do {
        candidate = u"%1 (%2)"_s.arg(base).arg(n++);
    } while (taken(candidate));
    return candidate;
}

} // namespace casebench
