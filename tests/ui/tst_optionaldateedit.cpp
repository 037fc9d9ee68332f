// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldateedit.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestOptionalDateEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsNotSet();
    void setValueIsSilent();
    void steppingFromNotSetStartsToday();
    void deleteOnASelectedDateUnsetsIt();
    void editingFinishedCommits();
};

void TestOptionalDateEdit::startsNotSet()
{
    OptionalDateEdit edit;
    QVERIFY(!edit.isSet());
    QVERIFY(!edit.value().isValid());
    QCOMPARE(edit.text(), u"Not set"_s);
}

void TestOptionalDateEdit::setValueIsSilent()
{
    OptionalDateEdit edit;
    QSignalSpy changed(&edit, &QDateEdit::dateChanged);
    QSignalSpy committed(&edit, &OptionalDateEdit::valueCommitted);
    edit.setValue(QDate(2021, 5, 24));
    QVERIFY(edit.isSet());
    QCOMPARE(edit.value(), QDate(2021, 5, 24));
    QCOMPARE(edit.text(), u"24 May 2021"_s);
    edit.setValue(QDate());
    QVERIFY(!edit.isSet());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(committed.count(), 0);
}

void TestOptionalDateEdit::steppingFromNotSetStartsToday()
{
    OptionalDateEdit edit;
    edit.stepBy(1);
    QCOMPARE(edit.value(), QDate::currentDate());
    edit.stepBy(-1); // a set date steps normally (the day section is current)
    QVERIFY(edit.value() < QDate::currentDate());
}

void TestOptionalDateEdit::deleteOnASelectedDateUnsetsIt()
{
    OptionalDateEdit edit;
    edit.setValue(QDate(2020, 1, 21));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.selectAll();
    QSignalSpy committed(&edit, &OptionalDateEdit::valueCommitted);
    QTest::keyClick(&edit, Qt::Key_Delete);
    QVERIFY(!edit.isSet());
    QCOMPARE(committed.count(), 1);
    QTest::keyClick(&edit, Qt::Key_Delete); // nothing left to clear
    QCOMPARE(committed.count(), 1);
}

void TestOptionalDateEdit::editingFinishedCommits()
{
    OptionalDateEdit edit;
    QSignalSpy committed(&edit, &OptionalDateEdit::valueCommitted);
    Q_EMIT edit.editingFinished();
    QCOMPARE(committed.count(), 1);
}

QTEST_MAIN(TestOptionalDateEdit)
#include "tst_optionaldateedit.moc"
