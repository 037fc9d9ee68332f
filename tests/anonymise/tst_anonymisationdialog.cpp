// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/librarysession.h"
#include "export/anonymisationcontroller.h"
#include "export/anonymisationdialog.h"
#include "export/anonymisationlistmodel.h"
#include "sessionhost.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

namespace {

// Invented text: the names in it are made up for this test.
const QString decisionText
    = u"The Registrant, Petra Quillfeather, worked on Larkspur Ward.\n"
      u"The panel heard from Nurse Odhran Vesey. Odhran Vesey said that Ms Quillfeather was late.\n"
      u"Later Odhran Vesey confirmed it. Petra Quillfeather left Larkspur Ward in 2020.\n"_s;

} // namespace

class TestAnonymisationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<test::TempFolder>();
        m_session = std::make_unique<LibrarySession>(
            Library::create(m_folder->path(u"d.casebench"_s)));
        Case c;
        c.reference = u"ANON-UI"_s;
        c.regulator = Regulator::Nmc;
        c.registrant = u"Petra Quillfeather"_s;
        m_case = m_session->addCase(c);
        Document d;
        d.caseId = m_case;
        d.title = u"Decision"_s;
        d.text = decisionText;
        m_session->library().documents().add(d);
        m_session->undoStack()->clear();
    }

    void cleanup()
    {
        m_session.reset();
        m_folder.reset();
    }

    void showsRegistrantSuggestsConfirmsAndPreviews()
    {
        AnonymisationDialog dialog(*m_session, m_case);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnonymisationListModel *model = dialog.model();
        // The registrant's names are there from the start, confirmed.
        QVERIFY(model->rowCount() >= 4);
        QCOMPARE(model->index(0, AnonymisationListModel::Original).data().toString(),
                 u"Petra Quillfeather"_s);
        QCOMPARE(
            model->index(0, AnonymisationListModel::Confirmed).data(Qt::CheckStateRole).toInt(),
            int(Qt::Checked));
        QCOMPARE(model->index(0, AnonymisationListModel::Found).data().toInt(), 2);
        QVERIFY(!dialog.preview()->toPlainText().contains(u"Quillfeather"_s));
        QVERIFY(dialog.preview()->toPlainText().startsWith(
            u"The Registrant, the Registrant, worked"_s));
        QVERIFY(dialog.preview()->toPlainText().contains(u"Odhran Vesey"_s));

        // Suggest from Text adds unconfirmed suggestions with their counts.
        const int registrantRows = model->rowCount();
        QVERIFY(dialog.findChild<QPushButton *>(u"anonymisationSuggest"_s)->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"anonymisationSuggest"_s),
                          Qt::LeftButton);
        QVERIFY(model->rowCount() > registrantRows);
        int vesey = -1;
        int ward = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString original = model->index(row, 0).data().toString();
            if (original == u"Odhran Vesey"_s)
                vesey = row;
            if (original == u"Larkspur Ward"_s)
                ward = row;
        }
        QVERIFY(vesey >= 0 && ward >= 0);
        QCOMPARE(model->index(vesey, AnonymisationListModel::Found).data().toInt(), 3);
        QCOMPARE(
            model->index(vesey, AnonymisationListModel::Confirmed).data(Qt::CheckStateRole).toInt(),
            int(Qt::Unchecked));
        QCOMPARE(model->index(ward, AnonymisationListModel::Replacement).data().toString(),
                 u"the Ward"_s);
        // Not confirmed: not replaced yet.
        QVERIFY(dialog.preview()->toPlainText().contains(u"Odhran Vesey"_s));

        // Confirm one by its check box, then all.
        QVERIFY(model->setData(model->index(vesey, AnonymisationListModel::Confirmed), Qt::Checked,
                               Qt::CheckStateRole));
        QVERIFY(!dialog.preview()->toPlainText().contains(u"Vesey"_s));
        QVERIFY(dialog.preview()->toPlainText().contains(u"Larkspur"_s));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"anonymisationConfirmAll"_s),
                          Qt::LeftButton);
        QVERIFY(!dialog.preview()->toPlainText().contains(u"Larkspur"_s));
        QVERIFY(!dialog.findChild<QPushButton *>(u"anonymisationConfirmAll"_s)->isEnabled());
        QVERIFY(m_session->undoStack()->undoText().startsWith(u"Confirm "_s));

        // Edit a replacement in place.
        QVERIFY(
            model->setData(model->index(ward, AnonymisationListModel::Replacement), u"Ward 7"_s));
        QVERIFY(dialog.preview()->toPlainText().contains(u"worked on Ward 7."_s));
        // A duplicate original is refused with a message.
        QVERIFY(!model->setData(model->index(ward, AnonymisationListModel::Original),
                                u"odhran vesey"_s));

        // Undo everything: back to the registrant's names only.
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QCOMPARE(model->rowCount(), registrantRows);
        QVERIFY(m_session->library().anonymisation().forCase(m_case).isEmpty());
    }

    void addTypedAndRemove()
    {
        AnonymisationDialog dialog(*m_session, m_case);
        auto *name = dialog.findChild<QLineEdit *>(u"anonymisationName"_s);
        auto *add = dialog.findChild<QPushButton *>(u"anonymisationAdd"_s);
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(name, u"Larkspur"_s);
        QVERIFY(add->isEnabled());
        QTest::keyClick(name, Qt::Key_Return);
        const int rows = dialog.model()->rowCount();
        const AnonymisationEntry added = dialog.model()->entryAt(rows - 1);
        QCOMPARE(added.original, u"Larkspur"_s);
        QCOMPARE(added.replacement, u"Person A"_s);
        QVERIFY(added.confirmed);
        QVERIFY(name->text().isEmpty());
        QVERIFY(dialog.preview()->toPlainText().contains(u"on Person A Ward"_s));
        // The same again is refused, with a message naming it.
        QTest::keyClicks(name, u"larkspur"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(dialog.model()->rowCount(), rows);
        QVERIFY(
            dialog.findChild<QLabel *>(u"anonymisationMessage"_s)->text().contains(u"already"_s));

        auto *remove = dialog.findChild<QPushButton *>(u"anonymisationRemove"_s);
        dialog.table()->selectRow(0); // the registrant's: not removable
        QVERIFY(!remove->isEnabled());
        dialog.table()->selectRow(rows - 1);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(dialog.model()->rowCount(), rows - 1);
    }

    void controllerFollowsTheSelection()
    {
        QWidget window;
        SessionHost host;
        host.setSession(m_session.get());
        AnonymisationController controller(&window, &host);
        QVERIFY(!controller.listAction()->isEnabled());
        host.setCurrentCase(m_case);
        QVERIFY(controller.listAction()->isEnabled());
        controller.listAction()->trigger();
        QVERIFY(controller.dialog());
        QCOMPARE(controller.dialog()->caseId(), m_case);
        // Deleting the case closes its editor.
        m_session->removeCase(m_case);
        QTRY_VERIFY(!controller.dialog() || !controller.dialog()->isVisible());
        controller.closeDialog();
        QVERIFY(!controller.dialog());
    }

    void screenshot()
    {
        AnonymisationDialog dialog(*m_session, m_case);
        dialog.suggestFromText();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString out = qEnvironmentVariable("CASEBENCH_SCREENSHOT_DIR");
        if (!out.isEmpty())
            QVERIFY(dialog.grab().save(out + u"/anonymisation-dialog.png"_s));
    }

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    CaseId m_case;
};

QTEST_MAIN(TestAnonymisationDialog)
#include "tst_anonymisationdialog.moc"
