// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "testlibrary.h"

#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestDocumentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFieldRoundTrips();
    void emptyValuesRoundTrip();
    void missingCaseIsNotFound();
    void forCaseOrdersByDateThenTitle();
    void findByHashFindsDuplicates();
    void updateReindexes();
    void removeTakesPassagesAndIndex();
    void searchRanksAndUnderstandsSyntax();
    void malformedQueryIsExplained_data();
    void malformedQueryIsExplained();

private:
    Document add(const QString &title, const QString &text, const QDate &date = {});
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Library> m_library;
    CaseId m_case;
};

void TestDocumentRepository::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_library = Library::create(m_folder->path(u"documents.casebench"_s));
    Case c;
    c.reference = u"GMC-8"_s;
    m_case = m_library->cases().add(c).id;
}

void TestDocumentRepository::cleanup()
{
    m_library.reset();
    m_folder.reset();
}

Document TestDocumentRepository::add(const QString &title, const QString &text, const QDate &date)
{
    Document d;
    d.caseId = m_case;
    d.title = title;
    d.text = text;
    d.date = date;
    return m_library->documents().add(d);
}

void TestDocumentRepository::everyFieldRoundTrips()
{
    Document d;
    d.caseId = m_case;
    d.kind = DocumentKind::WitnessStatement;
    d.title = u"Statement of Witness 2"_s;
    d.sourceFileName = u"witness 2 (redacted).pdf"_s;
    d.contentHash = u"ab12"_s.repeated(16);
    d.text = u"Line one.\r\nLine two — with “quotes”, tabs\tand émojis 🙂.\n"_s;
    d.date = QDate(2023, 7, 14);
    d.imported = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    const Document stored = m_library->documents().add(d);
    QVERIFY(stored.id.isValid());
    Document expected = d;
    expected.id = stored.id;
    QCOMPARE(stored, expected);
    m_library.reset();
    m_library = Library::open(m_folder->path(u"documents.casebench"_s));
    QCOMPARE(*m_library->documents().find(stored.id), expected);
}

void TestDocumentRepository::emptyValuesRoundTrip()
{
    Document d;
    d.caseId = m_case;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Document stored = m_library->documents().add(d);
    QCOMPARE(stored.contentHash, Document::hashOfText(QString()));
    QVERIFY(stored.imported >= before);
    const Document found = *m_library->documents().find(stored.id);
    QCOMPARE(found, stored);
    QVERIFY(!found.date.isValid());
    QVERIFY(found.text.isEmpty());
}

void TestDocumentRepository::missingCaseIsNotFound()
{
    Document d;
    d.caseId = CaseId(31337);
    d.title = u"Orphan"_s;
    try {
        m_library->documents().add(d);
        QFAIL("a document without a case was stored");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
        QVERIFY2(e.message().contains(u"Orphan"_s), qPrintable(e.message()));
    }
}

void TestDocumentRepository::forCaseOrdersByDateThenTitle()
{
    add(u"Undated note"_s, u"u"_s);
    add(u"B later"_s, u"b"_s, QDate(2022, 5, 1));
    add(u"A later"_s, u"a"_s, QDate(2022, 5, 1));
    add(u"Earliest"_s, u"e"_s, QDate(2021, 1, 1));
    QStringList titles;
    for (const Document &d : m_library->documents().forCase(m_case))
        titles.append(d.title);
    QCOMPARE(titles, (QStringList{u"Earliest"_s, u"A later"_s, u"B later"_s, u"Undated note"_s}));

    const QList<Document> light = m_library->documents().forCase(m_case, false);
    QCOMPARE(light.size(), 4);
    for (const Document &d : light) {
        QVERIFY(d.text.isEmpty());
        QCOMPARE(d.contentHash, Document::hashOfText(m_library->documents().find(d.id)->text));
    }
    QVERIFY(m_library->documents().forCase(CaseId(999)).isEmpty());
}

void TestDocumentRepository::findByHashFindsDuplicates()
{
    const Document a = add(u"Copy one"_s, u"identical text"_s);
    const Document b = add(u"Copy two"_s, u"identical text"_s);
    add(u"Other"_s, u"different text"_s);
    const QList<Document> found = m_library->documents().findByHash(
        Document::hashOfText(u"identical text"_s));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0), a);
    QCOMPARE(found.at(1), b);
    QVERIFY(m_library->documents().findByHash(u"0000"_s).isEmpty());
}

