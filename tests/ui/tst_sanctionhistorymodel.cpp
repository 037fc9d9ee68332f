// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sanctionhistorymodel.h"
#include "storage/sanctionrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestSanctionHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheHistoryInOrder();
    void marksTheEntryInForce();
    void followsAddsChangesAndRemovals();
    void usesTheRegulatorsTermsAndFollowsARegulatorChange();
    void ignoresOtherCases();
    void removedCaseEmptiesAndUndoRestores();

private:
    QString cell(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<SanctionHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    CaseId m_case;
    SanctionId m_first;
    SanctionId m_second;
};

void TestSanctionHistoryModel::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"history.casebench"_s)));
    m_case = m_session->addCase(
        test::makeCase(u"H-1"_s, Regulator::Hcpc, u"Paramedic"_s, QDate(2020, 5, 1)));
    m_first = m_session->addSanction(
        test::makeSanction(m_case, SanctionType::Suspension, 12, QDate(2020, 5, 1)));
    Sanction review = test::makeSanction(m_case, SanctionType::Suspension, 6, QDate(2021, 4, 20));
    review.outcome = ReviewOutcome::Extended;
    m_second = m_session->addSanction(review);

    m_model = std::make_unique<SanctionHistoryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setSession(m_session.get());
    m_model->setCase(m_case);
}

void TestSanctionHistoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_folder.reset();
}

void TestSanctionHistoryModel::showsTheHistoryInOrder()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(SanctionHistoryModel::ColumnCount));
    QCOMPARE(cell(0, SanctionHistoryModel::Sequence), u"1"_s);
    QCOMPARE(cell(0, SanctionHistoryModel::Outcome), u"Imposed"_s);
    QCOMPARE(cell(0, SanctionHistoryModel::Order), u"Suspension order"_s);
    QCOMPARE(cell(0, SanctionHistoryModel::Duration), u"12 months"_s);
    QCOMPARE(cell(1, SanctionHistoryModel::Sequence), u"2"_s);
    QCOMPARE(cell(1, SanctionHistoryModel::Outcome), u"Extended"_s);
    QCOMPARE(cell(1, SanctionHistoryModel::Duration), u"6 months"_s);
    QVERIFY(!cell(1, SanctionHistoryModel::Decided).isEmpty());
    QCOMPARE(m_model->index(1, 0).data(SanctionHistoryModel::SanctionIdRole).toLongLong(),
             m_second.value);
    QCOMPARE(m_model->headerData(SanctionHistoryModel::Review, Qt::Horizontal).toString(),
             u"Review"_s);
}

void TestSanctionHistoryModel::marksTheEntryInForce()
{
    QCOMPARE(m_model->currentRow(), 1);
    QVERIFY(
        m_model->index(1, SanctionHistoryModel::Order).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m_model->index(0, SanctionHistoryModel::Order).data(Qt::FontRole).isValid());
    QVERIFY(m_model->index(1, 0).data(SanctionHistoryModel::IsCurrentRole).toBool());
    // A revocation leaves no order in force: nothing is bold.
    Sanction revoked = test::makeSanction(m_case, SanctionType::Suspension, std::nullopt,
                                          QDate(2021, 9, 1));
    revoked.outcome = ReviewOutcome::Revoked;
    m_session->addSanction(revoked);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->currentRow(), -1);
    for (int row = 0; row < 3; ++row)
        QVERIFY(!m_model->index(row, 0).data(Qt::FontRole).isValid());
}

void TestSanctionHistoryModel::followsAddsChangesAndRemovals()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    Sanction confirmed = test::makeSanction(m_case, SanctionType::Suspension, std::nullopt,
                                            QDate(2021, 10, 1));
    confirmed.outcome = ReviewOutcome::Confirmed;
    const SanctionId third = m_session->addSanction(confirmed);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(m_model->rowOf(third), 2);

    Sanction edited = *m_session->library().sanctions().find(m_first);
    edited.durationMonths = 9;
    m_session->updateSanction(edited);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(cell(0, SanctionHistoryModel::Duration), u"9 months"_s);

    m_session->removeSanction(m_second);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(1, SanctionHistoryModel::Sequence), u"2"_s); // the later entry moved up

    QUndoStack *stack = m_session->undoStack();
    stack->undo();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(m_second), 1);
    stack->undo();
    QCOMPARE(cell(0, SanctionHistoryModel::Duration), u"12 months"_s);
    stack->undo();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(third), -1);
    QCOMPARE(reset.count(), 0);
}

void TestSanctionHistoryModel::usesTheRegulatorsTermsAndFollowsARegulatorChange()
{
    const CaseId gmc = m_session->addCase(
        test::makeCase(u"G-1"_s, Regulator::Gmc, u"Doctor"_s, QDate(2022, 9, 9)));
    m_session->addSanction(
        test::makeSanction(gmc, SanctionType::StrikingOff, std::nullopt, QDate(2022, 9, 9)));
    m_model->setCase(gmc);
    QCOMPARE(cell(0, SanctionHistoryModel::Order), u"Erasure"_s);
    QCOMPARE(cell(0, SanctionHistoryModel::Duration), QString());
    Case moved = *m_session->library().cases().find(gmc);
    moved.regulator = Regulator::SocialWorkEngland;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_session->updateCase(moved, u"regulator"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(0, SanctionHistoryModel::Order), u"Removal order"_s);
}

void TestSanctionHistoryModel::ignoresOtherCases()
{
    const CaseId other = m_session->addCase(
        test::makeCase(u"O-1"_s, Regulator::Hcpc, u"Nurse"_s, QDate(2020, 1, 1)));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_session->addSanction(
        test::makeSanction(other, SanctionType::CautionOrder, 12, QDate(2020, 1, 1)));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setCase(CaseId());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestSanctionHistoryModel::removedCaseEmptiesAndUndoRestores()
{
    m_session->removeCase(m_case);
    QCOMPARE(m_model->rowCount(), 0);
    m_session->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(m_first), 0);
    QCOMPARE(m_model->rowOf(m_second), 1);
}

QTEST_MAIN(TestSanctionHistoryModel)
#include "tst_sanctionhistorymodel.moc"
