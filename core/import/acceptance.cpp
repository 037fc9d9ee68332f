// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceptance.h"

#include "model/outline.h"
#include "model/validation.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "suggestionrules.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::acceptance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::acceptance)
};

bool isSanctionField(SuggestionField field)
{
    return field == SuggestionField::Sanction || field == SuggestionField::InterimOrder;
}

bool inField(const StoredSuggestion &s, const Outline &outline)
{
    return std::any_of(
        outline.fields().cbegin(), outline.fields().cend(),
        [&s](const OutlineField &f) { return s.start >= f.start && s.end <= f.end + 1; });
}

QString orderName(SanctionType type)
{
    return enumLabel(type).toLower();
}

void renumber(QList<Sanction> &entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        entries[i].sequence = static_cast<int>(i);
}

/// The first error validation finds in entries from `from` on, in words; empty when none.
QString firstError(const QList<Sanction> &entries, qsizetype from, Regulator regulator)
{
    const ValidationIssues issues = validation::validateHistory(entries, regulator);
    for (const ValidationIssue &issue : issues) {
        if (issue.severity != ValidationIssue::Severity::Error)
            continue;
        const int sequence = issue.field.section(u'.', 0, 0).toInt();
        if (sequence >= from)
            return issue.message;
    }
    return {};
}

/// Adds one Sanction or InterimOrder suggestion to `entries` by the rules of a history, or says
/// why it cannot be added.
QString addSanction(const ReviewedSuggestion &row, const Case &c, QList<Sanction> &entries,
                    QStringList &notes)
{
    const StoredSuggestion &s = row.suggestion;
    const auto suggested = s.sanction();
    if (!suggested)
        return Tr::tr("The suggested order cannot be read.");
    Sanction entry;
    entry.caseId = c.id;
    entry.type = suggested->type;
    entry.durationMonths = suggested->durationMonths;
    entry.outcome = s.field == SuggestionField::InterimOrder ? ReviewOutcome::Imposed
                                                             : suggested->outcome;
    entry.decidedOn = row.documentDate.isValid() ? row.documentDate : c.decisionDate;
    const bool interim = sanctionladder::isInterim(entry.type);

    QList<Sanction> trial = entries;
    if (entry.outcome != ReviewOutcome::Imposed) {
        const auto standing = SanctionHistory(trial).standingBefore(trial.size(), interim);
        if (!standing) {
            // The decision reviews an order this case does not hold yet: add it first, known
            // only from this decision.
            std::optional<SanctionType> earlier = suggested->previousType;
            if (earlier && sanctionladder::isInterim(*earlier) != interim
                && entry.outcome != ReviewOutcome::Replaced)
                earlier.reset();
            if (!earlier && entry.outcome != ReviewOutcome::Replaced)
                earlier = entry.type;
            if (earlier) {
                Sanction before;
                before.caseId = c.id;
                before.type = *earlier;
                before.outcome = ReviewOutcome::Imposed;
                trial.append(before);
                notes.append(Tr::tr("Added the %1 under review; this decision does not give its "
                                    "date or length.")
                                 .arg(orderName(*earlier)));
                if (entry.outcome == ReviewOutcome::Replaced && *earlier == entry.type)
                    entry.outcome = entry.durationMonths ? ReviewOutcome::Extended
                                                         : ReviewOutcome::Confirmed;
                else if (entry.outcome != ReviewOutcome::Replaced && *earlier != entry.type)
                    entry.outcome = ReviewOutcome::Replaced;
            } else {
                entry.outcome = ReviewOutcome::Imposed;
                notes.append(Tr::tr("The order the %1 replaced is not named; it is recorded as "
                                    "imposed.")
                                 .arg(orderName(entry.type)));
            }
        } else if (entry.outcome == ReviewOutcome::Revoked) {
            entry.type = standing->type; // a revocation ends the order that stood
        } else if (entry.outcome == ReviewOutcome::Replaced) {
            if (standing->type == entry.type)
                entry.outcome = entry.durationMonths ? ReviewOutcome::Extended
                                                     : ReviewOutcome::Confirmed;
        } else if (standing->type != entry.type) {
            entry.outcome = ReviewOutcome::Replaced;
        }
    }
    if (entry.outcome == ReviewOutcome::Revoked)
        entry.durationMonths.reset();
    const qsizetype firstNew = entries.size();
    trial.append(entry);
    renumber(trial);
    const QString error = firstError(trial, firstNew, c.regulator);
    if (!error.isEmpty())
        return error;
    entries = trial;
    return {};
}

} // namespace

