// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/librarysession.h"
#include "export/anonymiser.h"
#include "model/libraryerror.h"
#include "model/outline.h"
#include "model/storedsuggestion.h"
#include "storage/caserepository.h"
#include "storage/casesnapshot.h"
#include "storage/codebookrepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/fingerprintrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/librarycopier.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "storage/suggestionrepository.h"
#include "testlibrary.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

Case sampleCase(const QString &reference)
{
    Case c;
    c.reference = reference;
    c.title = u"Missed home visits"_s;
    c.regulator = Regulator::Hcpc;
    c.profession = u"Social worker"_s;
    c.hearingDate = QDate(2023, 4, 3);
    c.decisionDate = QDate(2023, 4, 5);
    return c;
}

Sanction caution(CaseId id, int months)
{
    Sanction s;
    s.caseId = id;
    s.type = SanctionType::CautionOrder;
    s.durationMonths = months;
    s.decidedOn = QDate(2023, 4, 5);
    s.startDate = s.decidedOn;
    return s;
}

/// What the repository holds of a case, for comparing states across undo and redo.
struct State
{
    std::optional<Case> caseRecord;
    QList<Sanction> sanctions;
    int documents = 0;
    int passages = 0;

    bool operator==(const State &o) const
    {
        auto strip = [](std::optional<Case> c) {
            if (c) {
                c->modified = {};
                c->rowVersion = 0;
            }
            return c;
        };
        return strip(caseRecord) == strip(o.caseRecord) && sanctions == o.sanctions
               && documents == o.documents && passages == o.passages;
    }
};

State stateOf(Library &library, CaseId id)
{
    State s;
    s.caseRecord = library.cases().find(id);
    s.sanctions = library.sanctions().forCase(id);
    s.documents = static_cast<int>(library.documents().forCase(id, false).size());
    s.passages = static_cast<int>(library.passages().forCase(id).size());
    return s;
}

/// Every row of every table of the library (and what the full-text index finds), for comparing
/// states across undo and redo exactly.
QStringList dumpAll(Library &library)
{
    Database &db = databaseOf(library);
    QStringList lines;
    for (const QString &table : LibraryCopier::tables(db)) {
        QSqlQuery q = db.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table));
        while (q.next()) {
            QStringList values;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                values.append(record.fieldName(i) + u'='
                              + (q.isNull(i) ? u"NULL"_s : q.value(i).toString()));
            }
            lines.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    if (db.dialect().backend == Dialect::Backend::Sqlite) {
        lines.append(
            u"fts: "_s
            + db.scalar(
                    u"SELECT group_concat(rowid) FROM documents_fts WHERE documents_fts MATCH 'workload'"_s)
                  .toString());
    }
    return lines;
}

/// Makes the database refuse `event` (DELETE, UPDATE) on `table` from now on, as a disk or a
/// server might halfway through a write.
void refuse(Database &db, const QString &event, const QString &table)
{
    const QString name = u"refuse_%1_%2"_s.arg(event.toLower(), table);
    if (db.dialect().backend == Dialect::Backend::Sqlite) {
        db.exec(
            u"CREATE TEMP TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s
                .arg(name, event, table));
        return;
    }
    db.exec(u"CREATE OR REPLACE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS "
            "$body$ BEGIN RAISE EXCEPTION 'refused by the test'; END $body$"_s);
    db.exec(u"CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION test_refuse()"_s.arg(
        name, event, table));
}

