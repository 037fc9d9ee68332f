// SPDX-License-Identifier: GPL-3.0-or-later
#include "casepanel.h"
#include "import/outlinedetector.h"
#include "mainwindow.h"
#include "reader/factorlistmodel.h"
#include "reader/outlinemodel.h"
#include "reader/passagemodel.h"
#include "reader/readerview.h"
#include "reader/readerwindow.h"
#include "reader/readerwiring.h"
#include "readertestsupport.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QUndoStack>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestReaderModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void outlineModelSectionsAndParagraphs();
    void passageModelGroupsAndFollowsUndo();
    void passageModelForgetsRemovedCase();
    void factorListModelGroupsCodebook();
    void readerViewLanes();
    void mainWindowOpensReaderFromDocuments();

private:
    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
};

void TestReaderModels::init()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
    m_folder = std::make_unique<test::TempFolder>();
    m_session = test::demoSession(*m_folder);
}

void TestReaderModels::cleanup()
{
    m_session.reset();
    m_folder.reset();
    m_settings.reset();
}

void TestReaderModels::outlineModelSectionsAndParagraphs()
{
    const QString text
        = u"Front line\n\nBackground\n\n1. First.\n\n2. Second.\n\nDecision on sanction\n\n"
          "3. Third.\n"_s;
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutline(OutlineDetector::detect(text));
    QVERIFY(model.rowCount() >= 2);
    const QModelIndex sanction = model.indexAt(
        static_cast<int>(text.indexOf(u"Decision on sanction"_s)));
    QVERIFY(sanction.isValid());
    QVERIFY(!sanction.parent().isValid());
    QCOMPARE(sanction.data().toString(), u"Decision on sanction"_s);
    const QModelIndex third = model.indexAt(static_cast<int>(text.indexOf(u"Third"_s)));
    QCOMPARE(third.parent(), sanction);
    QCOMPARE(third.data().toString(), u"3  Third."_s);
    QCOMPARE(model.indexAt(static_cast<int>(text.indexOf(u"Second"_s)))
                 .data(OutlineModel::StartRole)
                 .toInt(),
             static_cast<int>(text.indexOf(u"2. Second"_s)));
    model.setOutline(Outline());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexAt(5).isValid());
}

void TestReaderModels::passageModelGroupsAndFollowsUndo()
{
    const Document document = test::firstDocument(*m_session, u"DEMO-HCPC-001"_s);
    PassageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_session.get());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.passageCount(), 0);
    model.setCase(document.caseId);
    const int total = static_cast<int>(
        m_session->library().passages().forCase(document.caseId).size());
    QCOMPARE(model.passageCount(), total);
    model.setCitationProvider([](const Passage &p) { return u"at %1"_s.arg(p.start); });
    const PassageId id = m_session->tagPassage(document.id,
                                               test::factorByKey(*m_session, u"insight"_s), 10, 20);
    QCOMPARE(model.passageCount(), total + 1);
    QCOMPARE(model.indexOf(id, PassageModel::CitationColumn).data().toString(), u"at 10"_s);
    QVERIFY(model.groupIndex(FactorCategory::InsightRemediation)
                .data()
                .toString()
                .startsWith(u"Insight"_s));
    m_session->undoStack()->undo();
    QCOMPARE(model.passageCount(), total);
    m_session->undoStack()->redo();
    QCOMPARE(model.passageCount(), total + 1);
    // Passages of another case do not show.
    const Document other = test::firstDocument(*m_session, u"DEMO-NMC-001"_s);
    m_session->tagPassage(other.id, test::factorByKey(*m_session, u"insight"_s), 0, 5);
    QCOMPARE(model.passageCount(), total + 1);
}

void TestReaderModels::passageModelForgetsRemovedCase()
{
    const Document document = test::firstDocument(*m_session, u"DEMO-HCPC-001"_s);
    PassageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_session.get());
    model.setCase(document.caseId);
    const int total = model.passageCount();
    QVERIFY(total > 0);
    m_session->removeCase(document.caseId);
    QCOMPARE(model.passageCount(), 0);
    m_session->undoStack()->undo();
    QCOMPARE(model.passageCount(), total);
}

void TestReaderModels::factorListModelGroupsCodebook()
{
    FactorListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Factor> factors = m_session->library().codebook().all();
    model.setFactors(factors);
    QCOMPARE(model.rowCount(), 5);
    int count = 0;
    for (int g = 0; g < 5; ++g)
        count += model.rowCount(model.index(g, 0));
    QCOMPARE(count, factors.size());
    const QModelIndex insight = model.indexOf(test::factorByKey(*m_session, u"insight"_s));
    QCOMPARE(insight.data().toString(), u"Insight"_s);
    QCOMPARE(insight.siblingAtColumn(FactorListModel::Shortcut).data().toString(),
             QKeySequence(u"Alt+1"_s).toString(QKeySequence::NativeText));
    QVERIFY(model.flags(insight) & Qt::ItemIsDropEnabled);
    QVERIFY(!(model.flags(insight.parent()) & Qt::ItemIsDropEnabled));
}

void TestReaderModels::readerViewLanes()
{
    ReaderView view;
    view.setDocumentText(DocumentId(1), u"abcdefghijklmnopqrstuvwxyz"_s);
    view.setMarks({{PassageId(1), 0, 10, Qt::red, 0},
                   {PassageId(2), 5, 15, Qt::blue, 0},
                   {PassageId(3), 12, 20, Qt::green, 0},
                   {PassageId(4), 21, 25, Qt::green, 0}});
    QCOMPARE(view.marks().at(0).lane, 0);
    QCOMPARE(view.marks().at(1).lane, 1);
    QCOMPARE(view.marks().at(2).lane, 0); // the first lane is free again after 10
    QCOMPARE(view.marks().at(3).lane, 0);
    QCOMPARE(view.passagesAt(7), (QList<PassageId>{PassageId(1), PassageId(2)}));
    QCOMPARE(view.passagesAt(20), QList<PassageId>());
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    QVERIFY(!image.isNull());
}

void TestReaderModels::mainWindowOpensReaderFromDocuments()
{
    MainWindow window;
    QVERIFY(window.openOrCreateDemo(m_folder->path(u"window.casebench"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const CaseId id = test::caseByReference(*window.session(), u"DEMO-HCPC-001"_s);
    window.selectCase(id);
    auto *documents = window.casePanel()->findChild<QTableView *>(u"documentView"_s);
    QVERIFY(documents);
    QVERIFY(documents->model()->rowCount() > 0);
    documents->setFocus();
    documents->setCurrentIndex(documents->model()->index(0, 0));
    Q_EMIT documents->activated(documents->currentIndex());
    ReaderWindow *reader = window.feature<ReaderWiring>()->readerFor(id);
    QVERIFY(reader);
    QVERIFY(reader->isVisible());
    QCOMPARE(reader->caseId(), id);
    // Opening again reuses the window.
    Q_EMIT documents->activated(documents->currentIndex());
    QCOMPARE(window.feature<ReaderWiring>()->readerFor(id), reader);
    // Closing the library closes its readers.
    QPointer<ReaderWindow> guard(reader);
    window.closeLibrary();
    QVERIFY(!guard);
}

QTEST_MAIN(TestReaderModels)
#include "tst_readermodels.moc"
