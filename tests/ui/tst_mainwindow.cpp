// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"
#include "casefilterbar.h"
#include "caseform.h"
#include "casepanel.h"
#include "fieldmessage.h"
#include "mainwindow.h"
#include "models/casefilterproxymodel.h"
#include "models/casetablemodel.h"
#include "models/sanctionhistorymodel.h"
#include "sanctioneditor.h"
#include "storage/sanctionrepository.h"
#include "uisettings.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheDemoLibrary();
    void hasTheMenuActions();
    void editsASanctionWithUndoAndRedo();
    void outOfRangeDurationIsShownBesideTheFieldAndBlocksApply();
    void filtersNarrowTheTable();
    void caseFieldErrorIsShownAndNotSaved();
    void caseFieldEditIsOneUndoStep();
    void undoSelectsTheTouchedCase();
    void addsAndDeletesACase();
    void openingAMissingFileShowsAnErrorNamingIt();
    void closingTheLibraryEmptiesTheWindow();
    void remembersTheLayout();
    void aboutTextSaysWhetherSyntaxHighlightingIsBuiltIn();

private:
    QAction *action(const QString &name) const;
    void select(const QString &reference);
    [[nodiscard]] std::optional<int> storedDuration(CaseId id) const;
    [[nodiscard]] QString statusText() const;

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
}

void TestMainWindow::init()
{
    QSettings(u"Casebench"_s, u"Casebench"_s).clear();
    m_folder = std::make_unique<test::TempFolder>();
    m_path = m_folder->path(u"demo.casebench"_s);
    demolibrary::create(m_path); // written and closed: the window opens it like a user would
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_path));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_folder.reset();
}

QAction *TestMainWindow::action(const QString &name) const
{
    auto *found = m_window->findChild<QAction *>(name);
    if (!found)
        qWarning("no action named %s", qPrintable(name));
    return found;
}

void TestMainWindow::select(const QString &reference)
{
    const CaseId id = test::caseByReference(*m_window->session(), reference);
    QVERIFY(id.isValid());
    const QModelIndex source = m_window->caseModel()->index(m_window->caseModel()->rowOf(id), 0);
    m_window->caseTable()->setCurrentIndex(m_window->filterModel()->mapFromSource(source));
    QCOMPARE(m_window->selectedCase(), id);
    QCOMPARE(m_window->casePanel()->caseId(), id);
}

std::optional<int> TestMainWindow::storedDuration(CaseId id) const
{
    return m_window->session()->library().sanctions().forCase(id).constLast().durationMonths;
}

QString TestMainWindow::statusText() const
{
    return m_window->findChild<QLabel *>(u"caseCountLabel"_s)->text();
}

void TestMainWindow::opensTheDemoLibrary()
{
    QVERIFY(m_window->windowTitle().contains(u"demo.casebench"_s));
    const int total = m_window->session()->library().cases().count();
    QVERIFY(total >= 10);
    QCOMPARE(m_window->caseTable()->model()->rowCount(), total);
    QCOMPARE(statusText(), u"%1 cases (%1 shown)"_s.arg(total));
    QVERIFY(m_window->selectedCase().isValid()); // the first case is shown at once
    QCOMPARE(UiSettings().recentFiles().value(0), QDir::cleanPath(m_path));
    QCOMPARE(UiSettings().lastLibrary(), QDir::cleanPath(m_path));

    if (qEnvironmentVariableIsSet("CASEBENCH_SCREENSHOT")) {
        // A look at the window for a human: CASEBENCH_SCREENSHOT=/tmp/window.png
        m_window->resize(1600, 960); // the offscreen screen is smaller than a desktop's
        action(u"actionResetLayout"_s)->trigger();
        select(u"DEMO-NMC-003"_s);
        QTest::qWait(100);
        const QString path = qEnvironmentVariable("CASEBENCH_SCREENSHOT");
        QVERIFY(m_window->grab().save(path));
        // And one with a rule broken: a message beside the field, Apply disabled.
        select(u"DEMO-HCPC-001"_s);
        m_window->casePanel()
            ->sanctionEditor()
            ->findChild<QSpinBox *>(u"durationSpin"_s)
            ->setValue(72);
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(QString(path).replace(u".png"_s, u"-validation.png"_s)));
        m_window->casePanel()->sanctionEditor()->revert();
    }
}

