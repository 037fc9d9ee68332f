// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"

#include "analysis/librarysearch.h"
#include "model/libraryerror.h"
#include "storage/searchrepository.h"

#include <QTest>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

class TestSearchRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void snippetsHighlightAndCite();
    void syntax_data();
    void syntax();
    void filtersNarrowTheCases();
    void paging();
    void malformedQueries_data();
    void malformedQueries();
    void wellFormedQueriesHaveNoProblem_data();
    void wellFormedQueriesHaveNoProblem();

private:
    QStringList referencesFor(const QString &query);
    std::unique_ptr<AnalysisFixture> m_fx;
};

void TestSearchRepository::initTestCase()
{
    m_fx = std::make_unique<AnalysisFixture>();
    CaseSpec a{u"A-insulin"_s, {}, Regulator::Nmc, u"Registered nurse"_s};
    a.text
        = u"Background paragraph about the ward.\nThe registrant administered insulin twice to Patient A and did "
          "not record the second dose on the drug chart. Remediation followed.\n"_s;
    CaseSpec b{
        u"B-timesheets"_s, {}, Regulator::Hcpc, u"Paramedic"_s, {StatutoryGround::Misconduct},
        QDate(2018, 5, 1)};
    b.text
        = u"The registrant submitted timesheets for shifts that were never worked, which was dishonest. "
          "The child-protection team was not involved.\n"_s;
    CaseSpec c{u"C-remedial"_s,
               {},
               Regulator::Nmc,
               u"Midwife"_s,
               {StatutoryGround::LackOfCompetence},
               QDate(2022, 5, 1),
               SanctionType::ConditionsOfPractice,
               12};
    c.text
        = u"A remedial training plan was agreed; the registrant completed it. Insulin was not involved.\n"_s;
    m_fx->add(a);
    m_fx->add(b);
    m_fx->add(c);
}

QStringList TestSearchRepository::referencesFor(const QString &query)
{
    SearchRequest request;
    request.query = query;
    const SearchResult result = m_fx->library().search().search(request);
    QStringList refs;
    for (const SearchHit &hit : result.hits)
        refs.append(hit.caseReference);
    refs.sort();
    return refs;
}

void TestSearchRepository::snippetsHighlightAndCite()
{
    SearchRequest request;
    request.query = u"insulin chart"_s;
    request.snippetWords = 8;
    const SearchResult result = m_fx->library().search().search(request);
    QCOMPARE(result.total, 1);
    QCOMPARE(result.hits.size(), 1);
    const SearchHit &hit = result.hits.first();
    QCOMPARE(hit.caseReference, u"A-insulin"_s);
    QCOMPARE(hit.documentTitle, u"Decision"_s);
    QVERIFY(hit.score > 0);
    QVERIFY(!hit.snippetFromTitle);
    QVERIFY(!hit.highlights.isEmpty());
    QStringList marked;
    for (const auto &[start, length] : hit.highlights)
        marked.append(hit.snippet.mid(start, length).toLower());
    QVERIFY2(marked.contains(u"insulin"_s), qPrintable(marked.join(u',')));
    // The excerpt is a piece of the document, found at its offset (for the citation).
    const auto doc = m_fx->library().documents().find(hit.document);
    QVERIFY(doc);
    QVERIFY(hit.offset > 0);
    QCOMPARE(doc->text.mid(hit.offset, hit.snippet.size()), hit.snippet);
    QVERIFY(!hit.snippetStartsDocument);
    QVERIFY(hit.snippet.size() < doc->text.size());
}

void TestSearchRepository::syntax_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("word") << u"insulin"_s << QStringList{u"A-insulin"_s, u"C-remedial"_s};
    QTest::newRow("implicit and") << u"insulin remedial"_s << QStringList{u"C-remedial"_s};
    QTest::newRow("phrase") << u"\"drug chart\""_s << QStringList{u"A-insulin"_s};
    QTest::newRow("prefix") << u"remedia*"_s << QStringList{u"A-insulin"_s, u"C-remedial"_s};
    QTest::newRow("or") << u"timesheets OR chart"_s
                        << QStringList{u"A-insulin"_s, u"B-timesheets"_s};
    QTest::newRow("not") << u"insulin NOT remedial"_s << QStringList{u"A-insulin"_s};
    QTest::newRow("parentheses") << u"registrant AND (timesheets OR remedial)"_s
                                 << QStringList{u"B-timesheets"_s, u"C-remedial"_s};
    QTest::newRow("punctuated word") << u"child-protection"_s << QStringList{u"B-timesheets"_s};
    QTest::newRow("lower-case operator is a word")
        << u"insulin and chart"_s << QStringList{u"A-insulin"_s};
    QTest::newRow("field") << u"title:decision insulin"_s
                           << QStringList{u"A-insulin"_s, u"C-remedial"_s};
    QTest::newRow("field group") << u"text:(timesheets OR remedial)"_s
                                 << QStringList{u"B-timesheets"_s, u"C-remedial"_s};
    QTest::newRow("no match") << u"zebra"_s << QStringList{};
}

void TestSearchRepository::syntax()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(referencesFor(query), expected);
}