/// A case with a row in every table that belongs to a case (CaseSnapshot::tables()).
CaseId fillEveryTable(LibrarySession &session, const QString &reference)
{
    Library &library = session.library();
    Database &db = databaseOf(library);
    const CaseId id = session.addCase(sampleCase(reference));
    session.addSanction(caution(id, 36));
    Document d;
    d.caseId = id;
    d.title = u"Decision"_s;
    d.text = u"1. The panel found that the registrant missed visits because of workload.\n"
             "2. Service user [REDACTED] was not harmed.\n"_s;
    d = library.documents().add(d);
    const qsizetype redacted = d.text.indexOf(u"[REDACTED]"_s);
    OutlineParagraph first;
    first.start = 0;
    first.end = static_cast<int>(d.text.indexOf(u'\n'));
    first.number = u"1"_s;
    first.reference = u"1"_s;
    first.text = d.text.left(first.end);
    OutlineParagraph second;
    second.start = first.end + 1;
    second.end = static_cast<int>(d.text.size()) - 1;
    second.number = u"2"_s;
    second.reference = u"2"_s;
    second.redacted = true;
    second.page = 2;
    second.text = d.text.mid(second.start, second.end - second.start);
    const Outline outline({first, second}, {OutlineField{u"Case"_s, reference, 0, 2}},
                          {Redaction{static_cast<int>(redacted), static_cast<int>(redacted) + 10}});
    DocumentSource source;
    source.format = DocumentFormat::Pdf;
    source.textHash = Document::hashOfText(d.text);
    source.paragraphCount = 2;
    source.pageCount = 2;
    source.warnings = {u"a page without text"_s};
    OutlineRepository(db).save(d.id, outline, {0, second.start}, source);
    StoredSuggestion suggestion;
    suggestion.field = SuggestionField::Profession;
    suggestion.value = u"Social worker"_s;
    suggestion.start = 4;
    suggestion.end = 9;
    ImportSuggestionRepository(db).add(d.id, {suggestion});
    const Factor factor = library.codebook().all().constFirst();
    library.passages().add(Passage::fromSpan(d.text, d.id, factor.id, 7, 12));
    SuggestionDismissal dismissal;
    dismissal.document = d.id;
    dismissal.factor = factor.id;
    dismissal.start = 50;
    dismissal.end = 58;
    dismissal.quote = d.text.mid(50, 8);
    SuggestionRepository(db).add(dismissal);
    AnonymisationEntry entry;
    entry.original = u"Robin Vale"_s;
    entry.replacement = u"the Registrant"_s;
    entry.kind = AnonymisationEntry::Kind::Registrant;
    entry.confirmed = true;
    session.addAnonymisationEntries(id, {entry});
    FingerprintRepository(db).saveText(d.id, d.text);
    return id;
}

} // namespace

class TestLibrarySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void undoWalksEveryState();
    void removeCaseRestoresEverything();
    void caseDeletionWalksEveryTable();
    void failingWriteSendsNoChangeSignal();
    void slotThatThrowsDoesNotFailTheEdit();
    void refusedEditPushesNothing();
    void identicalEditPushesNothing();
    void signalsArePrecise();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
};

void TestLibrarySession::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"session.casebench"_s)));
}

void TestLibrarySession::cleanup()
{
    m_session.reset();
    m_folder.reset();
}

void TestLibrarySession::undoWalksEveryState()
{
    Library &library = m_session->library();
    QUndoStack *stack = m_session->undoStack();
    const CaseId id = m_session->addCase(sampleCase(u"HCPC-100"_s));
    QVERIFY(id.isValid());

    QList<State> states{stateOf(library, id)};
    Case edited = *library.cases().find(id);
    edited.regulator = Regulator::Nmc;
    m_session->updateCase(edited, u"regulator"_s);
    QCOMPARE(stack->undoText(), u"Change regulator of HCPC-100"_s);
    states.append(stateOf(library, id));

    const SanctionId first = m_session->addSanction(caution(id, 24));
    states.append(stateOf(library, id));
    Sanction changed = *library.sanctions().find(first);
    changed.durationMonths = 36;
    m_session->updateSanction(changed);
    states.append(stateOf(library, id));
    Sanction review = caution(id, 12);
    review.outcome = ReviewOutcome::Extended;
    review.decidedOn = QDate(2024, 1, 1);
    review.startDate = review.decidedOn;
    const SanctionId second = m_session->addSanction(review);
    QCOMPARE(library.sanctions().find(second)->sequence, 1);
    states.append(stateOf(library, id));
    m_session->removeSanction(first);
    QCOMPARE(library.sanctions().find(second)->sequence, 0);
    states.append(stateOf(library, id));

    QCOMPARE(stack->count(), 6);
    for (qsizetype i = states.size() - 1; i > 0; --i) {
        QCOMPARE(stateOf(library, id), states.at(i));
        stack->undo();
    }
    QCOMPARE(stateOf(library, id), states.at(0));
    stack->undo(); // undo the add
    QVERIFY(!library.cases().find(id));
    for (qsizetype i = 0; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(stateOf(library, id), states.at(i));
    }
}

