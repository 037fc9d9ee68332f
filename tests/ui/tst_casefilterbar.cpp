// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilterbar.h"
#include "models/casefilterproxymodel.h"
#include "models/casetablemodel.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestCaseFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void choicesComeFromTheData();
    void choicesDriveTheProxy();
    void aChosenValueSurvivesAnEdit();
    void clearResetsEverything();

private:
    static QStringList items(const QComboBox *combo)
    {
        QStringList texts;
        for (int i = 1; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
        return texts;
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<CaseTableModel> m_model;
    std::unique_ptr<CaseFilterProxyModel> m_proxy;
    std::unique_ptr<CaseFilterBar> m_bar;
    CaseId m_nurse;
};

void TestCaseFilterBar::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"bar.casebench"_s)));
    m_model = std::make_unique<CaseTableModel>();
    m_model->setSession(m_session.get());
    m_proxy = std::make_unique<CaseFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_bar = std::make_unique<CaseFilterBar>();
    m_bar->setModels(m_model.get(), m_proxy.get());
    const CaseId a = m_session->addCase(
        test::makeCase(u"A"_s, Regulator::Nmc, u"Nurse"_s, QDate(2021, 1, 1)));
    m_session->addSanction(test::makeSanction(a, SanctionType::Suspension, 6, QDate(2021, 1, 1)));
    m_nurse = a;
    m_session->addCase(test::makeCase(u"B"_s, Regulator::Hcpc, u"Paramedic"_s, QDate(2019, 1, 1)));
    m_session->addCase(test::makeCase(u"C"_s, Regulator::Hcpc, u"nurse"_s, QDate(2023, 1, 1)));
}

void TestCaseFilterBar::cleanup()
{
    m_bar.reset();
    m_proxy.reset();
    m_model.reset();
    m_session.reset();
    m_folder.reset();
}

void TestCaseFilterBar::choicesComeFromTheData()
{
    QCOMPARE(items(m_bar->regulatorCombo()), (QStringList{u"HCPC"_s, u"NMC"_s})); // enum order
    QCOMPARE(items(m_bar->professionCombo()),
             (QStringList{u"Nurse"_s, u"Paramedic"_s})); // once each
    QCOMPARE(items(m_bar->sanctionCombo()), QStringList{u"Suspension order"_s});
    QCOMPARE(items(m_bar->yearFromCombo()), (QStringList{u"2019"_s, u"2021"_s, u"2023"_s}));
    QCOMPARE(m_bar->regulatorCombo()->itemText(0), u"All regulators"_s);
    m_session->addCase(test::makeCase(u"D"_s, Regulator::Gdc, u"Dentist"_s, QDate(2020, 1, 1)));
    QVERIFY(items(m_bar->regulatorCombo()).contains(u"GDC"_s));
    QVERIFY(items(m_bar->professionCombo()).contains(u"Dentist"_s));
}

void TestCaseFilterBar::choicesDriveTheProxy()
{
    QComboBox *regulator = m_bar->regulatorCombo();
    regulator->setCurrentIndex(regulator->findText(u"HCPC"_s));
    QCOMPARE(m_proxy->regulator(), std::optional(Regulator::Hcpc));
    QCOMPARE(m_proxy->rowCount(), 2);
    QComboBox *profession = m_bar->professionCombo();
    profession->setCurrentIndex(profession->findText(u"Nurse"_s));
    QCOMPARE(m_proxy->rowCount(), 1); // "nurse" matches "Nurse"
    regulator->setCurrentIndex(0);
    QCOMPARE(m_proxy->rowCount(), 2);
    m_bar->yearFromCombo()->setCurrentIndex(m_bar->yearFromCombo()->findText(u"2023"_s));
    QCOMPARE(m_proxy->yearFrom(), 2023);
    QCOMPARE(m_proxy->rowCount(), 1);
    QTest::keyClicks(m_bar->searchField(), u"registrant of b"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestCaseFilterBar::aChosenValueSurvivesAnEdit()
{
    QComboBox *sanction = m_bar->sanctionCombo();
    sanction->setCurrentIndex(sanction->findText(u"Suspension order"_s));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_session->removeCase(m_nurse); // no case has a suspension now
    QCOMPARE(sanction->currentText(), u"Suspension order"_s);
    QCOMPARE(m_proxy->sanctionType(), std::optional(SanctionType::Suspension));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_session->undoStack()->undo();
    QCOMPARE(m_proxy->rowCount(), 1);
}

void TestCaseFilterBar::clearResetsEverything()
{
    auto *clear = m_bar->findChild<QToolButton *>(u"clearFiltersButton"_s);
    QVERIFY(!clear->isEnabled());
    m_bar->regulatorCombo()->setCurrentIndex(1);
    m_bar->searchField()->setText(u"x"_s);
    QVERIFY(clear->isEnabled());
    clear->click();
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_bar->regulatorCombo()->currentIndex(), 0);
    QVERIFY(m_bar->searchField()->text().isEmpty());
    QCOMPARE(m_proxy->rowCount(), 3);
}

QTEST_MAIN(TestCaseFilterBar)
#include "tst_casefilterbar.moc"
