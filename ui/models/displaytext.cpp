// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include "model/sanction.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace casebench::ui::displaytext {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::ui::displaytext)
};

/// Orders off the ladder sit beside the rung they resemble: interim orders just above the
/// final order of the same kind, voluntary removal just below striking-off.
int ladderPosition(SanctionType type)
{
    if (const auto rank = sanctionladder::rank(type))
        return *rank * 10;
    switch (type) {
    case SanctionType::InterimConditions:
        return *sanctionladder::rank(SanctionType::ConditionsOfPractice) * 10 + 5;
    case SanctionType::InterimSuspension:
        return *sanctionladder::rank(SanctionType::Suspension) * 10 + 5;
    case SanctionType::VoluntaryRemoval:
        return *sanctionladder::rank(SanctionType::StrikingOff) * 10 - 5;
    default:
        return 0;
    }
}

} // namespace

QString duration(std::optional<int> months)
{
    if (!months)
        return {};
    const int m = *months;
    if (m >= 24 && m % 12 == 0)
        return Tr::tr("%1 years").arg(m / 12);
    return m == 1 ? Tr::tr("1 month") : Tr::tr("%1 months").arg(m);
}

QString sanction(const Sanction &s, Regulator regulator)
{
    const QString term = sanctionladder::regulatorTerm(s.type, regulator);
    const QString length = duration(s.durationMonths);
    return length.isEmpty() ? term : Tr::tr("%1, %2").arg(term, length);
}

QString date(const QDate &d)
{
    if (!d.isValid())
        return {};
    return QLocale().toString(d, u"d MMM yyyy"_s);
}

qint64 sanctionSortKey(const std::optional<Sanction> &s)
{
    if (!s)
        return -1;
    return static_cast<qint64>(ladderPosition(s->type)) * 10000 + s->durationMonths.value_or(0);
}

} // namespace casebench::ui::displaytext