void TestDocumentRepository::updateReindexes()
{
    Document d = add(u"Draft"_s, u"The panel heard about the aardvark."_s);
    QCOMPARE(m_library->documents().search(u"aardvark"_s), QList<DocumentId>{d.id});
    d.title = u"Final determination"_s;
    d.text = u"The panel heard about the zebu."_s;
    d.contentHash.clear();
    m_library->documents().update(d);
    QVERIFY(m_library->documents().search(u"aardvark"_s).isEmpty());
    QCOMPARE(m_library->documents().search(u"zebu"_s), QList<DocumentId>{d.id});
    QCOMPARE(m_library->documents().search(u"determination"_s), QList<DocumentId>{d.id});
    const Document found = *m_library->documents().find(d.id);
    QCOMPARE(found.contentHash, Document::hashOfText(d.text));
    QCOMPARE(found.imported, d.imported);
    QVERIFY(m_library->check().ok());

    Document ghost = d;
    ghost.id = DocumentId(4242);
    try {
        m_library->documents().update(ghost);
        QFAIL("a missing document was updated");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
}

void TestDocumentRepository::removeTakesPassagesAndIndex()
{
    const Document d = add(u"Decision"_s, u"Remorse was shown late."_s);
    const Document other = add(u"Transcript"_s, u"Remorse again."_s);
    const FactorId factor = m_library->codebook().all().constFirst().id;
    const Passage p = m_library->passages().add(Passage::fromSpan(d.text, d.id, factor, 0, 7));
    m_library->passages().add(Passage::fromSpan(other.text, other.id, factor, 0, 7));
    m_library->documents().remove(d.id);
    QVERIFY(!m_library->documents().find(d.id));
    QVERIFY(!m_library->passages().find(p.id));
    QCOMPARE(m_library->documents().search(u"remorse"_s), QList<DocumentId>{other.id});
    QCOMPARE(m_library->passages().forDocument(other.id).size(), 1);
    QVERIFY(m_library->check().ok());
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_library->documents().remove(d.id));
}

void TestDocumentRepository::searchRanksAndUnderstandsSyntax()
{
    const Document dishonesty = add(
        u"Dishonesty findings"_s,
        u"The panel found the registrant's dishonesty was repeated and dishonesty "
        "was not isolated. Dishonesty is hard to remediate."_s);
    const Document mention = add(
        u"Character reference"_s,
        u"A long letter about years of good practice, which mentions the dishonesty once, "
        "and goes on to describe teaching, mentoring and community work at length."_s);
    const Document insight = add(u"Reflective statement"_s,
                                 u"I have developed insight into my failings."_s);

    QCOMPARE(m_library->documents().search(u"dishonesty"_s),
             (QList<DocumentId>{dishonesty.id, mention.id}));
    QCOMPARE(m_library->documents().search(u"DISHONEST*"_s),
             (QList<DocumentId>{dishonesty.id, mention.id}));
    QCOMPARE(m_library->documents().search(u"\"good practice\""_s), QList<DocumentId>{mention.id});
    QCOMPARE(m_library->documents().search(u"dishonesty NOT mentoring"_s),
             QList<DocumentId>{dishonesty.id});
    QCOMPARE(m_library->documents().search(u"insight OR mentoring"_s).size(), 2);
    QCOMPARE(m_library->documents().search(u"title:reflective"_s), QList<DocumentId>{insight.id});
    QCOMPARE(m_library->documents().search(u"developped"_s), QList<DocumentId>());
    QVERIFY(m_library->documents().search(u"   "_s).isEmpty());
    QCOMPARE(m_library->documents().search(u"remediate"_s), QList<DocumentId>{dishonesty.id});
}

void TestDocumentRepository::malformedQueryIsExplained_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("unbalanced quote") << u"\"unbalanced"_s << u"a quotation mark is not closed"_s;
    QTest::newRow("operator twice") << u"AND AND"_s << u"“AND” is not expected"_s;
    QTest::newRow("dangling operator") << u"insight OR"_s << u"it ends too early"_s;
    QTest::newRow("unknown field") << u"author:smith"_s << u"“author:” does not name a field"_s;
    QTest::newRow("stray bracket") << u"(insight"_s << u"is not a valid query"_s;
    QTest::newRow("lone star") << u"*"_s << u"“*” can only end a word"_s;
}

void TestDocumentRepository::malformedQueryIsExplained()
{
    QFETCH(QString, query);
    QFETCH(QString, explanation);
    add(u"Some document"_s, u"insight and remorse"_s);
    try {
        const QList<DocumentId> ids = m_library->documents().search(query);
        QFAIL(qPrintable(u"the query was accepted and found %1 documents"_s.arg(ids.size())));
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::InvalidQuery);
        QVERIFY2(e.message().startsWith(u"The search “%1” is not a valid query: "_s.arg(query)),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(explanation), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u"fts5"_s), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u"SQL"_s), qPrintable(e.message()));
    }
    // The library goes on working.
    QCOMPARE(m_library->documents().search(u"remorse"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"
