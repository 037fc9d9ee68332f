// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/enumtable.h"
#include "model/sanction.h"
#include "model/storedsuggestion.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {

class Library;
class Outline;

/// How far a reviewer can rely on a suggestion without reading its passage.
enum class SuggestionConfidence { Low, Medium, High };

template <>
struct EnumTable<SuggestionConfidence>
{
    static constexpr std::array<EnumEntry<SuggestionConfidence>, 3> entries{{
        {SuggestionConfidence::Low, u"low", QT_TRANSLATE_NOOP("casebench", "Low")},
        {SuggestionConfidence::Medium, u"medium", QT_TRANSLATE_NOOP("casebench", "Medium")},
        {SuggestionConfidence::High, u"high", QT_TRANSLATE_NOOP("casebench", "High")},
    }};
};

/// A stored suggestion as a reviewer sees it: how sure the importer is, why, and the passage
/// that supports it.
struct ReviewedSuggestion
{
    StoredSuggestion suggestion;
    SuggestionConfidence confidence = SuggestionConfidence::Medium;
    QString reason;     ///< why this confidence, in words
    QString passage;    ///< the supporting passage on one line (at most about 240 characters)
    QDate documentDate; ///< the decision date of the suggestion's document, when known
};

/// What to accept at once: every pending suggestion, or only those of high confidence.
enum class AcceptScope { All, Confident };

/// Accepting a case's import suggestions: which ones, and the case and sanction history that
/// result. Pure functions but reviewRows(), which reads the library; the caller makes the edit
/// (LibrarySession::acceptSuggestions(), so it can be undone).
namespace acceptance {

/// The confidence of a suggestion from where its document states it: a labelled field of the
/// title block is high; a sentence of the decision is medium; an order whose stated length is
/// missing, or a review whose earlier order is not named, is low.
SuggestionConfidence confidenceOf(const StoredSuggestion &s, const Outline &outline,
                                  Regulator regulator, QString *reason = nullptr);

/// The supporting passage of a suggestion on one line, shortened around its middle.
QString passageOf(const StoredSuggestion &s, const QString &text);

/// True when the case (and history) already holds what the suggestion says: it was accepted,
/// or the reviewer entered the same.
bool isHeld(const StoredSuggestion &s, const Case &c, const SanctionHistory &history);

/// The case's suggestions that are not dismissed, with confidence and passage, in document
/// and field order.
QList<ReviewedSuggestion> reviewRows(Library &library, CaseId caseId);

/// The result of accepting suggestions.
struct Plan
{
    Case updated;            ///< the case with the field suggestions accepted
    QList<Sanction> history; ///< the whole history after (sequences 0, 1, …)
    bool caseChanged = false;
    bool historyChanged = false;
    QList<SuggestionId> accepted; ///< the suggestions the plan takes
    /// Suggestions left for the reviewer, each with the reason ("Its length is not stated …").
    QList<std::pair<SuggestionId, QString>> skipped;
    QStringList notes; ///< what the plan did beyond the words of a suggestion

    [[nodiscard]] bool isEmpty() const { return !caseChanged && !historyChanged; }
};

/// Accept All: every row in scope that the case does not hold yet, by the rules of the
/// history. A review builds a valid history: when nothing of its kind stands, the order under
/// review is added first (its date and length unknown, and shown as such), then the review's
/// outcome; a revocation leaves no order in force. An interim order made beside a final one is
/// added after it and never becomes the outcome. An entry the regulator's rules refuse (a
/// suspension whose length the decision does not state) is skipped with the reason. The
/// reference is taken only when `withReference` (it is the reviewer's handle on the case).
Plan plan(const Case &c, const QList<Sanction> &history, const QList<ReviewedSuggestion> &rows,
          AcceptScope scope, bool withReference = false);

/// One row alone (Accept on a single suggestion), by the same rules.
Plan planOne(const Case &c, const QList<Sanction> &history, const ReviewedSuggestion &row);

} // namespace acceptance

} // namespace casebench
