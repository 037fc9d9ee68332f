// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanctionpicture.h"

#include "precedentexplanation.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::SanctionPicture)
};

constexpr int outlierDistance = 2;
constexpr qsizetype minimumForPattern = 3;

/// The rank at which half the weight of the precedents on the ladder is reached.
std::optional<int> weightedMedian(QList<std::pair<int, double>> ranks)
{
    if (ranks.isEmpty())
        return std::nullopt;
    std::sort(ranks.begin(), ranks.end());
    double total = 0;
    for (const auto &r : std::as_const(ranks))
        total += r.second;
    double sum = 0;
    for (const auto &r : std::as_const(ranks)) {
        sum += r.second;
        if (sum >= total / 2)
            return r.first;
    }
    return ranks.constLast().first;
}

SanctionType typeAtRank(int rank)
{
    for (SanctionType t : enumValues<SanctionType>()) {
        if (sanctionladder::rank(t) == rank)
            return t;
    }
    return SanctionType::NoFurtherAction;
}

/// Factors that pull towards `towards` (+1 harsher, -1 lighter) from the precedent's side, and
/// the other way from the subject's.
QList<Factor> explaining(const PrecedentMatch &m, int towards, QStringList &said)
{
    const Polarity precedentPull = towards > 0 ? Polarity::MoreSevere : Polarity::LessSevere;
    const Polarity subjectPull = towards > 0 ? Polarity::LessSevere : Polarity::MoreSevere;
    QList<Factor> factors;
    QList<Factor> precedentSide;
    QList<Factor> subjectSide;
    for (const Factor &f : m.onlyInPrecedent) {
        if (f.polarity == precedentPull)
            precedentSide.append(f);
    }
    for (const Factor &f : m.onlyInSubject) {
        if (f.polarity == subjectPull)
            subjectSide.append(f);
    }
    if (!precedentSide.isEmpty())
        said.append(Tr::tr("the precedent has %1")
                        .arg(precedentexplanation::nameList(precedentSide, 4, m.suggested)));
    if (!subjectSide.isEmpty())
        said.append(Tr::tr("this case has %1")
                        .arg(precedentexplanation::nameList(subjectSide, 4, m.suggested)));
    factors << precedentSide << subjectSide;
    return factors;
}

} // namespace

SanctionPicture SanctionPicture::fromResult(const PrecedentResult &result)
{
    SanctionPicture picture;
    for (SanctionType t : enumValues<SanctionType>()) {
        if (const auto r = sanctionladder::rank(t))
            picture.m_rungs.append({t, *r, 0, {}});
    }
    std::sort(picture.m_rungs.begin(), picture.m_rungs.end(),
              [](const Rung &a, const Rung &b) { return a.rank < b.rank; });

    QList<std::pair<int, double>> ranks;
    for (const PrecedentMatch &m : result.matches) {
        Point p;
        p.caseId = m.precedent.id;
        p.reference = m.precedent.reference;
        p.score = m.score;
        if (m.precedent.sanction) {
            p.type = m.precedent.sanction->type;
            p.durationMonths = m.precedent.sanction->durationMonths;
        }
        p.rank = m.precedent.sanctionRank;
        if (p.rank) {
            Rung &rung = picture.m_rungs[*p.rank];
            ++rung.count;
            if (p.durationMonths)
                rung.durationsMonths.append(*p.durationMonths);
            ranks.append({*p.rank, std::max(m.score, 0.001)});
            picture.m_lowest = std::min(picture.m_lowest.value_or(*p.rank), *p.rank);
            picture.m_highest = std::max(picture.m_highest.value_or(*p.rank), *p.rank);
        } else {
            ++picture.m_offLadder;
        }
        picture.m_points.append(p);
    }
    for (Rung &rung : picture.m_rungs)
        std::sort(rung.durationsMonths.begin(), rung.durationsMonths.end());
    picture.m_typical = weightedMedian(ranks);
    // With fewer than three outcomes on the ladder there is no pattern to break.
    if (!picture.m_typical || ranks.size() < minimumForPattern)
        return picture;

    const QString typical = sanctionladder::regulatorTerm(typeAtRank(*picture.m_typical),
                                                          result.subject.regulator);
    for (qsizetype i = 0; i < picture.m_points.size(); ++i) {
        Point &p = picture.m_points[i];
        if (!p.rank || std::abs(*p.rank - *picture.m_typical) < outlierDistance)
            continue;
        p.outlier = true;
        const int towards = *p.rank > *picture.m_typical ? 1 : -1;
        QStringList said;
        p.explainingFactors = explaining(result.matches.at(i), towards, said);
        const QString direction
            = towards > 0 ? Tr::tr("harsher than the typical outcome (%1)").arg(typical)
                          : Tr::tr("lighter than the typical outcome (%1)").arg(typical);
        p.note = said.isEmpty() ? Tr::tr("%1; no distinguishing factor explains it").arg(direction)
                                : u"%1; %2"_s.arg(direction, said.join(u", "_s));
    }
    return picture;
}

QList<SanctionPicture::Point> SanctionPicture::outliers() const
{
    QList<Point> list;
    for (const Point &p : m_points) {
        if (p.outlier)
            list.append(p);
    }
    return list;
}

SanctionPicture::Position SanctionPicture::position(SanctionType proposed) const
{
    const auto r = sanctionladder::rank(proposed);
    if (!r || !m_typical)
        return Position::NoPrecedents;
    if (*r < *m_lowest)
        return Position::BelowAll;
    if (*r > *m_highest)
        return Position::AboveAll;
    if (*r < *m_typical)
        return Position::Lighter;
    if (*r > *m_typical)
        return Position::Harsher;
    return Position::WithTypical;
}

QString SanctionPicture::describePosition(SanctionType proposed) const
{
    const int onLadder = static_cast<int>(m_points.size()) - m_offLadder;
    const QString typical = m_typical ? enumLabel(typeAtRank(*m_typical)) : QString();
    switch (position(proposed)) {
    case Position::NoPrecedents:
        return Tr::tr("No precedent outcome on the sanction ladder to compare with.");
    case Position::BelowAll:
        return Tr::tr("Lighter than the outcome of every one of the %1 precedents.").arg(onLadder);
    case Position::AboveAll:
        return Tr::tr("Harsher than the outcome of every one of the %1 precedents.").arg(onLadder);
    case Position::Lighter:
        return Tr::tr("Lighter than the typical outcome (%1) of the %2 precedents.")
            .arg(typical)
            .arg(onLadder);
    case Position::Harsher:
        return Tr::tr("Harsher than the typical outcome (%1) of the %2 precedents.")
            .arg(typical)
            .arg(onLadder);
    case Position::WithTypical:
        return Tr::tr("The typical outcome (%1) of the %2 precedents.").arg(typical).arg(onLadder);
    }
    return {};
}

} // namespace casebench
