// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparepane.h"
#include "compare/comparewindow.h"
#include "compare/factortablemodel.h"
#include "uitestsupport.h"

#include "analysis/casecomparison.h"
#include "analysis/caseprofile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void factorModelPassesTheTester();
    void factorTableRowsFollowTheComparison();
    void clickingARowMovesBothPanes();
    void linkedPassagesAreHighlightedAndFollowed();
    void panesScrollTogether();
    void swapsSides();
    void unknownCaseIsExplained();
    void backgroundComparisonMatchesTheSynchronousOne();
    void closingWhileComparing();

private:
    /// Two demo cases that share a factor, and that factor.
    void findSharedFactor();

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<CompareWindow> m_window;
    CaseId m_left;
    CaseId m_right;
    FactorId m_shared;
};

void TestCompareWindow::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = test::demoSession(*m_folder);
    findSharedFactor();
    QVERIFY(m_shared.isValid());
    m_window = std::make_unique<CompareWindow>(m_session.get());
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->compare(m_left, m_right));
}

void TestCompareWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_folder.reset();
}

void TestCompareWindow::findSharedFactor()
{
    const QList<CaseProfile> profiles = CaseProfile::loadAll(m_session->library());
    // The pair sharing the most factors, so that the test does not hang on one demo case.
    qsizetype best = 0;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        for (qsizetype j = i + 1; j < profiles.size(); ++j) {
            QList<FactorId> shared;
            for (FactorId f : profiles.at(i).factors) {
                if (profiles.at(j).hasFactor(f))
                    shared.append(f);
            }
            if (shared.size() > best) {
                best = shared.size();
                m_left = profiles.at(i).id;
                m_right = profiles.at(j).id;
                m_shared = shared.constFirst();
            }
        }
    }
}

void TestCompareWindow::factorModelPassesTheTester()
{
    FactorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(m_window->comparison());
    QVERIFY(model.rowCount() > 0);
    model.setComparison(m_window->comparison().swapped());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCompareWindow::factorTableRowsFollowTheComparison()
{
    const CaseComparison &c = m_window->comparison();
    FactorTableModel *model = m_window->factorModel();
    QCOMPARE(model->rowCount(), c.groups().size());
    int rows = 0;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        QCOMPARE(group.data().toString(), enumLabel(c.groups().at(g).category));
        QVERIFY(!model->rowAt(group));
        for (int r = 0; r < model->rowCount(group); ++r) {
            const CaseComparison::FactorRow &expected = c.groups().at(g).rows.at(r);
            const QModelIndex index = model->index(r, FactorTableModel::FactorColumn, group);
            QCOMPARE(index.data().toString(), expected.factor.name);
            QCOMPARE(model->rowAt(index)->factor.id, expected.factor.id);
            QCOMPARE(index.data(FactorTableModel::PresenceRole).toInt(),
                     (expected.inLeft() ? 1 : 0) + (expected.inRight() ? 2 : 0));
            const QString left
                = model->index(r, FactorTableModel::LeftColumn, group).data().toString();
            QCOMPARE(left.startsWith(u"✓"_s), expected.inLeft());
            ++rows;
        }
    }
    QCOMPARE(rows, c.rows().size());
    QCOMPARE(model->headerData(FactorTableModel::LeftColumn, Qt::Horizontal).toString(),
             c.left().reference);
    QVERIFY(m_window->leftHeader()->text().contains(c.left().reference));
    QVERIFY(m_window->rightHeader()->text().contains(c.right().reference));
    QVERIFY(m_window->leftHeader()->text().contains(
        outcomeText(c.left().sanction, c.left().regulator).toHtmlEscaped()));
}

void TestCompareWindow::clickingARowMovesBothPanes()
{
    FactorTableModel *model = m_window->factorModel();
    const QModelIndex index = model->indexOf(m_shared);
    QVERIFY(index.isValid());
    const CaseComparison::FactorRow *row = model->rowAt(index);
    QVERIFY(row->shared());
    QTreeView *view = m_window->factorView();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());

    const Passage &left = row->left.constFirst();
    const Passage &right = row->right.constFirst();
    ComparePane *leftPane = m_window->leftPane();
    ComparePane *rightPane = m_window->rightPane();
    QCOMPARE(leftPane->textCursor().position(), leftPane->positionOf(left.document, left.start));
    QCOMPARE(rightPane->textCursor().position(),
             rightPane->positionOf(right.document, right.start));
    // The passage is in view and marked in both panes, with the text it quotes.
    for (ComparePane *pane : {leftPane, rightPane}) {
        QVERIFY(pane->viewport()->rect().contains(pane->cursorRect().center()));
        QVERIFY(!pane->markedRanges().isEmpty());
    }
    const auto [start, end] = leftPane->markedRanges().constFirst();
    QCOMPARE(leftPane->toPlainText().mid(start, end - start), left.quote);
    // A group row moves nothing.
    const int before = leftPane->textCursor().position();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(0, 0)).center());
    QCOMPARE(leftPane->textCursor().position(), before);
}

