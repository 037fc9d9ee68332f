// SPDX-License-Identifier: GPL-3.0-or-later
// Search excerpts on PostgreSQL, which come from a window of the text around the first place a
// query word occurs (not from the whole text): long documents, matches deep inside them or at their
// end, a first occurrence that is no match, words far apart, titles, accents, totals and paging.
#include "pgtestserver.h"

#include "model/case.h"
#include "model/document.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/searchrepository.h"

#include <QTest>

#include <memory>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

/// About `size` characters of plain prose that holds none of the words searched for below.
QString filler(int size)
{
    static const QString sentence
        = u"The witness described the handover at the start of the shift in some detail. "_s;
    QString text;
    text.reserve(size + sentence.size());
    int paragraph = 0;
    while (text.size() < size) {
        text += sentence;
        if (++paragraph % 6 == 0)
            text += u"\n\n"_s;
    }
    return text;
}

} // namespace

class TestPgSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deepMatchInLongDocument();
    void matchAtTheEnd();
    void firstOccurrenceInsideALongerWord();
    void wordsFarApart();
    void phraseAndPrefix();
    void titleOnly();
    void accentsBeforeTheMatch();
    void totalsAndPaging();

private:
    DocumentId add(const QString &reference, const QString &text,
                   const QString &title = u"Decision"_s);
    SearchResult search(const QString &query, int limit = 20, int offset = 0);
    /// Checks what every hit promises: the excerpt is the text at its offset, its highlights lie
    /// inside it, and it starts or ends the document exactly when it says so.
    void checkHit(const SearchHit &hit);
    /// The one hit of `reference` for `query`, checked.
    SearchHit hitOf(const QString &query, const QString &reference);
    QStringList highlighted(const SearchHit &hit) const;

    std::unique_ptr<Library> m_library;
    QHash<DocumentId, QString> m_texts;
    int m_deepAt = 0;
    QString m_deepText;
};

DocumentId TestPgSearch::add(const QString &reference, const QString &text, const QString &title)
{
    Case c;
    c.reference = reference;
    c.title = reference + u" title"_s;
    c.regulator = Regulator::Nmc;
    c.profession = u"Registered nurse"_s;
    c.decisionDate = QDate(2021, 3, 1);
    c = m_library->cases().add(c);
    Document d;
    d.caseId = c.id;
    d.title = title;
    d.text = text;
    d = m_library->documents().add(d);
    m_texts.insert(d.id, d.text);
    return d.id;
}

void TestPgSearch::initTestCase()
{
    m_library = Library::create(test::freshPostgresUrl(u"pgsearch"_s));
    // 200 kB with the one match at 150 kB.
    m_deepText = filler(150000);
    m_deepAt = static_cast<int>(m_deepText.size());
    m_deepText += u"The registrant then administered insulin without a prescription. "_s
                  + filler(50000);
    add(u"DEEP"_s, m_deepText);
    add(u"END"_s, filler(200000) + u"The last dose recorded was glucagon"_s);
    add(u"LONGER"_s, filler(5000) + u"A history of insulinoma was noted. "_s + filler(100000)
                         + u"Later the nurse gave insulin to the wrong patient. "_s
                         + filler(20000));
    add(u"APART"_s, filler(20000) + u"Safeguarding concerns were raised. "_s + filler(100000)
                        + u"A child was present at the time. "_s + filler(5000));
    add(u"PHRASE"_s,
        filler(60000) + u"The drug chart was incomplete; remediation followed. "_s + filler(60000));
    add(u"TITLE"_s, filler(3000), u"Restoration hearing"_s);
    add(u"ACCENTS"_s, QString(u"Réunion à Zürich, señora Ærø, café crème. "_s).repeated(800)
                          + u"Methotrexate was given weekly instead of daily. "_s + filler(3000));
}

SearchResult TestPgSearch::search(const QString &query, int limit, int offset)
{
    SearchRequest request;
    request.query = query;
    request.limit = limit;
    request.offset = offset;
    return m_library->search().search(request);
}

QStringList TestPgSearch::highlighted(const SearchHit &hit) const
{
    QStringList words;
    for (const auto &[start, length] : hit.highlights)
        words.append(hit.snippet.mid(start, length).toLower());
    return words;
}

void TestPgSearch::checkHit(const SearchHit &hit)
{
    QVERIFY(!hit.snippet.isEmpty());
    QVERIFY2(hit.snippet.size() < 2000, qPrintable(hit.snippet.left(200)));
    for (const auto &[start, length] : hit.highlights)
        QVERIFY(start >= 0 && length > 0 && start + length <= hit.snippet.size());
    if (hit.snippetFromTitle)
        return;
    const QString text = m_texts.value(hit.document);
    QVERIFY(hit.offset >= 0);
    QCOMPARE(text.mid(hit.offset, hit.snippet.size()), hit.snippet);
    QCOMPARE(hit.snippetStartsDocument, hit.offset == 0);
    QCOMPARE(hit.snippetEndsDocument, hit.offset + hit.snippet.size() >= text.size());
}

SearchHit TestPgSearch::hitOf(const QString &query, const QString &reference)
{
    const SearchResult result = search(query);
    for (const SearchHit &hit : result.hits) {
        if (hit.caseReference == reference) {
            checkHit(hit);
            return hit;
        }
    }
    QTest::qFail(qPrintable(u"no hit of %1 for %2"_s.arg(reference, query)), __FILE__, __LINE__);
    return {};
}

