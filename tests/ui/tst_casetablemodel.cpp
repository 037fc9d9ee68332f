// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/casetablemodel.h"
#include "storage/sanctionrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestCaseTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryCaseOfTheLibrary();
    void sanctionColumnUsesTheRegulatorsTerm();
    void sortRolesOrderDatesAndTheLadder();
    void addingACaseInsertsOneRow();
    void editingACaseChangesOnlyItsRow();
    void changingASanctionUpdatesTheSanctionColumn();
    void removingACaseRemovesItsRowAndUndoBringsItBack();
    void filterRolesCarryTheCasesValues();
    void clearingTheSessionEmptiesTheModel();

private:
    QString cell(CaseId id, int column) const
    {
        return m_model->index(m_model->rowOf(id), column).data().toString();
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<CaseTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCaseTableModel::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = test::demoSession(*m_folder);
    m_model = std::make_unique<CaseTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setSession(m_session.get());
}

void TestCaseTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_folder.reset();
}

void TestCaseTableModel::showsEveryCaseOfTheLibrary()
{
    QCOMPARE(m_model->rowCount(), m_session->library().cases().count());
    QVERIFY(m_model->rowCount() >= 10);
    QCOMPARE(m_model->columnCount(), int(CaseTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(CaseTableModel::Decided, Qt::Horizontal).toString(), u"Decided"_s);
    QCOMPARE(m_model->headerData(CaseTableModel::SanctionColumn, Qt::Horizontal).toString(),
             u"Sanction"_s);
    const CaseId id = test::caseByReference(*m_session, u"DEMO-HCPC-001"_s);
    QVERIFY(id.isValid());
    QCOMPARE(cell(id, CaseTableModel::Reference), u"DEMO-HCPC-001"_s);
    QCOMPARE(cell(id, CaseTableModel::RegulatorColumn), u"HCPC"_s);
    QCOMPARE(cell(id, CaseTableModel::Profession), u"Social worker"_s);
    QCOMPARE(cell(id, CaseTableModel::Hearing), u"Final hearing"_s);
    QCOMPARE(cell(id, CaseTableModel::Role), u"Precedent"_s);
    QVERIFY(!cell(id, CaseTableModel::Decided).isEmpty());
    QCOMPARE(m_model->index(m_model->rowOf(id), CaseTableModel::Documents).data().toInt(),
             m_session->library().cases().summary(id)->documentCount);
}

void TestCaseTableModel::sanctionColumnUsesTheRegulatorsTerm()
{
    Library &library = m_session->library();
    const CaseId hcpc = m_session->addCase(
        test::makeCase(u"T-HCPC"_s, Regulator::Hcpc, u"Nurse"_s, QDate(2022, 5, 4)));
    m_session->addSanction(
        test::makeSanction(hcpc, SanctionType::CautionOrder, 36, QDate(2022, 5, 4)));
    QCOMPARE(cell(hcpc, CaseTableModel::SanctionColumn), u"Caution order, 3 years"_s);

    const CaseId nmc = m_session->addCase(
        test::makeCase(u"T-NMC"_s, Regulator::Nmc, u"Nurse"_s, QDate(2022, 5, 4)));
    m_session->addSanction(
        test::makeSanction(nmc, SanctionType::Suspension, 12, QDate(2022, 5, 4)));
    QCOMPARE(cell(nmc, CaseTableModel::SanctionColumn), u"Suspension order, 12 months"_s);

    const CaseId swe = m_session->addCase(test::makeCase(u"T-SWE"_s, Regulator::SocialWorkEngland,
                                                         u"Social worker"_s, QDate(2022, 5, 4)));
    m_session->addSanction(
        test::makeSanction(swe, SanctionType::StrikingOff, std::nullopt, QDate(2022, 5, 4)));
    QCOMPARE(cell(swe, CaseTableModel::SanctionColumn), u"Removal order"_s);

    const CaseId none = m_session->addCase(
        test::makeCase(u"T-NONE"_s, Regulator::Gmc, u"Doctor"_s, QDate(2022, 5, 4)));
    QCOMPARE(cell(none, CaseTableModel::SanctionColumn), QString());
    QCOMPARE(library.sanctions().forCase(none).size(), 0);
}

void TestCaseTableModel::sortRolesOrderDatesAndTheLadder()
{
    const QDate early(2019, 12, 30);
    const QDate late(2020, 1, 2);
    const CaseId a = m_session->addCase(
        test::makeCase(u"T-A"_s, Regulator::Hcpc, u"Nurse"_s, late));
    const CaseId b = m_session->addCase(
        test::makeCase(u"T-B"_s, Regulator::Hcpc, u"Nurse"_s, early));
    m_session->addSanction(test::makeSanction(a, SanctionType::CautionOrder, 60, late));
    m_session->addSanction(test::makeSanction(b, SanctionType::Suspension, 1, early));
    const auto sortValue = [this](CaseId id, int column) {
        return m_model->index(m_model->rowOf(id), column).data(CaseTableModel::SortRole);
    };
    // "2 Jan 2020" sorts after "30 Dec 2019" although it is less as text.
    QVERIFY(QVariant::compare(sortValue(b, CaseTableModel::Decided),
                              sortValue(a, CaseTableModel::Decided))
            == QPartialOrdering::Less);
    // A one-month suspension is more restrictive than a five-year caution.
    QVERIFY(QVariant::compare(sortValue(a, CaseTableModel::SanctionColumn),
                              sortValue(b, CaseTableModel::SanctionColumn))
            == QPartialOrdering::Less);
    const CaseId none = m_session->addCase(
        test::makeCase(u"T-C"_s, Regulator::Hcpc, u"Nurse"_s, QDate()));
    QVERIFY(QVariant::compare(sortValue(none, CaseTableModel::SanctionColumn),
                              sortValue(a, CaseTableModel::SanctionColumn))
            == QPartialOrdering::Less);
    QVERIFY(QVariant::compare(sortValue(none, CaseTableModel::Decided),
                              sortValue(b, CaseTableModel::Decided))
            == QPartialOrdering::Less);
}

void TestCaseTableModel::addingACaseInsertsOneRow()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const int before = m_model->rowCount();
    const CaseId id = m_session->addCase(
        test::makeCase(u"AAA-FIRST"_s, Regulator::Gdc, u"Dentist"_s, QDate(2021, 3, 3)));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(m_model->rowOf(id), 0); // kept in reference order
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    m_session->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(m_model->rowOf(id), -1);
    m_session->undoStack()->redo();
    QCOMPARE(m_model->rowOf(id), 0);
    QCOMPARE(reset.count(), 0);
}

