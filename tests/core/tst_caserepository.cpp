// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#include <QSqlQuery>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

Case fullCase()
{
    Case c;
    c.reference = u"HCPC-FTP-4411"_s;
    c.title = u"Falsified mileage claims — “home visits”"_s;
    c.regulator = Regulator::Hcpc;
    c.profession = u"Occupational therapist"_s;
    c.registrant = u"Registrant A (pseudonym)"_s;
    c.hearingType = HearingType::Review;
    c.hearingDate = QDate(2022, 11, 28);
    c.decisionDate = QDate(2022, 12, 2);
    c.allegationSummary
        = u"Claimed for 14 visits that did not take place.\nAdmitted at the outset."_s;
    c.factsFinding = FactsFinding::PartlyProved;
    c.grounds = {StatutoryGround::Misconduct, StatutoryGround::Conviction, StatutoryGround::Health};
    c.impairment = ImpairmentFinding::Impaired;
    c.role = CaseRole::Preparation;
    c.notes = u"Compare with the 2019 dishonesty cases; ünïcödé ✓."_s;
    return c;
}

Case minimalCase(const QString &reference)
{
    Case c;
    c.reference = reference;
    return c;
}

} // namespace

class TestCaseRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFieldRoundTrips();
    void emptyValuesRoundTrip();
    void validIdAndCreatedAreKept();
    void duplicateReferenceIsRefused();
    void updateWritesAndCountsVersions();
    void staleVersionIsAConflict();
    void updateOfMissingCaseIsNotFound();
    void removeCascades();
    void removeOfMissingCaseIsNotFound();
    void listsAreOrderedByReference();
    void summariesCarryCurrentSanctionAndCounts();
    void unknownStoredValueIsReported();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Library> m_library;
};

void TestCaseRepository::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_library = Library::create(m_folder->path(u"cases.casebench"_s));
}

void TestCaseRepository::cleanup()
{
    m_library.reset();
    m_folder.reset();
}

void TestCaseRepository::everyFieldRoundTrips()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Case stored = m_library->cases().add(fullCase());
    QVERIFY(stored.id.isValid());
    QCOMPARE(stored.rowVersion, 1);
    QVERIFY(stored.created >= before);
    QCOMPARE(stored.modified, stored.created);
    QCOMPARE(stored.created.timeSpec(), Qt::UTC);

    Case expected = fullCase();
    expected.id = stored.id;
    expected.created = stored.created;
    expected.modified = stored.modified;
    expected.rowVersion = 1;
    QCOMPARE(stored, expected);

    // Through a fresh connection, so nothing is served from memory.
    m_library.reset();
    m_library = Library::open(m_folder->path(u"cases.casebench"_s));
    const auto found = m_library->cases().find(stored.id);
    QVERIFY(found);
    QCOMPARE(*found, expected);
    QCOMPARE(found->grounds, fullCase().grounds);
    QCOMPARE(found->created.toMSecsSinceEpoch(), stored.created.toMSecsSinceEpoch());
}

void TestCaseRepository::emptyValuesRoundTrip()
{
    const Case stored = m_library->cases().add(minimalCase(u"X-1"_s));
    const Case found = *m_library->cases().find(stored.id);
    QCOMPARE(found, stored);
    QVERIFY(!found.hearingDate.isValid());
    QVERIFY(!found.decisionDate.isValid());
    QVERIFY(found.grounds.isEmpty());
    QVERIFY(found.title.isEmpty());
    QCOMPARE(found.regulator, Regulator::Other);
    QCOMPARE(found.year(), 0);
    QVERIFY(databaseOf(*m_library).scalar(u"SELECT hearing_date IS NULL FROM cases"_s).toBool());
}

void TestCaseRepository::validIdAndCreatedAreKept()
{
    Case c = minimalCase(u"X-2"_s);
    c.id = CaseId(500);
    c.created = QDateTime(QDate(2020, 2, 29), QTime(23, 59, 58, 123), Qt::UTC);
    const Case stored = m_library->cases().add(c);
    QCOMPARE(stored.id, CaseId(500));
    QCOMPARE(stored.created, c.created);
    QCOMPARE(m_library->cases().find(CaseId(500))->created, c.created);
    // A new case after it does not reuse the id, nor one freed by a removal.
    m_library->cases().remove(CaseId(500));
    const Case next = m_library->cases().add(minimalCase(u"X-3"_s));
    QVERIFY(next.id.value > 500);
    Case clash = minimalCase(u"X-4"_s);
    clash.id = next.id;
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_library->cases().add(clash));
}