void TestCompareWindow::linkedPassagesAreHighlightedAndFollowed()
{
    const CaseComparison &c = m_window->comparison();
    if (c.links().isEmpty())
        QSKIP("these two demo cases have no linked passages");
    ComparePane *leftPane = m_window->leftPane();
    ComparePane *rightPane = m_window->rightPane();
    QVERIFY(leftPane->extraSelections().size() >= c.links().size());
    const auto leftRange = leftPane->rangeOf(c.links().constFirst().left);
    const auto rightRange = rightPane->rangeOf(c.links().constFirst().right);
    QVERIFY(leftRange && rightRange);
    QCOMPARE(leftPane->linkAt(leftRange->first + 1), 0);
    QTextCursor cursor = leftPane->textCursor();
    cursor.setPosition(leftRange->first + 1);
    leftPane->setTextCursor(cursor);
    QCOMPARE(rightPane->textCursor().position(), rightRange->first);
}

void TestCompareWindow::panesScrollTogether()
{
    ComparePane *leftPane = m_window->leftPane();
    ComparePane *rightPane = m_window->rightPane();
    QVERIFY(leftPane->verticalScrollBar()->maximum() > 0);
    QVERIFY(rightPane->verticalScrollBar()->maximum() > 0);
    leftPane->verticalScrollBar()->setValue(leftPane->verticalScrollBar()->maximum());
    QCOMPARE(rightPane->verticalScrollBar()->value(), rightPane->verticalScrollBar()->maximum());
    rightPane->verticalScrollBar()->setValue(0);
    QCOMPARE(leftPane->verticalScrollBar()->value(), 0);
}

void TestCompareWindow::swapsSides()
{
    const QString leftText = m_window->leftPane()->toPlainText();
    const QString rightText = m_window->rightPane()->toPlainText();
    QCOMPARE(m_window->swapAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_window->goToFactor(m_shared);
    m_window->swapAction()->trigger();
    QCOMPARE(m_window->comparison().left().id, m_right);
    QCOMPARE(m_window->comparison().right().id, m_left);
    QCOMPARE(m_window->leftPane()->toPlainText(), rightText);
    QCOMPARE(m_window->rightPane()->toPlainText(), leftText);
    QVERIFY(m_window->leftHeader()->text().contains(m_window->comparison().left().reference));
    QCOMPARE(m_window->factorModel()
                 ->headerData(FactorTableModel::LeftColumn, Qt::Horizontal)
                 .toString(),
             m_window->comparison().left().reference);
    // The factor chosen stays chosen, its passages marked on the new sides.
    QCOMPARE(m_window->factorView()->currentIndex(), m_window->factorModel()->indexOf(m_shared));
    QVERIFY(!m_window->leftPane()->markedRanges().isEmpty());
    // The swap button does the same.
    auto *button = m_window->findChild<QWidget *>(u"swapSidesButton"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->comparison().left().id, m_left);
}

void TestCompareWindow::unknownCaseIsExplained()
{
    QVERIFY(!m_window->compare(m_left, CaseId(987654)));
    QVERIFY(!m_window->leftHeader()->text().isEmpty());
    QCOMPARE(m_window->factorModel()->rowCount(), 0);
}

void TestCompareWindow::backgroundComparisonMatchesTheSynchronousOne()
{
    // init() compared synchronously; another window compares the same cases in the background.
    CompareWindow other(m_session.get());
    QSignalSpy finished(&other, &CompareWindow::comparisonFinished);
    other.requestComparison(m_left, m_right);
    QVERIFY(other.comparing());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!other.comparing());
    const CaseComparison &sync = m_window->comparison();
    const CaseComparison &background = other.comparison();
    QCOMPARE(background.left().id, sync.left().id);
    QCOMPARE(background.right().id, sync.right().id);
    QCOMPARE(background.leftDocuments(), sync.leftDocuments());
    QCOMPARE(background.rightDocuments(), sync.rightDocuments());
    QCOMPARE(background.rows().size(), sync.rows().size());
    for (qsizetype i = 0; i < sync.rows().size(); ++i) {
        QCOMPARE(background.rows().at(i).factor.id, sync.rows().at(i).factor.id);
        QCOMPARE(background.rows().at(i).left, sync.rows().at(i).left);
        QCOMPARE(background.rows().at(i).right, sync.rows().at(i).right);
    }
    QCOMPARE(background.links().size(), sync.links().size());
    for (qsizetype i = 0; i < sync.links().size(); ++i) {
        QVERIFY(background.links().at(i).left == sync.links().at(i).left);
        QVERIFY(background.links().at(i).right == sync.links().at(i).right);
    }
    QCOMPARE(other.leftPane()->toPlainText(), m_window->leftPane()->toPlainText());
    QCOMPARE(other.rightPane()->toPlainText(), m_window->rightPane()->toPlainText());
    QCOMPARE(other.leftHeader()->text(), m_window->leftHeader()->text());
    QCOMPARE(other.factorModel()->rowCount(), m_window->factorModel()->rowCount());

    // A case that does not exist: the failure is shown, as the synchronous one shows it.
    other.requestComparison(m_left, CaseId(987654));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY(!other.leftHeader()->text().isEmpty());
    QVERIFY(other.comparison().links().isEmpty());
}

void TestCompareWindow::closingWhileComparing()
{
    // A burst of requests, then the window goes at once: no crash, no hang, nothing delivered.
    auto other = std::make_unique<CompareWindow>(m_session.get());
    QSignalSpy finished(other.get(), &CompareWindow::comparisonFinished);
    for (int i = 0; i < 5; ++i)
        other->requestComparison(i % 2 ? m_left : m_right, i % 2 ? m_right : m_left);
    other.reset();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
    // The session is still usable.
    QVERIFY(m_window->compare(m_right, m_left));
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