SuggestionConfidence confidenceOf(const StoredSuggestion &s, const Outline &outline,
                                  Regulator regulator, QString *reason)
{
    const auto says = [reason](SuggestionConfidence confidence, const char *why) {
        if (reason)
            *reason = Tr::tr(why);
        return confidence;
    };
    const bool field = inField(s, outline);
    if (isSanctionField(s.field)) {
        const auto sanction = s.sanction();
        if (!sanction)
            return says(SuggestionConfidence::Low, "The suggested order cannot be read.");
        const auto rule = sanctionladder::durationRule(sanction->type, regulator);
        const bool needsLength = (rule.durationAllowed && rule.durationRequired)
                                 || sanctionladder::isInterim(sanction->type);
        const bool lengthMissing = needsLength && !sanction->durationMonths
                                   && (sanction->outcome == ReviewOutcome::Imposed
                                       || sanction->outcome == ReviewOutcome::Extended
                                       || sanction->outcome == ReviewOutcome::Replaced);
        if (lengthMissing)
            return says(SuggestionConfidence::Low,
                        "The decision does not state how long the order lasts.");
        // A replacement must name what it replaced; a revocation, extension or variation names
        // the order it acts on in the order itself.
        if (sanction->outcome == ReviewOutcome::Replaced && !sanction->previousType)
            return says(SuggestionConfidence::Low,
                        "The decision does not name the order under review.");
        if (field)
            return says(SuggestionConfidence::High, "Stated in a labelled field of the decision.");
        const DecisionStage stage = outline.stageAt(s.start);
        if (stage == DecisionStage::Order || stage == DecisionStage::InterimOrder
            || stage == DecisionStage::Sanction)
            return says(SuggestionConfidence::High, "Stated where the decision makes its order.");
        return says(SuggestionConfidence::Medium, "Read from a sentence of the decision.");
    }
    if (field)
        return says(SuggestionConfidence::High, "Stated in a labelled field of the decision.");
    switch (s.field) {
    case SuggestionField::Regulator:
    case SuggestionField::HearingDate:
    case SuggestionField::DecisionDate:
        return says(SuggestionConfidence::High, "Stated in the opening of the decision.");
    case SuggestionField::Profession:
    case SuggestionField::HearingType:
    case SuggestionField::Facts:
    case SuggestionField::Ground:
    case SuggestionField::Impairment:
        return says(SuggestionConfidence::Medium, "Read from a sentence of the decision.");
    case SuggestionField::Reference:
        return says(SuggestionConfidence::Low, "Not stated as the case's reference.");
    case SuggestionField::Sanction:
    case SuggestionField::InterimOrder:
        break;
    }
    return says(SuggestionConfidence::Medium, "Read from a sentence of the decision.");
}

