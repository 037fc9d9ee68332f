// SPDX-License-Identifier: GPL-3.0-or-later
// Accepting import suggestions: reviews build a valid history, an interim order never becomes
// the outcome, refused entries are left with a reason, and many cases are one undoable edit.
#include "commands/librarysession.h"
#include "import/acceptance.h"
#include "model/libraryerror.h"
#include "model/validation.h"
#include "pipelinefixtures.h"
#include "services/importservice.h"
#include "storage/caserepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

ReviewedSuggestion order(SuggestionField field, SanctionType type, std::optional<int> months,
                         ReviewOutcome outcome, std::optional<SanctionType> previous = {},
                         SuggestionConfidence confidence = SuggestionConfidence::High)
{
    ReviewedSuggestion row;
    row.suggestion.id = SuggestionId(field == SuggestionField::Sanction ? 1 : 2);
    row.suggestion.document = DocumentId(1);
    row.suggestion.field = field;
    row.suggestion.value = enumIdentifier(type);
    row.suggestion.durationMonths = months;
    row.suggestion.outcome = outcome;
    row.suggestion.previousType = previous;
    row.confidence = confidence;
    row.documentDate = QDate(2026, 3, 12);
    return row;
}

ReviewedSuggestion field(SuggestionId id, SuggestionField f, const QString &value,
                         SuggestionConfidence confidence)
{
    ReviewedSuggestion row;
    row.suggestion.id = id;
    row.suggestion.document = DocumentId(1);
    row.suggestion.field = f;
    row.suggestion.value = value;
    row.confidence = confidence;
    return row;
}

Case nmcCase()
{
    Case c;
    c.id = CaseId(7);
    c.reference = u"NMC 2026-03-12 review"_s;
    c.title = u"Nurse"_s;
    c.regulator = Regulator::Nmc;
    c.decisionDate = QDate(2026, 3, 12);
    return c;
}

bool valid(const acceptance::Plan &plan, Regulator regulator)
{
    return !validation::hasErrors(validation::validateHistory(plan.history, regulator));
}

} // namespace

class TestAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reviewExtendingAnOrderAddsTheOrderUnderReview();
    void reviewReplacingAnOrder();
    void revocationLeavesNoOrderInForce();
    void replacementOfAnUnnamedOrderIsRecordedAsImposed();
    void interimOrderForTheAppealPeriodIsNotTheOutcome();
    void interimOnlyHistoryStandsForItself();
    void reviewOfAnExistingHistoryAppends();
    void orderWithoutItsLengthIsLeftWithAReason();
    void confidentScopeTakesOnlyHighConfidence();
    void heldSuggestionsAreNotAcceptedTwice();
    void confidenceFromWhereTheDecisionSaysIt();
    void manyCasesAreOneUndoableEdit();
    void failedAcceptanceLeavesNothingApplied();
};

void TestAcceptance::reviewExtendingAnOrderAddsTheOrderUnderReview()
{
    const Case c = nmcCase();
    const auto plan = acceptance::plan(
        c, {},
        {order(SuggestionField::Sanction, SanctionType::Suspension, 6, ReviewOutcome::Extended,
               SanctionType::Suspension)},
        AcceptScope::All);
    QCOMPARE(plan.history.size(), 2);
    QCOMPARE(plan.history.at(0).type, SanctionType::Suspension);
    QCOMPARE(plan.history.at(0).outcome, ReviewOutcome::Imposed);
    QVERIFY(!plan.history.at(0).decidedOn.isValid());
    QVERIFY(!plan.history.at(0).durationMonths);
    QCOMPARE(plan.history.at(1).outcome, ReviewOutcome::Extended);
    QCOMPARE(plan.history.at(1).durationMonths, std::optional<int>(6));
    QCOMPARE(plan.history.at(1).decidedOn, QDate(2026, 3, 12));
    QCOMPARE(plan.accepted.size(), 1);
    QCOMPARE(plan.notes.size(), 1);
    QVERIFY(valid(plan, c.regulator));
    const auto current = SanctionHistory(plan.history).current();
    QVERIFY(current);
    QCOMPARE(current->type, SanctionType::Suspension);
    QCOMPARE(current->durationMonths, std::optional<int>(6));
}