void TestCaseRepository::duplicateReferenceIsRefused()
{
    m_library->cases().add(minimalCase(u"NMC-0042"_s));
    for (const QString &reference : {u"NMC-0042"_s, u"nmc-0042"_s}) {
        try {
            m_library->cases().add(minimalCase(reference));
            QFAIL("a duplicate reference was accepted");
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
            QCOMPARE(e.message(), u"A case with reference “%1” already exists."_s.arg(reference));
        }
    }
    QCOMPARE(m_library->cases().count(), 1);
    QVERIFY(m_library->cases().findByReference(u"Nmc-0042"_s));
}

void TestCaseRepository::updateWritesAndCountsVersions()
{
    const Case stored = m_library->cases().add(minimalCase(u"U-1"_s));
    QTest::qWait(5);
    Case edited = fullCase();
    edited.id = stored.id;
    edited.rowVersion = stored.rowVersion;
    edited.created = QDateTime(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC); // not writable
    const Case updated = m_library->cases().update(edited);
    QCOMPARE(updated.rowVersion, 2);
    QCOMPARE(updated.created, stored.created);
    QVERIFY(updated.modified > stored.modified);
    QCOMPARE(updated.reference, fullCase().reference);
    QCOMPARE(updated.grounds, fullCase().grounds);
    QCOMPARE(*m_library->cases().find(stored.id), updated);

    Case again = updated;
    again.grounds.clear();
    again.hearingDate = QDate();
    const Case second = m_library->cases().update(again);
    QCOMPARE(second.rowVersion, 3);
    QVERIFY(second.grounds.isEmpty());
    QVERIFY(!second.hearingDate.isValid());

    // Renaming onto another case's reference is refused.
    m_library->cases().add(minimalCase(u"U-2"_s));
    Case clash = second;
    clash.reference = u"u-2"_s;
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_library->cases().update(clash));
    // Changing only the letter case of its own reference is fine.
    Case recased = second;
    recased.reference = recased.reference.toLower();
    QCOMPARE(m_library->cases().update(recased).reference, recased.reference);
}

void TestCaseRepository::staleVersionIsAConflict()
{
    const Case stored = m_library->cases().add(minimalCase(u"C-1"_s));
    Case mine = stored;
    Case theirs = stored;
    theirs.title = u"Their edit"_s;
    m_library->cases().update(theirs);
    mine.title = u"My edit"_s;
    try {
        m_library->cases().update(mine);
        QFAIL("a stale write was accepted");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Conflict);
        QVERIFY2(e.message().contains(u"C-1"_s), qPrintable(e.message()));
    }
    const Case now = *m_library->cases().find(stored.id);
    QCOMPARE(now.title, u"Their edit"_s);
    QCOMPARE(now.rowVersion, 2);
}

void TestCaseRepository::updateOfMissingCaseIsNotFound()
{
    Case ghost = minimalCase(u"G-1"_s);
    ghost.id = CaseId(77);
    ghost.rowVersion = 1;
    try {
        m_library->cases().update(ghost);
        QFAIL("a missing case was updated");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
    QCOMPARE(m_library->cases().count(), 0);
}

void TestCaseRepository::removeCascades()
{
    const Case keep = m_library->cases().add(minimalCase(u"R-keep"_s));
    const Case gone = m_library->cases().add(minimalCase(u"R-gone"_s));
    const FactorId factor = m_library->codebook().all().constFirst().id;
    QList<DocumentId> documents;
    for (const Case &c : {keep, gone}) {
        Sanction s;
        s.caseId = c.id;
        m_library->sanctions().add(s);
        Document d;
        d.caseId = c.id;
        d.text = u"Tagged words about %1"_s.arg(c.reference);
        d = m_library->documents().add(d);
        documents.append(d.id);
        m_library->passages().add(Passage::fromSpan(d.text, d.id, factor, 0, 6));
    }
    QCOMPARE(m_library->documents().search(u"gone"_s), QList<DocumentId>{documents.at(1)});

    m_library->cases().remove(gone.id);
    QVERIFY(!m_library->cases().find(gone.id));
    QVERIFY(m_library->sanctions().forCase(gone.id).isEmpty());
    QVERIFY(m_library->documents().forCase(gone.id).isEmpty());
    QVERIFY(m_library->passages().forCase(gone.id).isEmpty());
    QVERIFY(m_library->documents().search(u"gone"_s).isEmpty());
    // The other case is untouched.
    QCOMPARE(m_library->sanctions().forCase(keep.id).size(), 1);
    QCOMPARE(m_library->passages().forCase(keep.id).size(), 1);
    QCOMPARE(m_library->documents().search(u"keep"_s), QList<DocumentId>{documents.at(0)});
    const Library::CheckReport report = m_library->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.passages, 1);
    QCOMPARE(report.sanctions, 1);
}

