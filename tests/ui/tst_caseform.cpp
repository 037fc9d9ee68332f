// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseform.h"
#include "fieldmessage.h"
#include "optionaldateedit.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestCaseForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheCase();
    void datesOutOfOrderAreNotSaved();
    void aGroundIsOneUndoStep();
    void textAreaIsSavedWhenItLosesFocus();
    void warningIsSavedAndShownInAmber();
    void followsChangesFromElsewhere();
    void emptiesWhenTheCaseGoes();

private:
    template <typename T>
    T *field(const QString &name) const
    {
        return m_form->findChild<T *>(name);
    }
    [[nodiscard]] Case stored() const { return *m_session->library().cases().find(m_case); }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<CaseForm> m_form;
    CaseId m_case;
};

void TestCaseForm::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = std::make_unique<LibrarySession>(
        Library::create(m_folder->path(u"form.casebench"_s)));
    Case c = test::makeCase(u"F-100"_s, Regulator::Hcpc, u"Radiographer"_s, QDate(2023, 4, 5),
                            u"Wrong patient scanned"_s);
    c.grounds = {StatutoryGround::Misconduct};
    m_case = m_session->addCase(c);
    m_session->undoStack()->clear();
    m_form = std::make_unique<CaseForm>();
    m_form->setSession(m_session.get());
    m_form->setCase(m_case);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
}

void TestCaseForm::cleanup()
{
    m_form.reset();
    m_session.reset();
    m_folder.reset();
}

void TestCaseForm::showsTheCase()
{
    QVERIFY(m_form->isEnabled());
    QCOMPARE(m_form->caseId(), m_case);
    QCOMPARE(field<QLineEdit>(u"referenceEdit"_s)->text(), u"F-100"_s);
    QCOMPARE(field<QLineEdit>(u"titleEdit"_s)->text(), u"Wrong patient scanned"_s);
    QCOMPARE(field<QComboBox>(u"regulatorCombo"_s)->currentText(), u"HCPC"_s);
    QCOMPARE(field<QComboBox>(u"professionCombo"_s)->currentText(), u"Radiographer"_s);
    QCOMPARE(field<OptionalDateEdit>(u"decisionDateEdit"_s)->value(), QDate(2023, 4, 5));
    QCOMPARE(field<OptionalDateEdit>(u"hearingDateEdit"_s)->value(), QDate(2023, 4, 3));
    QVERIFY(!m_form->messageFor(u"reference"_s)->hasMessage());
}

void TestCaseForm::datesOutOfOrderAreNotSaved()
{
    auto *decided = field<OptionalDateEdit>(u"decisionDateEdit"_s);
    decided->setDate(QDate(2023, 4, 1)); // before the hearing began
    Q_EMIT decided->editingFinished();
    FieldMessage *message = m_form->messageFor(u"decision_date"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->hasError());
    QVERIFY2(message->text().contains(u"before the hearing date"_s), qPrintable(message->text()));
    QCOMPARE(stored().decisionDate, QDate(2023, 4, 5));
    QCOMPARE(m_session->undoStack()->count(), 0);

    QTest::keyClick(decided, Qt::Key_Escape);
    QCOMPARE(decided->value(), QDate(2023, 4, 5));
    QVERIFY(!message->isVisible());

    decided->setDate(QDate(2023, 4, 7));
    Q_EMIT decided->editingFinished();
    QCOMPARE(stored().decisionDate, QDate(2023, 4, 7));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->text(0), u"Change decision date of F-100"_s);
}

void TestCaseForm::aGroundIsOneUndoStep()
{
    QCheckBox *health = nullptr;
    for (QCheckBox *box : m_form->findChildren<QCheckBox *>()) {
        if (box->text() == u"Health"_s)
            health = box;
    }
    QVERIFY(health);
    // On the box itself: a check box's clickable area is its indicator and text.
    QTest::mouseClick(health, Qt::LeftButton, {}, QPoint(8, health->height() / 2));
    QCOMPARE(stored().grounds,
             (QList<StatutoryGround>{StatutoryGround::Misconduct, StatutoryGround::Health}));
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(stored().grounds, QList<StatutoryGround>{StatutoryGround::Misconduct});
    QVERIFY(!health->isChecked());
}

void TestCaseForm::textAreaIsSavedWhenItLosesFocus()
{
    auto *notes = m_form->findChildren<QPlainTextEdit *>().constLast();
    notes->setFocus();
    QVERIFY(QTest::qWaitFor([notes] { return notes->hasFocus(); }));
    QTest::keyClicks(notes, u"Useful comparator."_s);
    QCOMPARE(stored().notes, QString()); // not while typing
    field<QLineEdit>(u"titleEdit"_s)->setFocus();
    QVERIFY(QTest::qWaitFor([this] { return stored().notes == u"Useful comparator."_s; }));
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestCaseForm::warningIsSavedAndShownInAmber()
{
    auto *title = field<QLineEdit>(u"titleEdit"_s);
    title->clear();
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(stored().title, QString());
    FieldMessage *message = m_form->messageFor(u"title"_s);
    QVERIFY(message->isVisible());
    QVERIFY(!message->hasError());
    QCOMPARE(message->palette().color(QPalette::WindowText), QColor(0x9a, 0x5b, 0x00));
}

void TestCaseForm::followsChangesFromElsewhere()
{
    Case edited = stored();
    edited.registrant = u"Someone Else"_s;
    m_session->updateCase(edited, u"registrant"_s);
    QCOMPARE(field<QLineEdit>(u"registrantEdit"_s)->text(), u"Someone Else"_s);
    m_session->undoStack()->undo();
    QCOMPARE(field<QLineEdit>(u"registrantEdit"_s)->text(), u"Registrant of F-100"_s);
}

void TestCaseForm::emptiesWhenTheCaseGoes()
{
    m_session->removeCase(m_case);
    QVERIFY(!m_form->isEnabled());
    QVERIFY(!m_form->caseId().isValid());
    QCOMPARE(field<QLineEdit>(u"referenceEdit"_s)->text(), QString());
}

QTEST_MAIN(TestCaseForm)
#include "tst_caseform.moc"
