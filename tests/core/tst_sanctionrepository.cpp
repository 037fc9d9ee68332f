// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestSanctionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFieldRoundTrips();
    void emptyValuesRoundTrip();
    void missingCaseIsNotFound();
    void positionIsUniqueInAHistory();
    void updateAndRemove();
    void replaceHistoryKeepsGivenIds();
    void historiesAreOrderedAndGrouped();

private:
    Sanction entry(int sequence) const;
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Library> m_library;
    CaseId m_case;
};

void TestSanctionRepository::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_library = Library::create(m_folder->path(u"sanctions.casebench"_s));
    Case c;
    c.reference = u"GDC-31"_s;
    m_case = m_library->cases().add(c).id;
}

void TestSanctionRepository::cleanup()
{
    m_library.reset();
    m_folder.reset();
}

Sanction TestSanctionRepository::entry(int sequence) const
{
    Sanction s;
    s.caseId = m_case;
    s.sequence = sequence;
    s.outcome = sequence == 0 ? ReviewOutcome::Imposed : ReviewOutcome::Extended;
    s.type = SanctionType::ConditionsOfPractice;
    s.durationMonths = 12;
    s.decidedOn = QDate(2021, 3, 1).addYears(sequence);
    s.startDate = s.decidedOn.addDays(28);
    s.reviewHearing = true;
    s.conditions = u"1. Work under supervision.\n2. Tell any employer about these conditions."_s;
    return s;
}

void TestSanctionRepository::everyFieldRoundTrips()
{
    const Sanction original = entry(0);
    const Sanction stored = m_library->sanctions().add(original);
    QVERIFY(stored.id.isValid());
    Sanction expected = original;
    expected.id = stored.id;
    QCOMPARE(stored, expected);
    QCOMPARE(*m_library->sanctions().find(stored.id), expected);
    m_library.reset();
    m_library = Library::open(m_folder->path(u"sanctions.casebench"_s));
    QCOMPARE(*m_library->sanctions().find(stored.id), expected);
}

void TestSanctionRepository::emptyValuesRoundTrip()
{
    Sanction s;
    s.caseId = m_case;
    s.type = SanctionType::StrikingOff;
    const Sanction stored = m_library->sanctions().add(s);
    const Sanction found = *m_library->sanctions().find(stored.id);
    QCOMPARE(found, stored);
    QVERIFY(!found.durationMonths);
    QVERIFY(!found.decidedOn.isValid());
    QVERIFY(!found.startDate.isValid());
    QVERIFY(!found.reviewHearing);
    QVERIFY(found.conditions.isEmpty());

    // Zero months is a value, not "no duration".
    Sanction zero = entry(1);
    zero.durationMonths = 0;
    QCOMPARE(m_library->sanctions().find(m_library->sanctions().add(zero).id)->durationMonths,
             std::optional<int>(0));
}

void TestSanctionRepository::missingCaseIsNotFound()
{
    Sanction s = entry(0);
    s.caseId = CaseId(404);
    try {
        m_library->sanctions().add(s);
        QFAIL("a sanction without a case was stored");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
    QVERIFY(m_library->sanctions().allByCase().isEmpty());
}

void TestSanctionRepository::positionIsUniqueInAHistory()
{
    m_library->sanctions().add(entry(0));
    try {
        m_library->sanctions().add(entry(0));
        QFAIL("two entries at one position");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
        QVERIFY2(e.message().contains(u"GDC-31"_s), qPrintable(e.message()));
    }
    QCOMPARE(m_library->sanctions().forCase(m_case).size(), 1);
}

void TestSanctionRepository::updateAndRemove()
{
    const Sanction stored = m_library->sanctions().add(entry(0));
    Sanction changed = stored;
    changed.type = SanctionType::Suspension;
    changed.durationMonths.reset();
    changed.conditions.clear();
    changed.reviewHearing = false;
    changed.startDate = QDate();
    m_library->sanctions().update(changed);
    QCOMPARE(*m_library->sanctions().find(stored.id), changed);

    Sanction ghost = changed;
    ghost.id = SanctionId(9999);
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_library->sanctions().update(ghost));
    m_library->sanctions().remove(stored.id);
    QVERIFY(!m_library->sanctions().find(stored.id));
    try {
        m_library->sanctions().remove(stored.id);
        QFAIL("a removed sanction was removed again");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
}

void TestSanctionRepository::replaceHistoryKeepsGivenIds()
{
    const Sanction first = m_library->sanctions().add(entry(0));
    const Sanction second = m_library->sanctions().add(entry(1));
    m_library->sanctions().add(entry(2));

    // Drop the first entry, move the second up, add a new one.
    Sanction moved = second;
    moved.sequence = 0;
    moved.outcome = ReviewOutcome::Imposed;
    Sanction added = entry(1);
    added.outcome = ReviewOutcome::Revoked;
    added.durationMonths.reset();
    m_library->sanctions().replaceHistory(m_case, {moved, added});

    const QList<Sanction> history = m_library->sanctions().forCase(m_case);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0), moved);
    QCOMPARE(history.at(0).id, second.id);
    QVERIFY(history.at(1).id.isValid());
    QVERIFY(history.at(1).id != first.id);
    QCOMPARE(history.at(1).outcome, ReviewOutcome::Revoked);
    QVERIFY(!m_library->sanctions().find(first.id));
    QVERIFY(!m_library->sanctions().history(m_case).current()); // ends revoked

    // All or nothing: a history with a clash leaves the old one in place.
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             m_library->sanctions().replaceHistory(m_case, {entry(0), entry(0)}));
    QCOMPARE(m_library->sanctions().forCase(m_case), history);
    m_library->sanctions().replaceHistory(m_case, {});
    QVERIFY(m_library->sanctions().forCase(m_case).isEmpty());
}

void TestSanctionRepository::historiesAreOrderedAndGrouped()
{
    Case other;
    other.reference = u"GDC-32"_s;
    const CaseId otherCase = m_library->cases().add(other).id;
    for (int sequence : {2, 0, 1})
        m_library->sanctions().add(entry(sequence));
    Sanction single = entry(0);
    single.caseId = otherCase;
    single.type = SanctionType::Warning;
    single.durationMonths.reset();
    single.reviewHearing = false;
    single.conditions.clear();
    m_library->sanctions().add(single);

    QList<int> sequences;
    for (const Sanction &s : m_library->sanctions().forCase(m_case))
        sequences.append(s.sequence);
    QCOMPARE(sequences, (QList<int>{0, 1, 2}));
    const SanctionHistory history = m_library->sanctions().history(m_case);
    QCOMPARE(history.entries().size(), 3);
    QCOMPARE(history.current()->sequence, 2);

    const auto byCase = m_library->sanctions().allByCase();
    QCOMPARE(byCase.size(), 2);
    QCOMPARE(byCase.value(m_case), m_library->sanctions().forCase(m_case));
    QCOMPARE(byCase.value(otherCase).size(), 1);
    QCOMPARE(byCase.value(otherCase).constFirst().type, SanctionType::Warning);
}

QTEST_GUILESS_MAIN(TestSanctionRepository)
#include "tst_sanctionrepository.moc"
