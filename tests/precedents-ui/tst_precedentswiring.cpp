// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparewindow.h"
#include "compare/factortablemodel.h"
#include "mainwindow.h"
#include "models/casefilterproxymodel.h"
#include "models/casetablemodel.h"
#include "precedents/precedentlistmodel.h"
#include "precedents/precedentsdock.h"
#include "precedents/precedentswiring.h"
#include "precedents/sanctionchart.h"
#include "reader/readerview.h"
#include "reader/readerwindow.h"
#include "reader/readerwiring.h"
#include "search/searchdock.h"
#include "search/searchresultmodel.h"
#include "uitestsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestPrecedentsWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsDocksAndActions();
    void precedentsFollowTheCurrentCase();
    void comparesTwoSelectedCases();
    void comparesACaseWithItsPrecedent();
    void searchHitSelectsItsCase();
    void closingTheLibraryEmptiesTheDocks();
    void screenshots();

private:
    void select(const QString &reference, QItemSelectionModel::SelectionFlags flags);
    QAction *action(const QString &name) const;

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<MainWindow> m_window;
};

void TestPrecedentsWiring::init()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
    m_folder = std::make_unique<test::TempFolder>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->createDemoLibrary(m_folder->path(u"demo.casebench"_s)));
}

void TestPrecedentsWiring::cleanup()
{
    m_window.reset();
    m_folder.reset();
    m_settings.reset();
}

QAction *TestPrecedentsWiring::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

void TestPrecedentsWiring::select(const QString &reference,
                                  QItemSelectionModel::SelectionFlags flags)
{
    const CaseId id = test::caseByReference(*m_window->session(), reference);
    const int row = m_window->caseModel()->rowOf(id);
    const QModelIndex index = m_window->filterModel()->mapFromSource(
        m_window->caseModel()->index(row, 0));
    m_window->caseTable()->selectionModel()->setCurrentIndex(index,
                                                             flags | QItemSelectionModel::Rows);
}

