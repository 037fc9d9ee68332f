// SPDX-License-Identifier: GPL-3.0-or-later
#include "precedentexplanation.h"

#include "precedentranker.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::precedentexplanation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::precedentexplanation)
};

/// Lower-cases the first letter unless the word is an abbreviation ("HCPC", "GMC").
QString inlineText(const QString &text)
{
    if (text.size() >= 2 && text.at(0).isUpper() && text.at(1).isLower())
        return text.at(0).toLower() + text.mid(1);
    return text;
}

} // namespace

QString inlineName(const Factor &factor)
{
    return inlineText(factor.name);
}

QString nameList(const QList<Factor> &factors, int shown, const QList<FactorId> &suggested)
{
    QStringList names;
    for (qsizetype i = 0; i < factors.size() && i < shown; ++i) {
        const Factor &f = factors.at(i);
        if (std::binary_search(suggested.cbegin(), suggested.cend(), f.id))
            names.append(Tr::tr("%1 (suggested)").arg(inlineName(f)));
        else
            names.append(inlineName(f));
    }
    if (factors.size() > shown)
        names.append(u"…"_s);
    return names.join(u", "_s);
}

QString explain(const PrecedentMatch &match, bool textAvailable)
{
    constexpr int shown = 4;
    QStringList parts;
    const qsizetype shared = match.shared.size();
    if (shared == 0)
        parts.append(Tr::tr("shares no factors"));
    else if (shared == 1)
        parts.append(
            Tr::tr("shares 1 factor (%1)").arg(nameList(match.shared, shown, match.suggested)));
    else
        parts.append(Tr::tr("shares %1 factors (%2)")
                         .arg(shared)
                         .arg(nameList(match.shared, shown, match.suggested)));

    QStringList differences;
    if (!match.onlyInSubject.isEmpty())
        differences.append(
            Tr::tr("this case has %1").arg(nameList(match.onlyInSubject, shown, match.suggested)));
    if (!match.onlyInPrecedent.isEmpty())
        differences.append(Tr::tr("the precedent has %1")
                               .arg(nameList(match.onlyInPrecedent, shown, match.suggested)));
    if (!differences.isEmpty())
        parts.append(Tr::tr("differs: %1").arg(differences.join(u", "_s)));
    else if (shared > 0)
        parts.append(Tr::tr("no distinguishing factors"));

    if (textAvailable)
        parts.append(Tr::tr("text similarity %1").arg(match.textScore, 0, 'f', 2));
    else
        parts.append(Tr::tr("texts not compared"));
    parts.append(
        Tr::tr("outcome: %1")
            .arg(inlineText(outcomeText(match.precedent.sanction, match.precedent.regulator))));
    return parts.join(u"; "_s);
}

} // namespace casebench::precedentexplanation