void TestPgSearch::deepMatchInLongDocument()
{
    const SearchResult result = search(u"insulin"_s);
    QCOMPARE(result.total, 2); // DEEP and LONGER ("insulinoma" is another word)
    const SearchHit hit = hitOf(u"insulin"_s, u"DEEP"_s);
    QVERIFY(!hit.snippetFromTitle);
    QCOMPARE(highlighted(hit), QStringList{u"insulin"_s});
    QVERIFY(hit.offset > m_deepAt - 1000 && hit.offset <= m_deepAt + 60);
    QVERIFY(!hit.snippetStartsDocument);
    QVERIFY(!hit.snippetEndsDocument);
}

void TestPgSearch::matchAtTheEnd()
{
    const SearchHit hit = hitOf(u"glucagon"_s, u"END"_s);
    QCOMPARE(highlighted(hit), QStringList{u"glucagon"_s});
    QVERIFY2(hit.snippet.endsWith(u"was glucagon"_s), qPrintable(hit.snippet));
    QVERIFY(hit.snippetEndsDocument);
    // Upper case at the first place, found all the same.
    const SearchHit upper = hitOf(u"GLUCAGON"_s, u"END"_s);
    QCOMPARE(upper.offset, hit.offset);
}

void TestPgSearch::firstOccurrenceInsideALongerWord()
{
    // "insulin" first occurs inside "insulinoma", where the window holds no match: the excerpt
    // comes from the whole text instead, around the real one.
    const SearchHit hit = hitOf(u"insulin"_s, u"LONGER"_s);
    QCOMPARE(highlighted(hit), QStringList{u"insulin"_s});
    QVERIFY2(hit.snippet.contains(u"insulin to the wrong"_s), qPrintable(hit.snippet));
    // A prefix finds both; the excerpt is the first, highlighted.
    const SearchHit prefix = hitOf(u"insulin*"_s, u"LONGER"_s);
    QVERIFY2(highlighted(prefix).contains(u"insulinoma"_s),
             qPrintable(highlighted(prefix).join(u',')));
}

void TestPgSearch::wordsFarApart()
{
    // 100 kB between the words: no window holds both, and the excerpt is taken as before from
    // the whole text (PostgreSQL's headline then shows the text's start, unmarked).
    const SearchHit hit = hitOf(u"safeguarding child"_s, u"APART"_s);
    QVERIFY(!hit.snippetFromTitle);
    // Either of them: the window around the first holds a match.
    const SearchHit either = hitOf(u"child OR safeguarding"_s, u"APART"_s);
    QCOMPARE(highlighted(either), QStringList{u"safeguarding"_s});
    // An excluded word is no hint ("safeguard" is inside "Safeguarding", 100 kB before the match).
    const SearchHit excluded = hitOf(u"child NOT safeguard"_s, u"APART"_s);
    QCOMPARE(highlighted(excluded), QStringList{u"child"_s});
}

void TestPgSearch::phraseAndPrefix()
{
    const SearchHit phrase = hitOf(u"\"drug chart\""_s, u"PHRASE"_s);
    QCOMPARE(highlighted(phrase), (QStringList{u"drug"_s, u"chart"_s}));
    const SearchHit prefix = hitOf(u"remedia*"_s, u"PHRASE"_s);
    QCOMPARE(highlighted(prefix), QStringList{u"remediation"_s});
    const SearchHit both = hitOf(u"(chart AND remedia*) OR nothingatall"_s, u"PHRASE"_s);
    QCOMPARE(highlighted(both), (QStringList{u"chart"_s, u"remediation"_s}));
}

void TestPgSearch::titleOnly()
{
    const SearchResult result = search(u"title:restoration"_s);
    QCOMPARE(result.hits.size(), 1);
    const SearchHit &hit = result.hits.constFirst();
    QVERIFY(hit.snippetFromTitle);
    QCOMPARE(hit.snippet, u"Restoration hearing"_s);
    QCOMPARE(highlighted(hit), QStringList{u"restoration"_s});
}

void TestPgSearch::accentsBeforeTheMatch()
{
    const SearchHit hit = hitOf(u"methotrexate"_s, u"ACCENTS"_s);
    QCOMPARE(highlighted(hit), QStringList{u"methotrexate"_s});
    QVERIFY(hit.offset > 30000);
    const SearchHit accented = hitOf(u"zürich"_s, u"ACCENTS"_s);
    const QStringList words = highlighted(accented);
    QVERIFY(!words.isEmpty());
    QCOMPARE(words.count(u"zürich"_s), words.size());
}

void TestPgSearch::totalsAndPaging()
{
    // "witness" is in the filler of every document.
    const SearchResult all = search(u"witness"_s, 3);
    QCOMPARE(all.hits.size(), 3);
    QCOMPARE(all.total, 7);
    for (const SearchHit &hit : all.hits)
        checkHit(hit);
    const SearchResult rest = search(u"witness"_s, 10, 3);
    QCOMPARE(rest.hits.size(), 4);
    QCOMPARE(rest.total, 7);
    QList<DocumentId> seen;
    for (const SearchHit &hit : all.hits + rest.hits) {
        QVERIFY(!seen.contains(hit.document));
        seen.append(hit.document);
    }
    const SearchResult past = search(u"witness"_s, 10, 20);
    QVERIFY(past.hits.isEmpty());
    QCOMPARE(past.total, 7);
    const SearchResult none = search(u"nothingatall"_s);
    QVERIFY(none.hits.isEmpty());
    QCOMPARE(none.total, 0);
}

QTEST_GUILESS_MAIN(TestPgSearch)
#include "tst_pgsearch.moc"
