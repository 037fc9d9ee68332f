// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/casefilterproxymodel.h"
#include "models/casetablemodel.h"
#include "storage/sanctionrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestCaseFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsAllWithoutFilters();
    void textFilterMatchesEveryWord();
    void filtersByRegulatorProfessionAndSanction();
    void filtersByYearRange();
    void filtersCombine();
    void editsMoveCasesInAndOutOfTheFilter();
    void sortsByDateAndLadder();

private:
    QStringList shownReferences() const;

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<CaseTableModel> m_model;
    std::unique_ptr<CaseFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    CaseId m_a, m_b, m_c, m_d, m_e;
};

void TestCaseFilterProxyModel::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"filters.casebench"_s)));
    m_model = std::make_unique<CaseTableModel>();
    m_model->setSession(m_session.get());
    m_proxy = std::make_unique<CaseFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    LibrarySession &s = *m_session;
    m_a = s.addCase(test::makeCase(u"A-1"_s, Regulator::Hcpc, u"Social worker"_s,
                                   QDate(2019, 3, 13), u"Missed visits"_s));
    s.addSanction(test::makeSanction(m_a, SanctionType::CautionOrder, 36, QDate(2019, 3, 13)));
    m_b = s.addCase(test::makeCase(u"B-2"_s, Regulator::Hcpc, u"Paramedic"_s, QDate(2021, 2, 1),
                                   u"Drug records"_s));
    s.addSanction(test::makeSanction(m_b, SanctionType::Suspension, 6, QDate(2021, 2, 1)));
    m_c = s.addCase(test::makeCase(u"C-3"_s, Regulator::Nmc, u"Nurse"_s, QDate(2021, 11, 30),
                                   u"Dishonest timesheets"_s));
    s.addSanction(
        test::makeSanction(m_c, SanctionType::StrikingOff, std::nullopt, QDate(2021, 11, 30)));
    m_d = s.addCase(test::makeCase(u"D-4"_s, Regulator::SocialWorkEngland, u"social worker"_s,
                                   QDate(2023, 7, 11), u"Missed supervision"_s));
    s.addSanction(
        test::makeSanction(m_d, SanctionType::ConditionsOfPractice, 12, QDate(2023, 7, 11)));
    m_e = s.addCase(
        test::makeCase(u"E-5"_s, Regulator::Gmc, u"Doctor"_s, QDate(), u"Undated preparation"_s));
}

void TestCaseFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_session.reset();
    m_folder.reset();
}

QStringList TestCaseFilterProxyModel::shownReferences() const
{
    QStringList refs;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        refs.append(m_proxy->index(row, CaseTableModel::Reference).data().toString());
    refs.sort();
    return refs;
}

void TestCaseFilterProxyModel::showsAllWithoutFilters()
{
    QCOMPARE(m_proxy->rowCount(), 5);
    QVERIFY(!m_proxy->isFiltering());
}