void TestCaseRepository::removeOfMissingCaseIsNotFound()
{
    try {
        m_library->cases().remove(CaseId(12));
        QFAIL("a missing case was removed");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
}

void TestCaseRepository::listsAreOrderedByReference()
{
    for (const QString &reference : {u"b-2"_s, u"A-3"_s, u"c-1"_s})
        m_library->cases().add(minimalCase(reference));
    QStringList references;
    for (const Case &c : m_library->cases().all())
        references.append(c.reference);
    QCOMPARE(references, (QStringList{u"A-3"_s, u"b-2"_s, u"c-1"_s}));
    QCOMPARE(m_library->cases().count(), 3);
    QCOMPARE(m_library->cases().findByReference(u"B-2"_s)->reference, u"b-2"_s);
    QVERIFY(!m_library->cases().findByReference(u"d-4"_s));
}

void TestCaseRepository::summariesCarryCurrentSanctionAndCounts()
{
    const Case a = m_library->cases().add(minimalCase(u"S-A"_s));
    const Case b = m_library->cases().add(minimalCase(u"S-B"_s));
    Sanction imposed;
    imposed.caseId = a.id;
    imposed.type = SanctionType::ConditionsOfPractice;
    imposed.durationMonths = 18;
    m_library->sanctions().add(imposed);
    Sanction replaced = imposed;
    replaced.sequence = 1;
    replaced.outcome = ReviewOutcome::Replaced;
    replaced.type = SanctionType::Suspension;
    replaced.durationMonths = 6;
    m_library->sanctions().add(replaced);
    const FactorId factor = m_library->codebook().all().constFirst().id;
    for (int i = 0; i < 2; ++i) {
        Document d;
        d.caseId = a.id;
        d.text = u"abcdefgh"_s;
        d = m_library->documents().add(d);
        m_library->passages().add(Passage::fromSpan(d.text, d.id, factor, 0, 2));
        m_library->passages().add(Passage::fromSpan(d.text, d.id, factor, 3, 5));
    }

    const QList<CaseSummary> summaries = m_library->cases().summaries();
    QCOMPARE(summaries.size(), 2);
    const CaseSummary &first = summaries.at(0);
    QCOMPARE(first.caseRecord, a);
    QVERIFY(first.currentSanction);
    QCOMPARE(first.currentSanction->type, SanctionType::Suspension);
    QCOMPARE(first.documentCount, 2);
    QCOMPARE(first.passageCount, 4);
    const CaseSummary &second = summaries.at(1);
    QCOMPARE(second.caseRecord, b);
    QVERIFY(!second.currentSanction);
    QCOMPARE(second.documentCount, 0);
    QCOMPARE(second.passageCount, 0);

    const auto single = m_library->cases().summary(a.id);
    QVERIFY(single);
    QCOMPARE(single->currentSanction, first.currentSanction);
    QCOMPARE(single->documentCount, 2);
    QCOMPARE(single->passageCount, 4);
    QVERIFY(!m_library->cases().summary(CaseId(999)));
}

void TestCaseRepository::unknownStoredValueIsReported()
{
    const Case c = m_library->cases().add(minimalCase(u"V-1"_s));
    databaseOf(*m_library)
        .exec(u"UPDATE cases SET regulator = 'ofsted' WHERE id = ?"_s, {c.id.value});
    try {
        const auto found = m_library->cases().find(c.id);
        QFAIL(
            qPrintable(u"an unknown regulator was read as "_s + enumIdentifier(found->regulator)));
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Damaged);
        QVERIFY2(e.message().contains(u"ofsted"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"cases.regulator"_s), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