void TestMainWindow::hasTheMenuActions()
{
    const QStringList names{
        u"actionNewLibrary"_s,    u"actionOpen"_s,        u"actionOpenRecent"_s,
        u"actionNewDemo"_s,       u"actionClose"_s,       u"actionQuit"_s,
        u"actionUndo"_s,          u"actionRedo"_s,        u"actionNewCase"_s,
        u"actionDeleteCase"_s,    u"actionFind"_s,        u"actionShowFilterBar"_s,
        u"actionShowCasePanel"_s, u"actionResetLayout"_s, u"actionAbout"_s};
    for (const QString &name : names)
        QVERIFY2(action(name), qPrintable(name));
    QCOMPARE(action(u"actionNewLibrary"_s)->shortcut(), QKeySequence(u"Ctrl+N"_s));
    QCOMPARE(action(u"actionOpen"_s)->shortcut(), QKeySequence(u"Ctrl+O"_s));
    QCOMPARE(action(u"actionQuit"_s)->shortcut(), QKeySequence(u"Ctrl+Q"_s));
    QCOMPARE(action(u"actionUndo"_s)->shortcut(), QKeySequence(u"Ctrl+Z"_s));
    QCOMPARE(action(u"actionRedo"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+Z"_s));
    QCOMPARE(action(u"actionFind"_s)->shortcut(), QKeySequence(u"Ctrl+F"_s));
    // The recent-files menu lists the open library.
    auto *recent = m_window->findChild<QMenu *>(u"menuOpenRecent"_s);
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QVERIFY(recent->findChild<QAction *>(u"actionRecent1"_s));
    QCOMPARE(recent->findChild<QAction *>(u"actionRecent1"_s)->toolTip(),
             QDir::toNativeSeparators(QDir::cleanPath(m_path)));
}

void TestMainWindow::editsASanctionWithUndoAndRedo()
{
    select(u"DEMO-HCPC-001"_s);
    const CaseId id = m_window->selectedCase();
    const std::optional<int> before = storedDuration(id);
    QCOMPARE(before, std::optional<int>(36));

    auto *editor = m_window->casePanel()->sanctionEditor();
    auto *duration = editor->findChild<QSpinBox *>(u"durationSpin"_s);
    auto *apply = editor->findChild<QPushButton *>(u"applySanctionButton"_s);
    QVERIFY(duration && apply);
    QCOMPARE(duration->value(), 36);
    QVERIFY(!apply->isEnabled()); // nothing to apply yet
    duration->setValue(48);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(storedDuration(id), std::optional<int>(48));
    QVERIFY(!apply->isEnabled());
    QVERIFY(m_window->caseTable()
                ->model()
                ->index(m_window->caseTable()->currentIndex().row(), CaseTableModel::SanctionColumn)
                .data()
                .toString()
                .contains(u"4 years"_s));

    QAction *undo = action(u"actionUndo"_s);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(u"DEMO-HCPC-001"_s));
    undo->trigger();
    QCOMPARE(storedDuration(id), before);
    QCOMPARE(duration->value(), 36); // the editor shows the stored entry again
    action(u"actionRedo"_s)->trigger();
    QCOMPARE(storedDuration(id), std::optional<int>(48));
    QCOMPARE(duration->value(), 48);
}

void TestMainWindow::outOfRangeDurationIsShownBesideTheFieldAndBlocksApply()
{
    select(u"DEMO-HCPC-001"_s);
    const CaseId id = m_window->selectedCase();
    auto *editor = m_window->casePanel()->sanctionEditor();
    auto *duration = editor->findChild<QSpinBox *>(u"durationSpin"_s);
    auto *apply = editor->findChild<QPushButton *>(u"applySanctionButton"_s);
    FieldMessage *message = editor->messageFor(u"duration_months"_s);
    QVERIFY(message);
    QVERIFY(!message->isVisibleTo(m_window.get()));
    QVERIFY(editor->findChild<QLabel *>(u"durationHint"_s)
                ->text()
                .contains(u"HCPC: between 1 and 5 years"_s));

    duration->setValue(72); // an HCPC caution order lasts five years at most
    QVERIFY(message->isVisibleTo(m_window.get()));
    QVERIFY(message->hasError());
    QVERIFY2(message->text().contains(u"72 months is too long"_s), qPrintable(message->text()));
    QVERIFY(!apply->isEnabled());
    QTest::keyClick(duration, Qt::Key_Return,
                    Qt::ControlModifier); // the shortcut cannot apply it either
    QCOMPARE(storedDuration(id), std::optional<int>(36));

    duration->setValue(24);
    QVERIFY(!message->isVisibleTo(m_window.get()));
    QVERIFY(apply->isEnabled());
    editor->findChild<QPushButton *>(u"revertSanctionButton"_s)->click();
    QCOMPARE(duration->value(), 36);
    QVERIFY(!apply->isEnabled());

    // Ctrl+Return applies a valid change.
    duration->setValue(60);
    duration->setFocus();
    QTest::keyClick(duration, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(storedDuration(id), std::optional<int>(60));
}

void TestMainWindow::filtersNarrowTheTable()
{
    Library &library = m_window->session()->library();
    const int total = library.cases().count();
    int nmc = 0;
    for (const Case &c : library.cases().all())
        nmc += c.regulator == Regulator::Nmc ? 1 : 0;
    QVERIFY(nmc > 0 && nmc < total);

    CaseFilterBar *bar = m_window->filterBar();
    QComboBox *regulator = bar->regulatorCombo();
    const int index = regulator->findText(u"NMC"_s);
    QVERIFY(index > 0);
    regulator->setCurrentIndex(index);
    QTableView *table = m_window->caseTable();
    QCOMPARE(table->model()->rowCount(), nmc);
    for (int row = 0; row < nmc; ++row)
        QCOMPARE(table->model()->index(row, CaseTableModel::RegulatorColumn).data().toString(),
                 u"NMC"_s);
    QCOMPARE(statusText(), u"%1 cases (%2 shown)"_s.arg(total).arg(nmc));

    QTest::keyClicks(bar->searchField(), u"DEMO-HCPC"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    bar->findChild<QToolButton *>(u"clearFiltersButton"_s)->click();
    QCOMPARE(table->model()->rowCount(), total);
    QCOMPARE(regulator->currentIndex(), 0);

    // Ctrl+F puts the cursor in the search field; the year choices come from the data.
    action(u"actionFind"_s)->trigger();
    QVERIFY(bar->searchField()->hasFocus() || QApplication::focusWidget() == bar->searchField());
    QComboBox *from = bar->yearFromCombo();
    QVERIFY(from->findText(u"2019"_s) > 0);
    from->setCurrentIndex(from->findText(u"2023"_s));
    QVERIFY(table->model()->rowCount() < total);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()->index(row, 0).data(CaseTableModel::YearRole).toInt() >= 2023);
}

void TestMainWindow::caseFieldErrorIsShownAndNotSaved()
{
    select(u"DEMO-SWE-001"_s);
    const CaseId id = m_window->selectedCase();
    CaseForm *form = m_window->casePanel()->form();
    auto *reference = form->findChild<QLineEdit *>(u"referenceEdit"_s);
    QVERIFY(reference);
    const int steps = m_window->session()->undoStack()->count();
    reference->setText(QString());
    QTest::keyClick(reference, Qt::Key_Return);
    FieldMessage *message = form->messageFor(u"reference"_s);
    QVERIFY(message->isVisibleTo(m_window.get()));
    QVERIFY(message->hasError());
    QVERIFY(message->text().contains(u"reference is empty"_s));
    QCOMPARE(m_window->session()->library().cases().find(id)->reference, u"DEMO-SWE-001"_s);
    QCOMPARE(m_window->session()->undoStack()->count(), steps);

    // A reference another case has is refused by the library, and said beside the field.
    reference->setText(u"DEMO-HCPC-001"_s);
    QTest::keyClick(reference, Qt::Key_Return);
    QVERIFY(message->hasError());
    QCOMPARE(m_window->session()->library().cases().find(id)->reference, u"DEMO-SWE-001"_s);

    QTest::keyClick(reference, Qt::Key_Escape); // Esc puts the saved value back
    QCOMPARE(reference->text(), u"DEMO-SWE-001"_s);
    QVERIFY(!message->isVisibleTo(m_window.get()));
    QCOMPARE(m_window->session()->undoStack()->count(), steps);
}

void TestMainWindow::caseFieldEditIsOneUndoStep()
{
    select(u"DEMO-SWE-001"_s);
    const CaseId id = m_window->selectedCase();
    CaseForm *form = m_window->casePanel()->form();
    auto *title = form->findChild<QLineEdit *>(u"titleEdit"_s);
    const QString before = title->text();
    QUndoStack *stack = m_window->session()->undoStack();
    const int steps = stack->count();
    title->setText(u"A retitled case"_s);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(m_window->session()->library().cases().find(id)->title, u"A retitled case"_s);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(action(u"actionUndo"_s)->text().remove(u'&'), u"Undo Change title of DEMO-SWE-001"_s);

    // An empty title is only a warning: saved, and said in amber.
    title->setText(QString());
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(m_window->session()->library().cases().find(id)->title, QString());
    QVERIFY(form->messageFor(u"title"_s)->isVisibleTo(m_window.get()));
    QVERIFY(!form->messageFor(u"title"_s)->hasError());

    // The regulator combo commits on a choice.
    auto *regulator = form->findChild<QComboBox *>(u"regulatorCombo"_s);
    regulator->setCurrentIndex(regulator->findText(u"HCPC"_s));
    Q_EMIT regulator->activated(regulator->currentIndex());
    QCOMPARE(m_window->session()->library().cases().find(id)->regulator, Regulator::Hcpc);
    QCOMPARE(stack->count(), steps + 3);
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(m_window->session()->library().cases().find(id)->title, before);
    QCOMPARE(title->text(), before);
    QCOMPARE(regulator->currentText(), u"Social Work England"_s);
}

void TestMainWindow::undoSelectsTheTouchedCase()
{
    select(u"DEMO-NMC-002"_s);
    const CaseId edited = m_window->selectedCase();
    Case c = *m_window->session()->library().cases().find(edited);
    c.notes = u"A note added in a test."_s;
    m_window->session()->updateCase(c, u"notes"_s);
    select(u"DEMO-GMC-001"_s);
    action(u"actionUndo"_s)->trigger();
    QCOMPARE(m_window->selectedCase(), edited);
    QCOMPARE(m_window->casePanel()->caseId(), edited);
    // Even when a filter hides it.
    select(u"DEMO-GMC-001"_s);
    QComboBox *regulator = m_window->filterBar()->regulatorCombo();
    regulator->setCurrentIndex(regulator->findText(u"GMC"_s));
    action(u"actionRedo"_s)->trigger();
    QCOMPARE(m_window->selectedCase(), edited);
}

void TestMainWindow::addsAndDeletesACase()
{
    const int total = m_window->caseModel()->rowCount();
    action(u"actionNewCase"_s)->trigger();
    QCOMPARE(m_window->caseModel()->rowCount(), total + 1);
    const CaseId added = m_window->selectedCase();
    QVERIFY(added.isValid());
    QVERIFY(m_window->session()->library().cases().find(added)->reference.startsWith(u"NEW-"_s));
    QCOMPARE(m_window->casePanel()->caseId(), added);

    action(u"actionDeleteCase"_s)->trigger();
    auto *box = m_window->findChild<QMessageBox *>(u"deleteCaseConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"NEW-"_s));
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QCOMPARE(m_window->caseModel()->rowCount(), total);
    QVERIFY(!m_window->session()->library().cases().find(added));
    action(u"actionUndo"_s)->trigger();
    QCOMPARE(m_window->caseModel()->rowCount(), total + 1);
    QCOMPARE(m_window->selectedCase(), added);
}

void TestMainWindow::openingAMissingFileShowsAnErrorNamingIt()
{
    const QString missing = m_folder->path(u"missing-library.casebench"_s);
    QVERIFY(!m_window->openLibrary(missing));
    auto *box = m_window->findChild<QMessageBox *>(u"errorMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"missing-library.casebench"_s));
    QVERIFY(box->informativeText().contains(u"missing-library.casebench"_s));
    box->close();
    // The open library stays open.
    QVERIFY(m_window->windowTitle().contains(u"demo.casebench"_s));
    QVERIFY(m_window->session());
}

void TestMainWindow::closingTheLibraryEmptiesTheWindow()
{
    action(u"actionClose"_s)->trigger();
    QVERIFY(!m_window->session());
    QCOMPARE(m_window->windowTitle(), u"Casebench"_s);
    QCOMPARE(statusText(), u"No library open"_s);
    QCOMPARE(m_window->caseTable()->model()->rowCount(), 0);
    QVERIFY(!m_window->casePanel()->form()->isEnabled());
    QVERIFY(!action(u"actionUndo"_s)->isEnabled());
    QVERIFY(!action(u"actionNewCase"_s)->isEnabled());
    QVERIFY(UiSettings().lastLibrary().isEmpty());
    QVERIFY(m_window->openLibrary(m_path));
    QCOMPARE(m_window->caseTable()->model()->rowCount(),
             m_window->session()->library().cases().count());
}

void TestMainWindow::remembersTheLayout()
{
    action(u"actionShowCasePanel"_s)->trigger();
    action(u"actionShowFilterBar"_s)->trigger();
    auto *dock = m_window->findChild<QDockWidget *>(u"casePanelDock"_s);
    QVERIFY(!dock->isVisible());
    QVERIFY(!m_window->filterBar()->isVisible());
    m_window->caseTable()->sortByColumn(CaseTableModel::Decided, Qt::DescendingOrder);
    m_window->close();

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    dock = m_window->findChild<QDockWidget *>(u"casePanelDock"_s);
    QVERIFY(!dock->isVisible());
    QVERIFY(!m_window->filterBar()->isVisible());
    QVERIFY(!action(u"actionShowFilterBar"_s)->isChecked());
    QCOMPARE(m_window->caseTable()->horizontalHeader()->sortIndicatorSection(),
             int(CaseTableModel::Decided));
    QCOMPARE(m_window->caseTable()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    action(u"actionResetLayout"_s)->trigger();
    QVERIFY(dock->isVisible());
    QVERIFY(m_window->filterBar()->isVisible());
    QCOMPARE(m_window->caseTable()->horizontalHeader()->sortIndicatorSection(),
             int(CaseTableModel::Reference));
}

void TestMainWindow::aboutTextSaysWhetherSyntaxHighlightingIsBuiltIn()
{
    const QString text = appinfo::aboutText();
    QVERIFY(text.contains(u"KDE Syntax-Highlighting"_s));
    QCOMPARE(text.contains(u"not built in"_s), !appinfo::hasSyntaxHighlighting());
    QVERIFY(text.contains(appinfo::version()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
