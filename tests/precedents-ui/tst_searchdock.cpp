// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmessage.h"
#include "precedents/casefilterseditor.h"
#include "search/searchdock.h"
#include "search/searchresultmodel.h"
#include "uitestsupport.h"

#include "storage/caserepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace casebench;
using namespace casebench::ui;
using namespace Qt::StringLiterals;

class TestSearchDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTheTester();
    void findsHitsWithMarkedSnippetsAndCitations();
    void malformedQueryIsExplainedBesideTheField();
    void filtersNarrowTheHits();
    void typingSearchesAfterAPause();
    void doubleClickOpensTheCase();
    void snippetHtmlEscapesAndMarks();

private:
    void searchFor(const QString &query);

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<SearchDock> m_dock;
};

void TestSearchDock::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_session = test::demoSession(*m_folder);
    m_dock = std::make_unique<SearchDock>();
    m_dock->resize(700, 600);
    m_dock->show();
    m_dock->setSession(m_session.get());
}

void TestSearchDock::cleanup()
{
    m_dock.reset();
    m_session.reset();
    m_folder.reset();
}

void TestSearchDock::searchFor(const QString &query)
{
    m_dock->queryField()->setText(query);
    m_dock->search();
    QTRY_VERIFY(!m_dock->searchPending());
}

void TestSearchDock::modelPassesTheTester()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    searchFor(u"supervision"_s);
    QList<SearchHit> hits;
    for (int row = 0; row < m_dock->model()->rowCount(); ++row)
        hits.append(m_dock->model()->hitAt(row));
    model.setHits(hits);
    QCOMPARE(model.rowCount(), hits.size());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchDock::findsHitsWithMarkedSnippetsAndCitations()
{
    searchFor(u"supervision"_s);
    SearchResultModel *model = m_dock->model();
    QVERIFY(model->rowCount() > 1);
    QVERIFY(!m_dock->queryMessage()->hasMessage());
    QVERIFY(m_dock->countLabel()->text().contains(QString::number(model->rowCount())));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const SearchHit &hit = model->hitAt(row);
        const QString html = index.data(SearchResultModel::HtmlRole).toString();
        QVERIFY2(html.contains(u"<b style"_s), qPrintable(html));
        QVERIFY2(html.contains(u"upervision"_s, Qt::CaseInsensitive), qPrintable(html));
        const QString citation = index.data(SearchResultModel::CitationRole).toString();
        QVERIFY2(citation.startsWith(hit.caseReference + u", "_s), qPrintable(citation));
        QCOMPARE(index.data(SearchResultModel::CaseIdRole).toLongLong(), hit.caseId.value);
    }
    // A paragraph or stage is cited for a hit in the text.
    bool cited = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString citation = model->index(row).data(SearchResultModel::CitationRole).toString();
        cited = cited || citation.count(u", "_s) >= 2;
    }
    QVERIFY(cited);
    // Phrases and prefixes work.
    searchFor(u"\"supervision sessions\""_s);
    QVERIFY(model->rowCount() > 0);
    searchFor(u"supervis*"_s);
    QVERIFY(model->rowCount() > 0);
    searchFor(u"supervision NOT supervision"_s);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!m_dock->queryMessage()->hasMessage());
}

void TestSearchDock::malformedQueryIsExplainedBesideTheField()
{
    searchFor(u"supervision"_s);
    QVERIFY(m_dock->model()->rowCount() > 0);
    for (const QString &query : {u"\"unclosed phrase"_s, u"supervision AND"_s, u"(care"_s}) {
        searchFor(query);
        QCOMPARE(m_dock->model()->rowCount(), 0);
        FieldMessage *message = m_dock->queryMessage();
        QVERIFY2(message->hasError(), qPrintable(query));
        QVERIFY(!message->isHidden());
        QVERIFY2(!message->text().contains(u"SQL"_s, Qt::CaseInsensitive),
                 qPrintable(message->text()));
        QVERIFY2(!message->text().contains(u"fts5"_s, Qt::CaseInsensitive),
                 qPrintable(message->text()));
    }
    searchFor(u"supervision"_s);
    QVERIFY(!m_dock->queryMessage()->hasMessage());
}

void TestSearchDock::filtersNarrowTheHits()
{
    searchFor(u"supervision"_s);
    const int all = m_dock->model()->rowCount();
    QComboBox *regulator = m_dock->filtersEditor()->regulatorCombo();
    regulator->setCurrentIndex(regulator->findData(static_cast<int>(Regulator::SocialWorkEngland)));
    // The search may already be over here (on a quiet machine the worker can finish before
    // the dock attaches its continuation, which then runs at once), so wait for the narrowed
    // hits rather than for a pending search.
    QTRY_VERIFY(!m_dock->searchPending());
    QTRY_VERIFY(m_dock->model()->rowCount() < all);
    const int swe = m_dock->model()->rowCount();
    QVERIFY(swe > 0);
    QVERIFY(swe < all);
    for (int row = 0; row < swe; ++row)
        QVERIFY(m_dock->model()->hitAt(row).caseReference.startsWith(u"DEMO-SWE"_s));
}

void TestSearchDock::typingSearchesAfterAPause()
{
    QTest::keyClicks(m_dock->queryField(), u"panel"_s);
    QCOMPARE(m_dock->model()->rowCount(), 0);
    QTRY_VERIFY(m_dock->model()->rowCount() > 0);
}

void TestSearchDock::doubleClickOpensTheCase()
{
    searchFor(u"supervision"_s);
    QSignalSpy spy(m_dock.get(), &SearchDock::hitActivated);
    QListView *view = m_dock->view();
    const QModelIndex first = m_dock->model()->index(0);
    const QPoint centre = view->visualRect(first).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(spy.count() >= 1);
    const SearchHit &hit = m_dock->model()->hitAt(0);
    QCOMPARE(spy.constLast().at(0).value<CaseId>(), hit.caseId);
    QCOMPARE(spy.constLast().at(1).value<DocumentId>(), hit.document);
    QVERIFY(!hit.snippetFromTitle);
    QVERIFY(!hit.highlights.isEmpty());
    const int start = spy.constLast().at(2).toInt();
    const int end = spy.constLast().at(3).toInt();
    QCOMPARE(start, hit.offset + hit.highlights.constFirst().first);
    QCOMPARE(end - start, hit.highlights.constFirst().second);
    QCOMPARE(hit.snippet.mid(hit.highlights.constFirst().first, end - start).toLower(),
             u"supervision"_s);
}

void TestSearchDock::snippetHtmlEscapesAndMarks()
{
    SearchHit hit;
    hit.snippet = u"a <b> & care plan"_s;
    hit.highlights = {{8, 4}};
    hit.snippetStartsDocument = true;
    const QString html = SearchResultModel::snippetHtml(hit);
    QVERIFY2(html.startsWith(u"a &lt;b&gt; &amp; <b"_s), qPrintable(html));
    QVERIFY(html.contains(u">care</b> plan …"_s));
}

QTEST_MAIN(TestSearchDock)
#include "tst_searchdock.moc"