void TestLibrarySession::removeCaseRestoresEverything()
{
    Library &library = m_session->library();
    const CaseId id = m_session->addCase(sampleCase(u"HCPC-200"_s));
    m_session->addSanction(caution(id, 36));
    Document d;
    d.caseId = id;
    d.title = u"Decision"_s;
    d.text = u"The panel found that the registrant missed visits because of workload."_s;
    d = library.documents().add(d);
    const Factor factor = library.codebook().all().constFirst();
    const Passage p = library.passages().add(Passage::fromSpan(d.text, d.id, factor.id, 4, 9));
    const State before = stateOf(library, id);

    m_session->removeCase(id);
    QVERIFY(!library.cases().find(id));
    QVERIFY(!library.documents().find(d.id));
    QVERIFY(!library.passages().find(p.id));
    QCOMPARE(m_session->undoStack()->undoText(), u"Delete case HCPC-200"_s);

    m_session->undoStack()->undo();
    QCOMPARE(stateOf(library, id), before);
    QCOMPARE(library.passages().find(p.id)->quote, u"panel"_s);
    QCOMPARE(library.documents().find(d.id)->text, d.text);
    QVERIFY(library.check().ok());
}

void TestLibrarySession::caseDeletionWalksEveryTable()
{
    Library &library = m_session->library();
    QUndoStack *stack = m_session->undoStack();
    const CaseId other = fillEveryTable(*m_session, u"HCPC-610"_s);
    const CaseId id = fillEveryTable(*m_session, u"HCPC-600"_s);
    QVERIFY(other.isValid());

    // Every table that belongs to a case has a row of it: the walk below covers them all.
    {
        Transaction transaction(library);
        const CaseSnapshot snapshot = CaseSnapshot::read(library, id);
        for (const CaseSnapshot::Table &table : CaseSnapshot::tables())
            QVERIFY2(snapshot.rowCount(table.name) > 0, qPrintable(table.name));
    }

    const QStringList before = dumpAll(library);
    m_session->removeCase(id);
    const QStringList removed = dumpAll(library);
    QVERIFY(removed != before);
    QVERIFY(!library.cases().find(id));
    QVERIFY(library.cases().find(other));

    for (int round = 0; round < 2; ++round) {
        stack->undo();
        QCOMPARE(dumpAll(library), before);
        QVERIFY(library.check().ok());
        stack->redo();
        QCOMPARE(dumpAll(library), removed);
    }
    stack->undo();
    QCOMPARE(dumpAll(library), before);
}

void TestLibrarySession::failingWriteSendsNoChangeSignal()
{
    Library &library = m_session->library();
    const CaseId id = fillEveryTable(*m_session, u"HCPC-700"_s);
    const int count = m_session->undoStack()->count();
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const auto signal :
         {&LibrarySession::caseAdded, &LibrarySession::caseChanged, &LibrarySession::caseRemoved,
          &LibrarySession::sanctionsChanged, &LibrarySession::caseTouched})
        spies.push_back(std::make_unique<QSignalSpy>(m_session.get(), signal));
    for (const auto signal : {&LibrarySession::passageAdded, &LibrarySession::passageChanged,
                              &LibrarySession::passageRemoved})
        spies.push_back(std::make_unique<QSignalSpy>(m_session.get(), signal));
    for (const auto signal : {&LibrarySession::factorAdded, &LibrarySession::factorChanged,
                              &LibrarySession::factorRemoved})
        spies.push_back(std::make_unique<QSignalSpy>(m_session.get(), signal));
    spies.push_back(
        std::make_unique<QSignalSpy>(m_session.get(), &LibrarySession::codebookChanged));
    QSignalSpy errors(m_session.get(), &LibrarySession::errorOccurred);

    // The database refuses, halfway through each write's transaction.
    Database &db = databaseOf(library);
    refuse(db, u"DELETE"_s, u"cases"_s);
    refuse(db, u"DELETE"_s, u"passages"_s);
    const QStringList before = dumpAll(library);
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->removeCase(id));
    const Passage passage = library.passages().forCase(id).constFirst();
    QVERIFY_THROWS_EXCEPTION(
        LibraryError,
        m_session->removeFactor(passage.factor, LibrarySession::PassageDisposal::Delete));
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->removePassage(passage.id));
    QCOMPARE(dumpAll(library), before);
    QCOMPARE(m_session->undoStack()->count(), count);
    for (const auto &spy : spies)
        QCOMPARE(spy->count(), 0);

    // A later undo that fails: reported, nothing announced as changed.
    Case edited = *library.cases().find(id);
    edited.title = u"Changed"_s;
    m_session->updateCase(edited, u"title"_s);
    QCOMPARE(spies.at(1)->count(), 1); // caseChanged for the edit itself
    refuse(db, u"UPDATE"_s, u"cases"_s);
    m_session->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(spies.at(1)->count(), 1);
    QCOMPARE(spies.at(4)->count(), 0); // caseTouched
    QCOMPARE(library.cases().find(id)->title, u"Changed"_s);
}

