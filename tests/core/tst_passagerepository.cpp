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

class TestPassageRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFieldRoundTrips();
    void defaultsAreFilledIn();
    void badSpansAreRefused_data();
    void badSpansAreRefused();
    void missingDocumentOrFactorIsNotFound();
    void updateSetsModified();
    void removeAndRemoveAgain();
    void listsAreOrdered();

private:
    Document addDocument(CaseId caseId, const QString &text);
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Library> m_library;
    CaseId m_case;
    Document m_document;
    FactorId m_factor;
    FactorId m_otherFactor;
};

void TestPassageRepository::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_library = Library::create(m_folder->path(u"passages.casebench"_s));
    Case c;
    c.reference = u"GPhC-5"_s;
    m_case = m_library->cases().add(c).id;
    m_document = addDocument(m_case,
                             u"The registrant apologised at the outset and has since completed "
                             "a course on record keeping, which the panel found reassuring."_s);
    const QList<Factor> factors = m_library->codebook().all();
    QVERIFY(factors.size() >= 2);
    m_factor = factors.at(0).id;
    m_otherFactor = factors.at(1).id;
}

void TestPassageRepository::cleanup()
{
    m_library.reset();
    m_folder.reset();
}

Document TestPassageRepository::addDocument(CaseId caseId, const QString &text)
{
    Document d;
    d.caseId = caseId;
    d.text = text;
    return m_library->documents().add(d);
}

void TestPassageRepository::everyFieldRoundTrips()
{
    Passage p = Passage::fromSpan(m_document.text, m_document.id, m_factor, 15, 25);
    QCOMPARE(p.quote, u"apologised"_s);
    QCOMPARE(p.prefix, u"The registrant "_s);
    p.note = u"Early apology — counts towards insight.\nSee also §4."_s;
    p.author = u"Reviewer B"_s;
    p.created = QDateTime(QDate(2024, 2, 3), QTime(10, 11, 12, 13), Qt::UTC);
    p.modified = QDateTime(QDate(2024, 2, 4), QTime(1, 2, 3, 4), Qt::UTC);
    const Passage stored = m_library->passages().add(p);
    QVERIFY(stored.id.isValid());
    Passage expected = p;
    expected.id = stored.id;
    QCOMPARE(stored, expected);
    m_library.reset();
    m_library = Library::open(m_folder->path(u"passages.casebench"_s));
    QCOMPARE(*m_library->passages().find(stored.id), expected);
    QVERIFY(m_library->check().ok());
}

void TestPassageRepository::defaultsAreFilledIn()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Passage stored = m_library->passages().add(
        Passage::fromSpan(m_document.text, m_document.id, m_factor, 0, 3));
    QVERIFY(stored.created >= before);
    QCOMPARE(stored.modified, stored.created);
    const Passage found = *m_library->passages().find(stored.id);
    QCOMPARE(found, stored);
    QVERIFY(found.note.isEmpty());
    QVERIFY(found.author.isEmpty());
    QVERIFY(found.prefix.isEmpty());
}

void TestPassageRepository::badSpansAreRefused_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::newRow("empty") << 5 << 5;
    QTest::newRow("reversed") << 9 << 4;
    QTest::newRow("negative start") << -2 << 4;
}

void TestPassageRepository::badSpansAreRefused()
{
    QFETCH(int, start);
    QFETCH(int, end);
    Passage p;
    p.document = m_document.id;
    p.factor = m_factor;
    p.start = start;
    p.end = end;
    try {
        m_library->passages().add(p);
        QFAIL("a bad span was stored");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
        QVERIFY2(e.message().contains(QString::number(start)), qPrintable(e.message()));
    }
    QVERIFY(m_library->passages().forDocument(m_document.id).isEmpty());
}

void TestPassageRepository::missingDocumentOrFactorIsNotFound()
{
    Passage noDocument = Passage::fromSpan(m_document.text, DocumentId(555), m_factor, 0, 3);
    Passage noFactor = Passage::fromSpan(m_document.text, m_document.id, FactorId(555), 0, 3);
    for (const Passage &p : {noDocument, noFactor}) {
        try {
            m_library->passages().add(p);
            QFAIL("a passage with a dangling reference was stored");
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
        }
    }
    QCOMPARE(m_library->passages().forCase(m_case).size(), 0);
}

void TestPassageRepository::updateSetsModified()
{
    const Passage stored = m_library->passages().add(
        Passage::fromSpan(m_document.text, m_document.id, m_factor, 0, 3));
    QTest::qWait(5);
    Passage changed = Passage::fromSpan(m_document.text, m_document.id, m_otherFactor, 4, 14);
    changed.id = stored.id;
    changed.created = stored.created;
    changed.note = u"Moved"_s;
    const Passage updated = m_library->passages().update(changed);
    QCOMPARE(updated.created, stored.created);
    QVERIFY(updated.modified > stored.modified);
    QCOMPARE(updated.quote, u"registrant"_s);
    QCOMPARE(*m_library->passages().find(stored.id), updated);
    QCOMPARE(m_library->passages().countForFactor(m_factor), 0);
    QCOMPARE(m_library->passages().countForFactor(m_otherFactor), 1);

    Passage ghost = changed;
    ghost.id = PassageId(321);
    try {
        m_library->passages().update(ghost);
        QFAIL("a missing passage was updated");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
    Passage empty = updated;
    empty.end = empty.start;
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_library->passages().update(empty));
    QCOMPARE(*m_library->passages().find(stored.id), updated);
}

void TestPassageRepository::removeAndRemoveAgain()
{
    const Passage stored = m_library->passages().add(
        Passage::fromSpan(m_document.text, m_document.id, m_factor, 0, 3));
    m_library->passages().remove(stored.id);
    QVERIFY(!m_library->passages().find(stored.id));
    try {
        m_library->passages().remove(stored.id);
        QFAIL("a removed passage was removed again");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
}

void TestPassageRepository::listsAreOrdered()
{
    const Document second = addDocument(m_case, u"Second document text."_s);
    Case other;
    other.reference = u"GPhC-6"_s;
    const Document elsewhere = addDocument(m_library->cases().add(other).id, u"Other case text."_s);
    PassageRepository &passages = m_library->passages();
    const Passage late = passages.add(
        Passage::fromSpan(m_document.text, m_document.id, m_factor, 40, 50));
    const Passage early = passages.add(
        Passage::fromSpan(m_document.text, m_document.id, m_factor, 4, 14));
    const Passage inSecond = passages.add(
        Passage::fromSpan(second.text, second.id, m_factor, 0, 6));
    passages.add(Passage::fromSpan(elsewhere.text, elsewhere.id, m_factor, 0, 5));

    QCOMPARE(passages.forDocument(m_document.id), (QList<Passage>{early, late}));
    QCOMPARE(passages.forCase(m_case), (QList<Passage>{early, late, inSecond}));
    QCOMPARE(passages.countForFactor(m_factor), 4);
    QVERIFY(passages.forDocument(DocumentId(999)).isEmpty());
}

QTEST_GUILESS_MAIN(TestPassageRepository)
#include "tst_passagerepository.moc"