void TestCaseTableModel::editingACaseChangesOnlyItsRow()
{
    const CaseId id = test::caseByReference(*m_session, u"DEMO-NMC-001"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Case edited = *m_session->library().cases().find(id);
    edited.title = u"Retitled in a test"_s;
    m_session->updateCase(edited, u"title"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), m_model->rowOf(id));
    QCOMPARE(bottomRight.row(), m_model->rowOf(id));
    QCOMPARE(cell(id, CaseTableModel::Title), u"Retitled in a test"_s);
    m_session->undoStack()->undo();
    QVERIFY(cell(id, CaseTableModel::Title) != u"Retitled in a test"_s);
    QCOMPARE(changed.count(), 2);
}

void TestCaseTableModel::changingASanctionUpdatesTheSanctionColumn()
{
    const CaseId id = m_session->addCase(
        test::makeCase(u"T-CAUTION"_s, Regulator::Hcpc, u"Paramedic"_s, QDate(2023, 1, 10)));
    const SanctionId sid = m_session->addSanction(
        test::makeSanction(id, SanctionType::CautionOrder, 24, QDate(2023, 1, 10)));
    QCOMPARE(cell(id, CaseTableModel::SanctionColumn), u"Caution order, 2 years"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Sanction s = *m_session->library().sanctions().find(sid);
    s.durationMonths = 18;
    m_session->updateSanction(s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(id, CaseTableModel::SanctionColumn), u"Caution order, 18 months"_s);
    m_session->undoStack()->undo();
    QCOMPARE(cell(id, CaseTableModel::SanctionColumn), u"Caution order, 2 years"_s);
}

void TestCaseTableModel::removingACaseRemovesItsRowAndUndoBringsItBack()
{
    const CaseId id = test::caseByReference(*m_session, u"DEMO-SWE-002"_s);
    const int row = m_model->rowOf(id);
    const int before = m_model->rowCount();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_session->removeCase(id);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(m_model->rowOf(id), -1);
    m_session->undoStack()->undo();
    QCOMPARE(m_model->rowOf(id), row);
    QCOMPARE(cell(id, CaseTableModel::Reference), u"DEMO-SWE-002"_s);
    QVERIFY(!cell(id, CaseTableModel::SanctionColumn).isEmpty());
    m_session->undoStack()->redo();
    QCOMPARE(m_model->rowOf(id), -1);
    QCOMPARE(reset.count(), 0);
}

void TestCaseTableModel::filterRolesCarryTheCasesValues()
{
    const CaseId id = m_session->addCase(test::makeCase(
        u"T-ROLES"_s, Regulator::Goc, u"Optometrist"_s, QDate(2018, 6, 1), u"Spectacles"_s));
    m_session->addSanction(
        test::makeSanction(id, SanctionType::ConditionsOfPractice, 6, QDate(2018, 6, 1)));
    const QModelIndex index = m_model->index(m_model->rowOf(id), CaseTableModel::Title);
    QCOMPARE(index.data(CaseTableModel::CaseIdRole).toLongLong(), id.value);
    QCOMPARE(index.data(CaseTableModel::RegulatorRole).toInt(), int(Regulator::Goc));
    QCOMPARE(index.data(CaseTableModel::ProfessionRole).toString(), u"Optometrist"_s);
    QCOMPARE(index.data(CaseTableModel::SanctionTypeRole).toInt(),
             int(SanctionType::ConditionsOfPractice));
    QCOMPARE(index.data(CaseTableModel::YearRole).toInt(), 2018);
    QVERIFY(index.data(CaseTableModel::SearchTextRole).toString().contains(u"Spectacles"_s));
    QCOMPARE(m_model->index(m_model->rowOf(id), CaseTableModel::SanctionColumn).data().toString(),
             u"Conditions, 6 months"_s);
}

void TestCaseTableModel::clearingTheSessionEmptiesTheModel()
{
    QVERIFY(m_model->rowCount() > 0);
    m_model->setSession(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setSession(m_session.get());
    QCOMPARE(m_model->rowCount(), m_session->library().cases().count());
}

QTEST_MAIN(TestCaseTableModel)
#include "tst_casetablemodel.moc"
