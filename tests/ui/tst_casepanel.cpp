// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseform.h"
#include "casepanel.h"
#include "models/sanctionhistorymodel.h"
#include "sanctioneditor.h"
#include "storage/sanctionrepository.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestCasePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheCaseAndItsCurrentOrder();
    void addsAReviewOfTheStandingOrder();
    void removesTheSelectedEntry();
    void editorFollowsARegulatorChange();
    void emptyCaseCanHaveAnOrderAdded();

private:
    QPushButton *button(const QString &name) const
    {
        return m_panel->findChild<QPushButton *>(name);
    }
    [[nodiscard]] QList<Sanction> history() const
    {
        return m_session->library().sanctions().forCase(m_case);
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<CasePanel> m_panel;
    CaseId m_case;
    SanctionId m_first;
    SanctionId m_second;
};

void TestCasePanel::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"panel.casebench"_s)));
    m_case = m_session->addCase(
        test::makeCase(u"P-1"_s, Regulator::Nmc, u"Nurse"_s, QDate(2020, 6, 1)));
    m_first = m_session->addSanction(
        test::makeSanction(m_case, SanctionType::Suspension, 12, QDate(2020, 6, 1)));
    Sanction replaced = test::makeSanction(m_case, SanctionType::ConditionsOfPractice, 18,
                                           QDate(2021, 5, 24));
    replaced.outcome = ReviewOutcome::Replaced;
    m_second = m_session->addSanction(replaced);
    m_session->undoStack()->clear();
    m_panel = std::make_unique<CasePanel>();
    m_panel->setSession(m_session.get());
    m_panel->setCase(m_case);
    m_panel->resize(640, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCasePanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
    m_folder.reset();
}

void TestCasePanel::showsTheCaseAndItsCurrentOrder()
{
    QCOMPARE(m_panel->caseId(), m_case);
    QCOMPARE(m_panel->form()->caseId(), m_case);
    QCOMPARE(m_panel->historyModel()->rowCount(), 2);
    QCOMPARE(m_panel->selectedSanction(), m_second);
    QCOMPARE(m_panel->sanctionEditor()->entryId(), m_second);
    QCOMPARE(m_panel->historyView()->currentIndex().row(), 1);
    m_panel->selectSanction(m_first);
    QCOMPARE(m_panel->sanctionEditor()->entryId(), m_first);
    QVERIFY(button(u"removeSanctionButton"_s)->isEnabled());
}

void TestCasePanel::addsAReviewOfTheStandingOrder()
{
    QTest::mouseClick(button(u"addSanctionButton"_s), Qt::LeftButton);
    const QList<Sanction> entries = history();
    QCOMPARE(entries.size(), 3);
    const Sanction &added = entries.constLast();
    QCOMPARE(added.outcome, ReviewOutcome::Confirmed);
    QCOMPARE(added.type, SanctionType::ConditionsOfPractice);
    QCOMPARE(m_panel->selectedSanction(), added.id);
    QCOMPARE(m_panel->sanctionEditor()->entryId(), added.id);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(history().size(), 2);
    QCOMPARE(m_panel->selectedSanction(), m_second); // back on the order in force
}

void TestCasePanel::removesTheSelectedEntry()
{
    m_panel->selectSanction(m_second);
    QTest::mouseClick(button(u"removeSanctionButton"_s), Qt::LeftButton);
    QCOMPARE(history().size(), 1);
    QCOMPARE(m_panel->selectedSanction(), m_first);
    QCOMPARE(m_panel->sanctionEditor()->entryId(), m_first);
    m_session->undoStack()->undo();
    QCOMPARE(history().size(), 2);
    QCOMPARE(m_panel->historyModel()->rowCount(), 2);
}

void TestCasePanel::editorFollowsARegulatorChange()
{
    auto *types = m_panel->sanctionEditor()->findChild<QComboBox *>(u"sanctionTypeCombo"_s);
    QVERIFY(types->findText(u"Conditions of practice order"_s) >= 0);
    Case c = *m_session->library().cases().find(m_case);
    c.regulator = Regulator::Gmc;
    m_session->updateCase(c, u"regulator"_s);
    QCOMPARE(types->currentText(), u"Conditions"_s); // the GMC's own word
    QVERIFY(types->findText(u"Erasure"_s) >= 0);
}

void TestCasePanel::emptyCaseCanHaveAnOrderAdded()
{
    const CaseId empty = m_session->addCase(
        test::makeCase(u"P-2"_s, Regulator::Hcpc, u"Paramedic"_s, QDate(2022, 8, 8)));
    m_panel->setCase(empty);
    QCOMPARE(m_panel->historyModel()->rowCount(), 0);
    QVERIFY(!m_panel->sanctionEditor()->isEnabled());
    QVERIFY(!button(u"removeSanctionButton"_s)->isEnabled());
    QTest::mouseClick(button(u"addSanctionButton"_s), Qt::LeftButton);
    const QList<Sanction> entries = m_session->library().sanctions().forCase(empty);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().outcome, ReviewOutcome::Imposed);
    QCOMPARE(entries.constFirst().decidedOn, QDate(2022, 8, 8));
    QVERIFY(m_panel->sanctionEditor()->isEnabled());
}

QTEST_MAIN(TestCasePanel)
#include "tst_casepanel.moc"
