// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/passage.h"

#include <QList>
#include <QString>

namespace casebench {

/// How a passage was found again in a replaced text.
enum class AnchorStatus {
    Unchanged, ///< the same quote at the same offsets
    Moved,     ///< the same quote elsewhere
    Changed,   ///< a close match of the quote (small rewording): quote updated
    Orphaned,  ///< not found: kept for the reviewer to re-place
};

/// One passage after re-anchoring.
struct AnchoredPassage
{
    Passage passage; ///< with new start, end, quote, prefix and suffix (orphans: as before)
    AnchorStatus status = AnchorStatus::Orphaned;
    double similarity = 0; ///< 1 for an exact quote; for Changed, 1 - edits / quote length
};

/// What re-anchoring found, passage by passage (in the order given).
struct ReanchorReport
{
    QList<AnchoredPassage> passages;
    int unchanged = 0;
    int moved = 0;
    int changed = 0;
    int orphaned = 0;

    [[nodiscard]] int found() const { return unchanged + moved + changed; }
};

/// Finds passages again when their document's text is replaced.
///
/// Old and new texts are first aligned by the lines they share (a patience diff), which maps an
/// old offset to where it is expected in the new text. Each passage is then: unchanged when its
/// quote is still at its offsets; moved when the exact quote is found (near the expected place,
/// else anywhere; among several, the one whose surrounding text matches best); changed when a
/// bounded edit-distance search near the expected place finds the quote with few enough edits
/// (at most a quarter of its length), the surrounding text breaking ties; otherwise orphaned.
/// Orphans are flagged (Passage::orphaned) and keep every field. A pure function: safe on a
/// worker thread.
class Reanchorer
{
public:
    /// The least similarity (1 - edits / length) a changed quote may have.
    static constexpr double minimumSimilarity = 0.75;

    [[nodiscard]] static ReanchorReport reanchor(const QString &oldText, const QString &newText,
                                                 const QList<Passage> &passages);
};

} // namespace casebench
