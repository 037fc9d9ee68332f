// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecitation.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace casebench {

QString caseCitation(const Case &c)
{
    QString text = c.reference.simplified();
    const QString title = c.title.simplified();
    if (!title.isEmpty())
        text += text.isEmpty() ? title : u" — "_s + title;

    QStringList details;
    if (c.regulator != Regulator::Other)
        details.append(enumLabel(c.regulator));
    const QDate date = c.decisionDate.isValid() ? c.decisionDate : c.hearingDate;
    if (date.isValid())
        details.append(QLocale::c().toString(date, u"d MMMM yyyy"_s));
    if (!details.isEmpty()) {
        const QString bracket = u"("_s + details.join(u", "_s) + u")"_s;
        text += text.isEmpty() ? bracket : u" "_s + bracket;
    }
    return text;
}

} // namespace casebench
