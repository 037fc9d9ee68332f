// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmessage.h"
#include "optionaldateedit.h"
#include "sanctioneditor.h"
#include "storage/sanctionrepository.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestSanctionEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheEntry();
    void listsTheRegulatorsOwnTerms();
    void conditionsOnlyForConditionsOrders();
    void durationHintFollowsTheOrder();
    void historyRulesBlockApply();
    void applyIsOneUndoStep();
    void emptyWithoutAnEntry();

private:
    template <typename T>
    T *field(const QString &name) const
    {
        return m_editor->findChild<T *>(name);
    }
    void selectType(SanctionType type) const
    {
        auto *combo = field<QComboBox>(u"sanctionTypeCombo"_s);
        combo->setCurrentIndex(combo->findData(static_cast<int>(type)));
    }
    void reload() const
    {
        m_editor->setEntry(m_session->library().sanctions().forCase(m_case), m_entry,
                           Regulator::SocialWorkEngland);
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<SanctionEditor> m_editor;
    CaseId m_case;
    SanctionId m_entry;
};

void TestSanctionEditor::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"editor.casebench"_s)));
    m_case = m_session->addCase(test::makeCase(u"S-1"_s, Regulator::SocialWorkEngland,
                                               u"Social worker"_s, QDate(2022, 2, 10)));
    m_entry = m_session->addSanction(
        test::makeSanction(m_case, SanctionType::Suspension, 12, QDate(2022, 2, 10)));
    m_session->undoStack()->clear();
    m_editor = std::make_unique<SanctionEditor>();
    m_editor->setSession(m_session.get());
    reload();
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestSanctionEditor::cleanup()
{
    m_editor.reset();
    m_session.reset();
    m_folder.reset();
}

void TestSanctionEditor::showsTheEntry()
{
    QVERIFY(m_editor->isEnabled());
    QCOMPARE(m_editor->entryId(), m_entry);
    QCOMPARE(field<QComboBox>(u"outcomeCombo"_s)->currentText(), u"Imposed"_s);
    QCOMPARE(field<QComboBox>(u"sanctionTypeCombo"_s)->currentText(), u"Suspension order"_s);
    QCOMPARE(field<QSpinBox>(u"durationSpin"_s)->value(), 12);
    QCOMPARE(field<OptionalDateEdit>(u"decidedOnEdit"_s)->value(), QDate(2022, 2, 10));
    QVERIFY(!m_editor->hasChanges());
    QVERIFY(!field<QPushButton>(u"applySanctionButton"_s)->isEnabled());
}

void TestSanctionEditor::listsTheRegulatorsOwnTerms()
{
    auto *types = field<QComboBox>(u"sanctionTypeCombo"_s);
    QVERIFY(types->findText(u"Removal order"_s) >= 0); // SWE's striking-off
    QVERIFY(types->findText(u"Striking-off order"_s) < 0);
    QVERIFY(types->findText(u"Caution order"_s) < 0); // SWE panels make none
    QVERIFY(types->findText(u"Warning"_s) >= 0);
}

void TestSanctionEditor::conditionsOnlyForConditionsOrders()
{
    auto *conditions = field<QPlainTextEdit>(u"conditionsEdit"_s);
    QVERIFY(!conditions->isEnabled());
    selectType(SanctionType::ConditionsOfPractice);
    QVERIFY(conditions->isEnabled());
    QVERIFY(m_editor->messageFor(u"conditions"_s)->isVisible()); // "not recorded": a warning
    QVERIFY(!m_editor->messageFor(u"conditions"_s)->hasError());
    conditions->setPlainText(u"Work under supervision."_s);
    QVERIFY(!m_editor->messageFor(u"conditions"_s)->isVisible());
    selectType(SanctionType::Suspension);
    QVERIFY(conditions->isEnabled()); // text to clear is still reachable
    QVERIFY(m_editor->messageFor(u"conditions"_s)->hasError());
    QVERIFY(!field<QPushButton>(u"applySanctionButton"_s)->isEnabled());
}

void TestSanctionEditor::durationHintFollowsTheOrder()
{
    auto *hint = field<QLabel>(u"durationHint"_s);
    QCOMPARE(hint->text(), u"Social Work England: up to 3 years"_s);
    selectType(SanctionType::StrikingOff);
    QCOMPARE(hint->text(), u"Social Work England: no duration"_s);
    FieldMessage *message = m_editor->messageFor(u"duration_months"_s);
    QVERIFY(message->hasError()); // a removal order has no duration: 12 months must go
    auto *duration = field<QSpinBox>(u"durationSpin"_s);
    duration->setValue(0);
    QCOMPARE(duration->text(), u"No duration"_s);
    QVERIFY(!message->isVisible());
    QVERIFY(field<QPushButton>(u"applySanctionButton"_s)->isEnabled());
}

void TestSanctionEditor::historyRulesBlockApply()
{
    auto *review = field<QCheckBox>(u"reviewHearingCheck"_s);
    selectType(SanctionType::StrikingOff);
    field<QSpinBox>(u"durationSpin"_s)->setValue(0);
    review->setChecked(true);
    QVERIFY(m_editor->messageFor(u"review_hearing"_s)->hasError());
    QVERIFY(!field<QPushButton>(u"applySanctionButton"_s)->isEnabled());
    review->setChecked(false);
    QVERIFY(field<QPushButton>(u"applySanctionButton"_s)->isEnabled());

    // The first entry of a history must impose an order.
    auto *outcome = field<QComboBox>(u"outcomeCombo"_s);
    outcome->setCurrentIndex(outcome->findData(static_cast<int>(ReviewOutcome::Confirmed)));
    QVERIFY(m_editor->messageFor(u"outcome"_s)->hasError());
    QVERIFY(!field<QPushButton>(u"applySanctionButton"_s)->isEnabled());
    m_editor->revert();
    QCOMPARE(outcome->currentText(), u"Imposed"_s);
    QVERIFY(!m_editor->messageFor(u"outcome"_s)->isVisible());
}

void TestSanctionEditor::applyIsOneUndoStep()
{
    field<QSpinBox>(u"durationSpin"_s)->setValue(30);
    field<OptionalDateEdit>(u"startDateEdit"_s)->setDate(QDate(2022, 3, 10));
    QVERIFY(m_editor->hasChanges());
    m_editor->apply();
    const Sanction saved = *m_session->library().sanctions().find(m_entry);
    QCOMPARE(saved.durationMonths, std::optional<int>(30));
    QCOMPARE(saved.startDate, QDate(2022, 3, 10));
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->library().sanctions().find(m_entry)->durationMonths,
             std::optional<int>(12));
}

void TestSanctionEditor::emptyWithoutAnEntry()
{
    m_editor->setEntry({}, SanctionId(), Regulator::Hcpc);
    QVERIFY(!m_editor->isEnabled());
    QVERIFY(!m_editor->entryId().isValid());
    QVERIFY(!m_editor->hasChanges());
    m_editor->apply(); // nothing to apply, nothing happens
    QCOMPARE(m_session->undoStack()->count(), 0);
}

QTEST_MAIN(TestSanctionEditor)
#include "tst_sanctioneditor.moc"
