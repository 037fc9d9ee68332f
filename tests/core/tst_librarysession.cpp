// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/librarysession.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#include <QSignalSpy>
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

} // namespace

class TestLibrarySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void undoWalksEveryState();
    void removeCaseRestoresEverything();
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
    m_session = std::make_unique<LibrarySession>(Library::create(m_folder->path(u"session.casebench"_s)));
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
