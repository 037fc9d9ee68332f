// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "precedentranker.h"

#include <QList>
#include <QString>

#include <optional>

namespace casebench {

/// The spread of outcomes among the top precedents of a case, on the sanction ladder (least
/// restrictive first) with durations, and the precedents that break the pattern. What the
/// sanction chart draws; a plain value computed from a PrecedentResult.
class SanctionPicture
{
public:
    /// One precedent's outcome.
    struct Point
    {
        CaseId caseId;
        QString reference;
        double score = 0;                 ///< the precedent's likeness to the case
        std::optional<SanctionType> type; ///< nothing: no order stands
        std::optional<int> rank;          ///< ladder rank; nothing when off the ladder
        std::optional<int> durationMonths;
        /// Two or more rungs from the typical outcome (the score-weighted median rank), when
        /// three or more precedents are on the ladder.
        bool outlier = false;
        /// For an outlier: the distinguishing factors that may explain it. A harsher outcome
        /// is explained by aggravating factors only the precedent has and mitigating ones only
        /// this case has; a lighter one the other way round. Empty when nothing explains it.
        QList<Factor> explainingFactors;
        /// For an outlier, one sentence: "harsher than the typical outcome; the precedent has
        /// dishonesty, this case has remorse and apology".
        QString note;
    };

    /// One rung of the ladder and the precedents that ended there.
    struct Rung
    {
        SanctionType type = SanctionType::NoFurtherAction;
        int rank = 0;
        int count = 0;
        QList<int> durationsMonths; ///< of the precedents with a duration, ascending
    };

    /// Where a proposed outcome sits against the precedents.
    enum class Position { NoPrecedents, BelowAll, Lighter, WithTypical, Harsher, AboveAll };

    SanctionPicture() = default;
    /// The picture of a ranking's matches (all of them; rank fewer to picture fewer).
    static SanctionPicture fromResult(const PrecedentResult &result);

    /// Every precedent's outcome in ranking order.
    [[nodiscard]] const QList<Point> &points() const { return m_points; }
    /// The eight rungs of the ladder, least restrictive first, each with its count.
    [[nodiscard]] const QList<Rung> &rungs() const { return m_rungs; }
    /// Precedents whose outcome is off the ladder (no order, interim order, voluntary removal).
    [[nodiscard]] int offLadderCount() const { return m_offLadder; }
    /// The score-weighted median rank of the precedents on the ladder; nothing when none is.
    [[nodiscard]] std::optional<int> typicalRank() const { return m_typical; }
    /// Lowest and highest ranks among the precedents on the ladder.
    [[nodiscard]] std::optional<int> lowestRank() const { return m_lowest; }
    [[nodiscard]] std::optional<int> highestRank() const { return m_highest; }
    /// The outliers among points(), in ranking order.
    [[nodiscard]] QList<Point> outliers() const;

    /// Where an outcome of this type sits: below or above every precedent, lighter or harsher
    /// than the typical outcome by one rung or more, or with it. NoPrecedents when no precedent
    /// is on the ladder or the type is not.
    [[nodiscard]] Position position(SanctionType proposed) const;
    /// A sentence for position(): "Harsher than the typical outcome (caution order) of the 20
    /// precedents."
    [[nodiscard]] QString describePosition(SanctionType proposed) const;

private:
    QList<Point> m_points;
    QList<Rung> m_rungs;
    int m_offLadder = 0;
    std::optional<int> m_typical;
    std::optional<int> m_lowest;
    std::optional<int> m_highest;
};

} // namespace casebench