void TestLibrarySession::slotThatThrowsDoesNotFailTheEdit()
{
    Library &library = m_session->library();
    const CaseId id = m_session->addCase(sampleCase(u"HCPC-800"_s));
    QSignalSpy errors(m_session.get(), &LibrarySession::errorOccurred);
    int reads = 0;
    // A view's re-read that fails after the write committed (the library went away under it).
    const auto connection = connect(m_session.get(), &LibrarySession::sanctionsChanged, this, [&] {
        ++reads;
        throw LibraryError(LibraryError::Kind::Io, u"The view could not read the library."_s);
    });
    const int count = m_session->undoStack()->count();
    SanctionId added;
    try {
        added = m_session->addSanction(caution(id, 12));
    } catch (const std::exception &) {
        QFAIL("a failed re-read in a slot was taken for a failed edit");
    }
    QVERIFY(added.isValid());
    QCOMPARE(reads, 1);
    QCOMPARE(m_session->undoStack()->count(), count + 1);
    QVERIFY(library.sanctions().find(added));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), u"The view could not read the library."_s);
    // Undo and redo go on working, and stay on the stack.
    m_session->undoStack()->undo();
    QVERIFY(!library.sanctions().find(added));
    m_session->undoStack()->redo();
    QVERIFY(library.sanctions().find(added));
    QCOMPARE(m_session->undoStack()->count(), count + 1);
    QCOMPARE(errors.count(), 3);
    disconnect(connection);
}

void TestLibrarySession::refusedEditPushesNothing()
{
    Library &library = m_session->library();
    const CaseId id = m_session->addCase(sampleCase(u"HCPC-300"_s));
    const int count = m_session->undoStack()->count();

    QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->addCase(sampleCase(u"HCPC-300"_s)));
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->addSanction(caution(id, 6)));
    Case blank = *library.cases().find(id);
    blank.reference = u" "_s;
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_session->updateCase(blank, u"reference"_s));
    try {
        Sanction tooLong = caution(id, 24);
        tooLong.type = SanctionType::Suspension;
        m_session->addSanction(tooLong);
        QFAIL("a 24-month HCPC suspension was accepted");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"24 months is too long"_s), qPrintable(e.message()));
    }
    QCOMPARE(m_session->undoStack()->count(), count);
    QCOMPARE(library.cases().count(), 1);
    QVERIFY(library.sanctions().forCase(id).isEmpty());
}

void TestLibrarySession::identicalEditPushesNothing()
{
    const CaseId id = m_session->addCase(sampleCase(u"HCPC-400"_s));
    const int count = m_session->undoStack()->count();
    m_session->updateCase(*m_session->library().cases().find(id), u"title"_s);
    QCOMPARE(m_session->undoStack()->count(), count);
}

void TestLibrarySession::signalsArePrecise()
{
    QSignalSpy added(m_session.get(), &LibrarySession::caseAdded);
    QSignalSpy changed(m_session.get(), &LibrarySession::caseChanged);
    QSignalSpy sanctions(m_session.get(), &LibrarySession::sanctionsChanged);
    QSignalSpy removed(m_session.get(), &LibrarySession::caseRemoved);
    QSignalSpy touched(m_session.get(), &LibrarySession::caseTouched);

    const CaseId id = m_session->addCase(sampleCase(u"HCPC-500"_s));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).value<CaseId>(), id);
    Case edited = *m_session->library().cases().find(id);
    edited.title = u"Changed"_s;
    m_session->updateCase(edited, u"title"_s);
    QCOMPARE(changed.count(), 1);
    m_session->addSanction(caution(id, 12));
    QCOMPARE(sanctions.count(), 1);
    QCOMPARE(touched.count(), 0); // only undo and redo "touch"
    m_session->undoStack()->undo();
    QCOMPARE(sanctions.count(), 2);
    QCOMPARE(touched.count(), 1);
    m_session->removeCase(id);
    QCOMPARE(removed.count(), 1);
}

QTEST_GUILESS_MAIN(TestLibrarySession)
#include "tst_librarysession.moc"