void TestSearchRepository::filtersNarrowTheCases()
{
    LibrarySearch search(m_fx->library());
    CaseFilters f;
    f.regulators = {Regulator::Nmc};
    SearchResult r = search.search(u"registrant"_s, f);
    QCOMPARE(r.total, 2);
    f = {};
    f.yearFrom = 2021;
    r = search.search(u"registrant"_s, f);
    QCOMPARE(r.hits.size(), 1);
    QCOMPARE(r.hits.first().caseReference, u"C-remedial"_s);
    f = {};
    f.sanctions = {SanctionType::CautionOrder};
    f.grounds = {StatutoryGround::Misconduct};
    f.professions = {u"paramedic"_s};
    r = search.search(u"registrant"_s, f);
    QCOMPARE(r.hits.size(), 1);
    QCOMPARE(r.hits.first().caseReference, u"B-timesheets"_s);
    f = {};
    f.regulators = {Regulator::Gmc};
    r = search.search(u"registrant"_s, f);
    QCOMPARE(r.total, 0);
    QVERIFY(r.hits.isEmpty());
    QCOMPARE(search.search(u"registrant"_s).total, 3);
}

void TestSearchRepository::paging()
{
    LibrarySearch search(m_fx->library());
    const SearchResult all = search.search(u"registrant"_s, {}, 10, 0);
    QCOMPARE(all.hits.size(), 3);
    const SearchResult page = search.search(u"registrant"_s, {}, 2, 1);
    QCOMPARE(page.total, 3);
    QCOMPARE(page.hits.size(), 2);
    QCOMPARE(page.hits.at(0).document, all.hits.at(1).document);
    QCOMPARE(page.hits.at(1).document, all.hits.at(2).document);
}

void TestSearchRepository::malformedQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << u""_s << u"it is empty"_s;
    QTest::newRow("blank") << u"   "_s << u"it is empty"_s;
    QTest::newRow("punctuation only") << u"- & ."_s << u"it has no words to search for"_s;
    QTest::newRow("unbalanced quote") << u"\"drug chart"_s << u"a quotation mark is not closed"_s;
    QTest::newRow("empty phrase") << u"insulin \"\""_s << u"a phrase in quotation marks is empty"_s;
    QTest::newRow("unclosed parenthesis")
        << u"(insulin OR chart"_s << u"a parenthesis is opened but not closed"_s;
    QTest::newRow("extra parenthesis")
        << u"insulin)"_s << u"a parenthesis is closed that was not opened"_s;
    QTest::newRow("empty parentheses")
        << u"insulin ()"_s << u"a pair of parentheses has nothing inside"_s;
    QTest::newRow("bare NOT")
        << u"NOT insulin"_s
        << u"NOT needs something before it to exclude from, as in “dishonesty NOT conviction”"_s;
    QTest::newRow("NOT at the end") << u"insulin NOT"_s << u"NOT needs a word after it"_s;
    QTest::newRow("dangling OR") << u"insulin OR"_s << u"OR needs a word on each side"_s;
    QTest::newRow("leading AND") << u"AND insulin"_s << u"AND needs a word on each side"_s;
    QTest::newRow("double operator")
        << u"insulin AND OR chart"_s << u"OR needs a word on each side"_s;
    QTest::newRow("star inside") << u"in*sulin"_s << u"“*” can only end a word, as in remedia*"_s;
    QTest::newRow("star alone") << u"insulin *"_s << u"“*” can only end a word, as in remedia*"_s;
    QTest::newRow("unknown field")
        << u"author:smith"_s << u"“author:” does not name a field (title or text)"_s;
    QTest::newRow("field with nothing")
        << u"title: OR x"_s
        << u"“title:” must be followed by a word, a phrase or a group in parentheses"_s;
}

void TestSearchRepository::malformedQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, problem);
    QCOMPARE(SearchRepository::queryProblem(query), problem);
    SearchRequest request;
    request.query = query;
    try {
        (void) m_fx->library().search().search(request);
        QFAIL("no error");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::InvalidQuery);
        QCOMPARE(e.message(),
                 u"The search “%1” is not a valid query: %2."_s.arg(query.trimmed(), problem));
        QVERIFY(!e.message().contains(u"SQL"_s, Qt::CaseInsensitive));
        QVERIFY(!e.message().contains(u"fts5"_s, Qt::CaseInsensitive));
    }
}

void TestSearchRepository::wellFormedQueriesHaveNoProblem_data()
{
    QTest::addColumn<QString>("query");
    for (const QString &q :
         {u"insulin"_s, u"\"drug chart\" OR remedia*"_s, u"(a OR b) NOT (c AND d)"_s, u"don't"_s,
          u"\"phrase\"*"_s, u"title:(insulin OR chart)"_s, u"naïve café"_s,
          u"NEAR(insulin chart)"_s, u"x^y"_s, u"{title}"_s})
        QTest::newRow(qPrintable(q)) << q;
}

void TestSearchRepository::wellFormedQueriesHaveNoProblem()
{
    QFETCH(QString, query);
    QCOMPARE(SearchRepository::queryProblem(query), QString());
    SearchRequest request;
    request.query = query;
    // Runs without an error (whatever it finds).
    (void) m_fx->library().search().search(request);
}

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "tst_searchrepository.moc"