void TestCaseFilterProxyModel::textFilterMatchesEveryWord()
{
    m_proxy->setTextFilter(u"missed"_s);
    QCOMPARE(shownReferences(), (QStringList{u"A-1"_s, u"D-4"_s}));
    m_proxy->setTextFilter(u"MISSED  visits"_s);
    QCOMPARE(shownReferences(), QStringList{u"A-1"_s});
    m_proxy->setTextFilter(u"c-3"_s); // the reference
    QCOMPARE(shownReferences(), QStringList{u"C-3"_s});
    m_proxy->setTextFilter(u"registrant of e-5"_s); // the registrant
    QCOMPARE(shownReferences(), QStringList{u"E-5"_s});
    m_proxy->setTextFilter(u"nothing like this"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(m_proxy->isFiltering());
    m_proxy->setTextFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestCaseFilterProxyModel::filtersByRegulatorProfessionAndSanction()
{
    m_proxy->setRegulator(Regulator::Hcpc);
    QCOMPARE(shownReferences(), (QStringList{u"A-1"_s, u"B-2"_s}));
    m_proxy->setRegulator(std::nullopt);
    m_proxy->setProfession(u"Social Worker"_s); // case-insensitive
    QCOMPARE(shownReferences(), (QStringList{u"A-1"_s, u"D-4"_s}));
    m_proxy->setProfession(QString());
    m_proxy->setSanctionType(SanctionType::StrikingOff);
    QCOMPARE(shownReferences(), QStringList{u"C-3"_s});
    m_proxy->setSanctionType(SanctionType::Warning);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->clearFilters();
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestCaseFilterProxyModel::filtersByYearRange()
{
    m_proxy->setYearRange(2021, 2021);
    QCOMPARE(shownReferences(), (QStringList{u"B-2"_s, u"C-3"_s}));
    m_proxy->setYearRange(2021, 0);
    QCOMPARE(shownReferences(), (QStringList{u"B-2"_s, u"C-3"_s, u"D-4"_s}));
    m_proxy->setYearRange(0, 2020);
    QCOMPARE(shownReferences(), QStringList{u"A-1"_s}); // the undated case is not in any range
    m_proxy->setYearRange(0, 0);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestCaseFilterProxyModel::filtersCombine()
{
    m_proxy->setRegulator(Regulator::Hcpc);
    m_proxy->setYearRange(2020, 0);
    QCOMPARE(shownReferences(), QStringList{u"B-2"_s});
    m_proxy->setTextFilter(u"visits"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestCaseFilterProxyModel::editsMoveCasesInAndOutOfTheFilter()
{
    m_proxy->setRegulator(Regulator::Nmc);
    QCOMPARE(shownReferences(), QStringList{u"C-3"_s});
    Case moved = *m_session->library().cases().find(m_e);
    moved.regulator = Regulator::Nmc;
    m_session->updateCase(moved, u"regulator"_s);
    QCOMPARE(shownReferences(), (QStringList{u"C-3"_s, u"E-5"_s}));
    m_session->undoStack()->undo();
    QCOMPARE(shownReferences(), QStringList{u"C-3"_s});
    m_session->removeCase(m_c);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_session->undoStack()->undo();
    QCOMPARE(shownReferences(), QStringList{u"C-3"_s});
    const CaseId added = m_session->addCase(
        test::makeCase(u"F-6"_s, Regulator::Nmc, u"Midwife"_s, QDate(2020, 1, 21)));
    QVERIFY(added.isValid());
    QCOMPARE(shownReferences(), (QStringList{u"C-3"_s, u"F-6"_s}));
}

void TestCaseFilterProxyModel::sortsByDateAndLadder()
{
    const auto order = [this] {
        QStringList refs;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            refs.append(m_proxy->index(row, CaseTableModel::Reference).data().toString());
        return refs;
    };
    m_proxy->sort(CaseTableModel::Decided, Qt::AscendingOrder);
    QCOMPARE(order(), (QStringList{u"E-5"_s, u"A-1"_s, u"B-2"_s, u"C-3"_s, u"D-4"_s}));
    m_proxy->sort(CaseTableModel::SanctionColumn, Qt::DescendingOrder);
    // Striking-off, suspension, conditions, caution, then the case without an order.
    QCOMPARE(order(), (QStringList{u"C-3"_s, u"B-2"_s, u"D-4"_s, u"A-1"_s, u"E-5"_s}));
    // A new case joins the sorted view in its place.
    const CaseId g = m_session->addCase(
        test::makeCase(u"G-7"_s, Regulator::Hcpc, u"Radiographer"_s, QDate(2022, 1, 1)));
    m_session->addSanction(test::makeSanction(g, SanctionType::Suspension, 12, QDate(2022, 1, 1)));
    QCOMPARE(order(), (QStringList{u"C-3"_s, u"G-7"_s, u"B-2"_s, u"D-4"_s, u"A-1"_s, u"E-5"_s}));
}

QTEST_MAIN(TestCaseFilterProxyModel)
#include "tst_casefilterproxymodel.moc"
