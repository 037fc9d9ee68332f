// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Copy Citation (ui/citation/): its place, its shortcut, and the line it copies.
#include "citation/copycitationfeature.h"
#include "mainwindow.h"
#include "model/casecitation.h"
#include "sessionhost.h"
#include "uitestsupport.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestCopyCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void isInTheEditMenu();
    void copiesTheSelectedCase();
    void needsACase();

private:
    [[nodiscard]] QAction *action() const;

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<MainWindow> m_window;
    CaseId m_case;
};

void TestCopyCitation::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
}

void TestCopyCitation::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->createLibrary(m_folder->path(u"cite.casebench"_s)));
    Case c = test::makeCase(u"FTP-2024-017"_s, Regulator::Hcpc, u"Paramedic"_s, QDate(2024, 3, 4),
                            u"Record keeping and\ncandour"_s);
    m_case = m_window->session()->addCase(c);
    m_window->selectCase(m_case);
    QCOMPARE(m_window->sessionHost()->currentCase(), m_case);
}

void TestCopyCitation::cleanup()
{
    m_window.reset();
    m_folder.reset();
}

QAction *TestCopyCitation::action() const
{
    return m_window->findChild<QAction *>(u"actionCopyCitation"_s);
}

void TestCopyCitation::isInTheEditMenu()
{
    auto *feature = m_window->feature<CopyCitationFeature>();
    QVERIFY(feature);
    QCOMPARE(feature->copyAction(), action());
    auto *edit = m_window->menuBar()->findChild<QMenu *>(u"menuEdit"_s);
    QVERIFY(edit);
    const QList<QAction *> entries = edit->actions();
    const qsizetype at = entries.indexOf(action());
    QVERIFY(at > 0);
    // Undo, Redo, a line, Copy Citation, a line, New Case…
    QCOMPARE(entries.at(at - 2)->objectName(), u"actionRedo"_s);
    QVERIFY(entries.at(at - 1)->isSeparator());
    QVERIFY(entries.at(at + 1)->isSeparator());
    QCOMPARE(entries.at(at + 2)->objectName(), u"actionNewCase"_s);
    QCOMPARE(action()->text(), u"Copy &Citation"_s);
    QCOMPARE(action()->shortcut(), QKeySequence(u"Ctrl+Alt+C"_s));
}

void TestCopyCitation::copiesTheSelectedCase()
{
    QGuiApplication::clipboard()->setText(u"before"_s);
    QVERIFY(action()->isEnabled());
    action()->trigger();
    const QString expected = u"FTP-2024-017 — Record keeping and candour (HCPC, 4 March 2024)"_s;
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(caseCitation(*m_window->session()->library().cases().find(m_case)), expected);
    QVERIFY(m_window->statusBar()->currentMessage().contains(expected));

    // The shortcut does it too, with the table focused.
    QGuiApplication::clipboard()->setText(u"before"_s);
    m_window->activateWindow();
    m_window->caseTable()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->caseTable(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void TestCopyCitation::needsACase()
{
    m_window->caseTable()->selectionModel()->clearCurrentIndex();
    QVERIFY(!action()->isEnabled());
    QGuiApplication::clipboard()->setText(u"before"_s);
    QCOMPARE(m_window->feature<CopyCitationFeature>()->copyCitation(), QString());
    QCOMPARE(QGuiApplication::clipboard()->text(), u"before"_s);
    m_window->selectCase(m_case);
    QVERIFY(action()->isEnabled());
    m_window->closeLibrary();
    QVERIFY(!action()->isEnabled());
}

QTEST_MAIN(TestCopyCitation)
#include "tst_copycitation.moc"