void TestAcceptance::reviewReplacingAnOrder()
{
    const Case c = nmcCase();
    const auto plan = acceptance::plan(
        c, {},
        {order(SuggestionField::Sanction, SanctionType::StrikingOff, {}, ReviewOutcome::Replaced,
               SanctionType::Suspension)},
        AcceptScope::All);
    QCOMPARE(plan.history.size(), 2);
    QCOMPARE(plan.history.at(0).type, SanctionType::Suspension);
    QCOMPARE(plan.history.at(1).type, SanctionType::StrikingOff);
    QCOMPARE(plan.history.at(1).outcome, ReviewOutcome::Replaced);
    QVERIFY(valid(plan, c.regulator));
    QCOMPARE(SanctionHistory(plan.history).current()->type, SanctionType::StrikingOff);
}

void TestAcceptance::revocationLeavesNoOrderInForce()
{
    const Case c = nmcCase();
    const auto plan = acceptance::plan(
        c, {},
        {order(SuggestionField::Sanction, SanctionType::ConditionsOfPractice, 12,
               ReviewOutcome::Revoked, SanctionType::ConditionsOfPractice)},
        AcceptScope::All);
    QCOMPARE(plan.history.size(), 2);
    QCOMPARE(plan.history.at(1).outcome, ReviewOutcome::Revoked);
    QVERIFY(!plan.history.at(1).durationMonths); // a revocation has no length
    QVERIFY(valid(plan, c.regulator));
    QVERIFY(!SanctionHistory(plan.history).current());
}

void TestAcceptance::replacementOfAnUnnamedOrderIsRecordedAsImposed()
{
    const Case c = nmcCase();
    const auto plan = acceptance::plan(
        c, {},
        {order(SuggestionField::Sanction, SanctionType::StrikingOff, {}, ReviewOutcome::Replaced)},
        AcceptScope::All);
    QCOMPARE(plan.history.size(), 1);
    QCOMPARE(plan.history.at(0).outcome, ReviewOutcome::Imposed);
    QCOMPARE(plan.notes.size(), 1);
    QVERIFY(plan.notes.constFirst().contains(u"not named"_s));
    QVERIFY(valid(plan, c.regulator));
}

void TestAcceptance::interimOrderForTheAppealPeriodIsNotTheOutcome()
{
    const Case c = nmcCase();
    // Listed interim first: the plan still puts the final order first.
    const auto plan = acceptance::plan(
        c, {},
        {order(SuggestionField::InterimOrder, SanctionType::InterimSuspension, 18,
               ReviewOutcome::Imposed),
         order(SuggestionField::Sanction, SanctionType::StrikingOff, {}, ReviewOutcome::Imposed)},
        AcceptScope::All);
    QCOMPARE(plan.history.size(), 2);
    QCOMPARE(plan.history.at(0).type, SanctionType::StrikingOff);
    QCOMPARE(plan.history.at(1).type, SanctionType::InterimSuspension);
    QVERIFY(valid(plan, c.regulator));
    const SanctionHistory history(plan.history);
    QCOMPARE(history.current()->type, SanctionType::StrikingOff);
    QCOMPARE(history.outcomeEntry()->type, SanctionType::StrikingOff);
}

void TestAcceptance::interimOnlyHistoryStandsForItself()
{
    Case c = nmcCase();
    c.hearingType = HearingType::InterimOrder;
    const auto plan = acceptance::plan(
        c, {},
        {order(SuggestionField::Sanction, SanctionType::InterimConditions, 18,
               ReviewOutcome::Imposed)},
        AcceptScope::All);
    QCOMPARE(plan.history.size(), 1);
    QCOMPARE(SanctionHistory(plan.history).current()->type, SanctionType::InterimConditions);
    // An interim order confirmed at its review, with nothing of it in the case yet.
    const auto review = acceptance::plan(
        c, {},
        {order(SuggestionField::Sanction, SanctionType::InterimConditions, {},
               ReviewOutcome::Confirmed, SanctionType::InterimConditions)},
        AcceptScope::All);
    QCOMPARE(review.history.size(), 2);
    QVERIFY(valid(review, c.regulator));
}

