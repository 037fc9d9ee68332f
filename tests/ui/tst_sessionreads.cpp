// SPDX-License-Identifier: GPL-3.0-or-later
// A view's re-read that fails after the edit was saved (issue 14): the edit stands, the failure
// is reported, and nothing leaves a Qt slot.
#include "models/casetablemodel.h"
#include "models/documentlistmodel.h"
#include "models/sanctionhistorymodel.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/sanctionrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestSessionReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failedReReadDoesNotFailTheEdit();
    void failedReReadOnUndoKeepsTheCommand();

private:
    /// From now on the library cannot read sanctions (as if the file went away under the
    /// view), until restore().
    void breakSanctions()
    {
        databaseOf(m_session->library()).exec(u"ALTER TABLE sanctions RENAME TO sanctions_gone"_s);
    }
    void restore()
    {
        databaseOf(m_session->library()).exec(u"ALTER TABLE sanctions_gone RENAME TO sanctions"_s);
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    CaseId m_case;
};

void TestSessionReads::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"reads.casebench"_s)));
    m_case = m_session->addCase(
        test::makeCase(u"R-1"_s, Regulator::Hcpc, u"Paramedic"_s, QDate(2020, 5, 1)));
}

void TestSessionReads::cleanup()
{
    m_session.reset();
    m_folder.reset();
}

void TestSessionReads::failedReReadDoesNotFailTheEdit()
{
    // Connected before the views: the library breaks after the write committed and before the
    // views read it again.
    bool armed = true;
    connect(m_session.get(), &LibrarySession::sanctionsChanged, this, [&] {
        if (armed)
            breakSanctions();
        armed = false;
    });
    CaseTableModel cases;
    SanctionHistoryModel history;
    DocumentListModel documents;
    QAbstractItemModelTester casesTester(&cases,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester historyTester(&history,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    cases.setSession(m_session.get());
    history.setSession(m_session.get());
    documents.setSession(m_session.get());
    history.setCase(m_case);
    documents.setCase(m_case);
    QSignalSpy errors(m_session.get(), &LibrarySession::errorOccurred);
    const int count = m_session->undoStack()->count();

    SanctionId added;
    try {
        added = m_session->addSanction(
            test::makeSanction(m_case, SanctionType::Suspension, 12, QDate(2020, 5, 1)));
    } catch (const std::exception &) {
        QFAIL("a view's failed re-read was reported as a failed edit");
    }
    QVERIFY(added.isValid());
    QCOMPARE(m_session->undoStack()->count(), count + 1);
    QVERIFY(errors.count() >= 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(u"The change was saved"_s),
             qPrintable(errors.at(0).at(0).toString()));
    // The views show what they had; nothing half-reset.
    QCOMPARE(cases.rowCount(), 1);
    QCOMPARE(history.rowCount(), 0);

    // A view asked to show a case while the library is broken says so and shows nothing.
    const qsizetype before = errors.count();
    history.setCase(m_case);
    QCOMPARE(history.rowCount(), 0);
    QCOMPARE(errors.count(), before + 1);

    restore();
    history.setCase(m_case);
    QCOMPARE(history.rowCount(), 1);
    QVERIFY(m_session->library().sanctions().find(added));
}

void TestSessionReads::failedReReadOnUndoKeepsTheCommand()
{
    SanctionHistoryModel history;
    QAbstractItemModelTester tester(&history,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const SanctionId added = m_session->addSanction(
        test::makeSanction(m_case, SanctionType::Suspension, 12, QDate(2020, 5, 1)));
    bool armed = true;
    connect(m_session.get(), &LibrarySession::sanctionsChanged, this, [&] {
        if (armed)
            breakSanctions();
        armed = false;
    });
    history.setSession(m_session.get());
    history.setCase(m_case);
    QCOMPARE(history.rowCount(), 1);
    QSignalSpy errors(m_session.get(), &LibrarySession::errorOccurred);
    const int count = m_session->undoStack()->count();

    m_session->undoStack()->undo();                   // the sanction goes; the view's re-read fails
    QCOMPARE(m_session->undoStack()->count(), count); // not dropped as a failed undo
    QCOMPARE(m_session->undoStack()->index(), count - 1);
    QCOMPARE(errors.count(), 1);
    restore();
    QVERIFY(!m_session->library().sanctions().find(added));
    m_session->undoStack()->redo();
    QVERIFY(m_session->library().sanctions().find(added));
    QCOMPARE(history.rowCount(), 1);
}

QTEST_MAIN(TestSessionReads)
#include "tst_sessionreads.moc"