void TestPrecedentsWiring::addsDocksAndActions()
{
    PrecedentsWiring *wiring = m_window->feature<PrecedentsWiring>();
    QVERIFY(wiring);
    QVERIFY(wiring->precedentsDock()->isVisible());
    QCOMPARE(action(u"actionSearchLibrary"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+F"_s));
    QCOMPARE(action(u"actionCompareCases"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));
    auto *view = m_window->menuBar()->findChild<QMenu *>(u"menuView"_s);
    QVERIFY(view->actions().contains(action(u"actionShowPrecedents"_s)));
    QVERIFY(view->actions().contains(action(u"actionShowSearch"_s)));
    action(u"actionSearchLibrary"_s)->trigger();
    QVERIFY(wiring->searchDock()->isVisible());
}

void TestPrecedentsWiring::precedentsFollowTheCurrentCase()
{
    PrecedentsDock *dock = m_window->feature<PrecedentsWiring>()->precedentsDock();
    select(u"DEMO-NMC-002"_s, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(dock->caseId(), test::caseByReference(*m_window->session(), u"DEMO-NMC-002"_s));
    QTRY_VERIFY(!dock->refreshPending());
    QVERIFY(dock->model()->rowCount() > 0);
    QCOMPARE(dock->model()->result().subject.reference, u"DEMO-NMC-002"_s);
    qInfo("ranking the demo library took %lld ms", dock->lastRankMilliseconds());
}

void TestPrecedentsWiring::comparesTwoSelectedCases()
{
    select(u"DEMO-HCPC-001"_s, QItemSelectionModel::ClearAndSelect);
    select(u"DEMO-SWE-002"_s, QItemSelectionModel::Select);
    QCOMPARE(m_window->caseTable()->selectionModel()->selectedRows().size(), 2);
    action(u"actionCompareCases"_s)->trigger();
    CompareWindow *compare = m_window->feature<PrecedentsWiring>()->compareWindow();
    QVERIFY(compare);
    QVERIFY(compare->isVisible());
    // Compared in the background; the current row (the last one picked) goes on the left.
    QTRY_COMPARE_WITH_TIMEOUT(compare->comparison().left().reference, u"DEMO-SWE-002"_s, 30000);
    QCOMPARE(compare->comparison().right().reference, u"DEMO-HCPC-001"_s);
}

void TestPrecedentsWiring::comparesACaseWithItsPrecedent()
{
    select(u"DEMO-HCPC-001"_s, QItemSelectionModel::ClearAndSelect);
    PrecedentsDock *dock = m_window->feature<PrecedentsWiring>()->precedentsDock();
    QTRY_VERIFY(!dock->refreshPending());
    dock->view()->setCurrentIndex(dock->model()->index(1, 0));
    const CaseId precedent = dock->currentPrecedent();
    action(u"actionCompareCases"_s)->trigger();
    CompareWindow *compare = m_window->feature<PrecedentsWiring>()->compareWindow();
    QVERIFY(compare);
    QTRY_COMPARE_WITH_TIMEOUT(compare->comparison().left().reference, u"DEMO-HCPC-001"_s, 30000);
    QCOMPARE(compare->comparison().right().id, precedent);
}

void TestPrecedentsWiring::searchHitSelectsItsCase()
{
    SearchDock *search = m_window->feature<PrecedentsWiring>()->searchDock();
    action(u"actionSearchLibrary"_s)->trigger();
    search->queryField()->setText(u"supervision"_s);
    search->search();
    QTRY_VERIFY(!search->searchPending());
    QVERIFY(search->model()->rowCount() > 0);
    const SearchHit hit = search->model()->hitAt(search->model()->rowCount() - 1);
    Q_EMIT search->view()->activated(search->model()->index(search->model()->rowCount() - 1));
    QCOMPARE(m_window->selectedCase(), hit.caseId);
    // The hit's document opens in the reader with the matched word selected.
    ReaderWindow *reader = m_window->feature<ReaderWiring>()->readerFor(hit.caseId);
    QVERIFY(reader);
    QCOMPARE(reader->documentId(), hit.document);
    QCOMPARE(reader->view()->textCursor().selectedText().toLower(), u"supervision"_s);
    reader->close();
}

void TestPrecedentsWiring::closingTheLibraryEmptiesTheDocks()
{
    select(u"DEMO-HCPC-001"_s, QItemSelectionModel::ClearAndSelect);
    m_window->feature<PrecedentsWiring>()->openComparison(
        test::caseByReference(*m_window->session(), u"DEMO-HCPC-001"_s),
        test::caseByReference(*m_window->session(), u"DEMO-NMC-001"_s));
    QVERIFY(m_window->feature<PrecedentsWiring>()->compareWindow());
    m_window->closeLibrary();
    QVERIFY(!m_window->feature<PrecedentsWiring>()->compareWindow());
    QCOMPARE(m_window->feature<PrecedentsWiring>()->precedentsDock()->model()->rowCount(), 0);
    QCOMPARE(m_window->feature<PrecedentsWiring>()->searchDock()->model()->rowCount(), 0);
    QVERIFY(!action(u"actionCompareCases"_s)->isEnabled());
}

/// With CASEBENCH_SCREENSHOT_DIR set, saves pictures of the docks, the chart and the compare
/// window on the demo library there (for reviewing the layout and for the documentation).
void TestPrecedentsWiring::screenshots()
{
    const QString folder = qEnvironmentVariable("CASEBENCH_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CASEBENCH_SCREENSHOT_DIR to save screenshots");
    m_window->resize(1500, 950);
    select(u"DEMO-SWE-002"_s, QItemSelectionModel::ClearAndSelect);
    PrecedentsDock *dock = m_window->feature<PrecedentsWiring>()->precedentsDock();
    QTRY_VERIFY(!dock->refreshPending());
    dock->view()->setCurrentIndex(dock->model()->index(0, 0));
    QVERIFY(m_window->grab().save(folder + u"/precui-window.png"_s));
    dock->resize(1300, 560);
    QVERIFY(dock->grab().save(folder + u"/precui-dock.png"_s));
    QVERIFY(dock->chart()->grab().save(folder + u"/precui-chart.png"_s));
    dock->view()->setCurrentIndex(dock->model()->index(0, 0));
    CompareWindow *compare = m_window->feature<PrecedentsWiring>()->openComparison(
        dock->caseId(), dock->currentPrecedent());
    QVERIFY(compare);
    compare->resize(1500, 900);
    const auto *row = compare->factorModel()->rowAt(
        compare->factorModel()->index(0, 0, compare->factorModel()->index(1, 0)));
    if (row)
        compare->goToFactor(row->factor.id);
    QVERIFY(compare->grab().save(folder + u"/precui-compare.png"_s));
    SearchDock *search = m_window->feature<PrecedentsWiring>()->searchDock();
    action(u"actionSearchLibrary"_s)->trigger();
    search->resize(700, 600);
    search->queryField()->setText(u"supervision"_s);
    search->search();
    QTRY_VERIFY(!search->searchPending());
    QVERIFY(search->grab().save(folder + u"/precui-search.png"_s));
    search->queryField()->setText(u"\"supervision"_s);
    search->search();
    QTRY_VERIFY(!search->searchPending());
    QVERIFY(search->grab().save(folder + u"/precui-search-error.png"_s));
}

QTEST_MAIN(TestPrecedentsWiring)
#include "tst_precedentswiring.moc"