void TestAcceptance::reviewOfAnExistingHistoryAppends()
{
    const Case c = nmcCase();
    Sanction first;
    first.caseId = c.id;
    first.type = SanctionType::Suspension;
    first.durationMonths = 12;
    first.decidedOn = QDate(2025, 3, 1);
    Sanction interim;
    interim.caseId = c.id;
    interim.sequence = 1;
    interim.type = SanctionType::InterimSuspension;
    interim.durationMonths = 18;
    interim.decidedOn = QDate(2025, 3, 1);
    // The review's reading says "replaced" for the same kind: it extended it.
    const auto plan = acceptance::plan(
        c, {first, interim},
        {order(SuggestionField::Sanction, SanctionType::Suspension, 6, ReviewOutcome::Replaced,
               SanctionType::Suspension)},
        AcceptScope::All);
    QCOMPARE(plan.history.size(), 3);
    QCOMPARE(plan.history.at(2).outcome, ReviewOutcome::Extended);
    QCOMPARE(plan.history.at(2).sequence, 2);
    QVERIFY(plan.notes.isEmpty());
    QVERIFY(valid(plan, c.regulator));
    QCOMPARE(SanctionHistory(plan.history).current()->durationMonths, std::optional<int>(6));
}

void TestAcceptance::orderWithoutItsLengthIsLeftWithAReason()
{
    const Case c = nmcCase();
    const auto plan = acceptance::plan(
        c, {},
        {field(SuggestionId(3), SuggestionField::Profession, u"Nurse"_s,
               SuggestionConfidence::High),
         order(SuggestionField::Sanction, SanctionType::Suspension, {}, ReviewOutcome::Imposed)},
        AcceptScope::All);
    QVERIFY(plan.history.isEmpty());
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped.constFirst().first, SuggestionId(1));
    QVERIFY(plan.skipped.constFirst().second.contains(u"duration"_s));
    QCOMPARE(plan.updated.profession, u"Nurse"_s); // the rest is still taken
    QVERIFY(plan.caseChanged);
    QVERIFY(!plan.historyChanged);
}

void TestAcceptance::confidentScopeTakesOnlyHighConfidence()
{
    const Case c = nmcCase();
    const QList<ReviewedSuggestion> rows{
        field(SuggestionId(3), SuggestionField::Profession, u"Nurse"_s, SuggestionConfidence::High),
        field(SuggestionId(4), SuggestionField::Impairment, u"impaired"_s,
              SuggestionConfidence::Medium),
        order(SuggestionField::Sanction, SanctionType::StrikingOff, {}, ReviewOutcome::Imposed, {},
              SuggestionConfidence::Low)};
    const auto confident = acceptance::plan(c, {}, rows, AcceptScope::Confident);
    QCOMPARE(confident.accepted, QList<SuggestionId>{SuggestionId(3)});
    QCOMPARE(confident.updated.impairment, c.impairment);
    QVERIFY(confident.history.isEmpty());
    const auto all = acceptance::plan(c, {}, rows, AcceptScope::All);
    QCOMPARE(all.accepted.size(), 3);
    QCOMPARE(all.updated.impairment, ImpairmentFinding::Impaired);
}

void TestAcceptance::heldSuggestionsAreNotAcceptedTwice()
{
    const Case c = nmcCase();
    const QList<ReviewedSuggestion> rows{order(SuggestionField::Sanction, SanctionType::Suspension,
                                               6, ReviewOutcome::Extended,
                                               SanctionType::Suspension)};
    const auto first = acceptance::plan(c, {}, rows, AcceptScope::All);
    const SanctionHistory after(first.history);
    QVERIFY(acceptance::isHeld(rows.constFirst().suggestion, c, after));
    const auto again = acceptance::plan(c, first.history, rows, AcceptScope::All);
    QVERIFY(again.isEmpty());
    // The order under review alone does not hold the review.
    QVERIFY(!acceptance::isHeld(rows.constFirst().suggestion, c,
                                SanctionHistory({first.history.constFirst()})));
}