QString passageOf(const StoredSuggestion &s, const QString &text)
{
    constexpr qsizetype limit = 240;
    const qsizetype start = std::clamp<qsizetype>(s.start, 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(s.end, start, text.size());
    QString passage = text.mid(start, end - start).simplified();
    if (passage.size() > limit)
        passage = passage.left(limit / 2 - 1) + u" … "_s + passage.right(limit / 2 - 2);
    return passage;
}

bool isHeld(const StoredSuggestion &s, const Case &c, const SanctionHistory &history)
{
    if (!isSanctionField(s.field))
        return suggestionrules::isHeld(s, c, history);
    const auto sanction = s.sanction();
    if (!sanction)
        return false;
    const bool revoked = s.field == SuggestionField::Sanction
                         && sanction->outcome == ReviewOutcome::Revoked;
    for (const Sanction &entry : history.entries()) {
        if (revoked) {
            if (entry.outcome == ReviewOutcome::Revoked
                && (!sanction->previousType || entry.type == *sanction->previousType
                    || entry.type == sanction->type))
                return true;
            continue;
        }
        if (entry.type != sanction->type || entry.durationMonths != sanction->durationMonths
            || entry.outcome == ReviewOutcome::Revoked)
            continue;
        // An order added only as the one under review (no date of its own) is not the review.
        if (s.field == SuggestionField::Sanction && sanction->outcome != ReviewOutcome::Imposed
            && entry.outcome == ReviewOutcome::Imposed && !entry.decidedOn.isValid())
            continue;
        return true;
    }
    return false;
}

QList<ReviewedSuggestion> reviewRows(Library &library, CaseId caseId)
{
    QList<ReviewedSuggestion> rows;
    const auto c = library.cases().find(caseId);
    if (!c)
        return rows;
    QHash<DocumentId, std::pair<Document, Outline>> documents;
    OutlineRepository &outlines = library.outlines();
    for (const StoredSuggestion &s : library.importSuggestions().forCase(caseId)) {
        if (s.status == SuggestionStatus::Dismissed)
            continue;
        if (!documents.contains(s.document)) {
            const auto document = library.documents().find(s.document);
            documents.insert(s.document,
                             {document.value_or(Document{}), outlines.outline(s.document)});
        }
        const auto &[document, outline] = documents.value(s.document);
        ReviewedSuggestion row;
        row.suggestion = s;
        row.confidence = confidenceOf(s, outline, c->regulator, &row.reason);
        row.passage = passageOf(s, document.text);
        row.documentDate = document.date;
        rows.append(row);
    }
    return rows;
}

Plan plan(const Case &c, const QList<Sanction> &history, const QList<ReviewedSuggestion> &rows,
          AcceptScope scope, bool withReference)
{
    Plan result;
    result.updated = c;
    result.history = SanctionHistory(history).entries();
    QList<const ReviewedSuggestion *> orders;
    for (const ReviewedSuggestion &row : rows) {
        const StoredSuggestion &s = row.suggestion;
        if (s.status == SuggestionStatus::Dismissed)
            continue;
        if (scope == AcceptScope::Confident && row.confidence != SuggestionConfidence::High)
            continue;
        if (s.field == SuggestionField::Reference && !withReference)
            continue;
        if (isSanctionField(s.field)) {
            orders.append(&row);
            continue;
        }
        if (suggestionrules::isHeld(s, result.updated, SanctionHistory(result.history)))
            continue;
        const Case after = suggestionrules::accepted(s, result.updated);
        if (after == result.updated)
            continue;
        const ValidationIssues issues = validation::validateCase(after);
        if (validation::hasErrors(issues)) {
            for (const ValidationIssue &issue : issues) {
                if (issue.severity == ValidationIssue::Severity::Error) {
                    result.skipped.append({s.id, issue.message});
                    break;
                }
            }
            continue;
        }
        result.updated = after;
        result.accepted.append(s.id);
    }
    // Orders in the order their decisions were made; the final order before the interim one
    // made beside it.
    std::stable_sort(orders.begin(), orders.end(),
                     [](const ReviewedSuggestion *a, const ReviewedSuggestion *b) {
                         const QDate da = a->documentDate, db = b->documentDate;
                         if (da.isValid() && db.isValid() && da != db)
                             return da < db;
                         if (a->suggestion.document != b->suggestion.document)
                             return false;
                         return a->suggestion.field == SuggestionField::Sanction
                                && b->suggestion.field == SuggestionField::InterimOrder;
                     });
    for (const ReviewedSuggestion *row : std::as_const(orders)) {
        if (isHeld(row->suggestion, result.updated, SanctionHistory(result.history)))
            continue;
        const QString why = addSanction(*row, result.updated, result.history, result.notes);
        if (why.isEmpty())
            result.accepted.append(row->suggestion.id);
        else
            result.skipped.append({row->suggestion.id, why});
    }
    result.caseChanged = !(result.updated == c);
    result.historyChanged = result.history != SanctionHistory(history).entries();
    return result;
}

Plan planOne(const Case &c, const QList<Sanction> &history, const ReviewedSuggestion &row)
{
    return plan(c, history, {row}, AcceptScope::All, true);
}

} // namespace casebench::acceptance