void TestAcceptance::confidenceFromWhereTheDecisionSaysIt()
{
    Outline outline;
    StoredSuggestion s = order(SuggestionField::Sanction, SanctionType::Suspension, {},
                               ReviewOutcome::Imposed)
                             .suggestion;
    QString reason;
    QCOMPARE(acceptance::confidenceOf(s, outline, Regulator::Nmc, &reason),
             SuggestionConfidence::Low);
    QVERIFY(reason.contains(u"how long"_s));
    s.durationMonths = 6;
    QCOMPARE(acceptance::confidenceOf(s, outline, Regulator::Nmc), SuggestionConfidence::Medium);
    s.value = enumIdentifier(SanctionType::StrikingOff);
    s.durationMonths.reset();
    QCOMPARE(acceptance::confidenceOf(s, outline, Regulator::Nmc), SuggestionConfidence::Medium);
    s.outcome = ReviewOutcome::Replaced; // and no order under review named
    QCOMPARE(acceptance::confidenceOf(s, outline, Regulator::Nmc), SuggestionConfidence::Low);
}

void TestAcceptance::manyCasesAreOneUndoableEdit()
{
    test::TempFolder folder;
    const QString path = folder.path(u"lib.casebench"_s);
    Library::create(path);
    QList<CaseId> ids;
    {
        auto library = Library::open(path);
        ImportService service(*library);
        for (int n = 1; n <= 3; ++n) {
            const QString file = test::writeText(folder.path(u"d%1.txt"_s.arg(n)),
                                                 test::decisionText(n));
            const ImportOutcome o = service.importFile(file, ImportTarget::newCase());
            QCOMPARE(o.status, ImportStatus::Imported);
            ids.append(o.caseId);
        }
    }
    LibrarySession session(Library::open(path));
    QList<acceptance::Plan> plans;
    for (const CaseId id : std::as_const(ids)) {
        plans.append(session.planAcceptance(id, AcceptScope::All));
        QVERIFY(plans.constLast().historyChanged);
    }
    const int before = session.undoStack()->count();
    session.acceptSuggestions(plans, u"Accept suggestions for 3 cases"_s);
    QCOMPARE(session.undoStack()->count(), before + 1);
    QCOMPARE(session.undoStack()->undoText(), u"Accept suggestions for 3 cases"_s);
    for (const CaseId id : std::as_const(ids)) {
        const auto current = session.library().sanctions().history(id).current();
        QVERIFY(current);
        QCOMPARE(current->type, SanctionType::Suspension);
        QCOMPARE(current->durationMonths, std::optional<int>(12));
        QVERIFY(session.planAcceptance(id, AcceptScope::All).isEmpty());
    }
    session.undoStack()->undo();
    for (const CaseId id : std::as_const(ids))
        QVERIFY(session.library().sanctions().history(id).isEmpty());
    session.undoStack()->redo();
    for (const CaseId id : std::as_const(ids))
        QVERIFY(session.library().sanctions().history(id).current());
}

void TestAcceptance::failedAcceptanceLeavesNothingApplied()
{
    test::TempFolder folder;
    const QString path = folder.path(u"lib.casebench"_s);
    Library::create(path);
    CaseId first;
    {
        auto library = Library::open(path);
        ImportService service(*library);
        const QString file = test::writeText(folder.path(u"d.txt"_s), test::decisionText(1));
        first = service.importFile(file, ImportTarget::newCase()).caseId;
    }
    LibrarySession session(Library::open(path));
    acceptance::Plan good = session.planAcceptance(first, AcceptScope::All);
    acceptance::Plan gone = good;
    gone.updated.id = CaseId(999999); // a case removed meanwhile
    gone.updated.reference = u"gone"_s;
    const int before = session.undoStack()->count();
    QVERIFY_THROWS_EXCEPTION(casebench::LibraryError,
                             session.acceptSuggestions({good, gone}, u"Accept"_s));
    QVERIFY(session.library().sanctions().history(first).isEmpty());
    QVERIFY(session.undoStack()->count() <= before + 1);
    QCOMPARE(session.undoStack()->index(), before);
}

QTEST_GUILESS_MAIN(TestAcceptance)
#include "tst_acceptance.moc"
