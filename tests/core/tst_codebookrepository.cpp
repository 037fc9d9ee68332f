// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/codebookjson.h"
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

namespace {

Factor factor(const QString &key, FactorCategory category = FactorCategory::Mitigating)
{
    Factor f;
    f.key = key;
    f.name = u"Factor %1"_s.arg(key);
    f.category = category;
    return f;
}

} // namespace

class TestCodebookRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultCodebookIsSeeded();
    void everyFieldRoundTrips();
    void emptyValuesRoundTrip();
    void duplicatesAreRefused();
    void parentsMustExistAndNotLoop();
    void addAllResolvesParentKeys();
    void addAllIsAllOrNothing();
    void updateWritesEveryField();
    void removeIsRefusedWhileInUse();
    void allIsOrderedByCategoryThenOrder();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Library> m_library;
};

void TestCodebookRepository::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_library = Library::create(m_folder->path(u"codebook.casebench"_s));
    // Start from an empty codebook so the tests control every factor: leaves first, then their
    // parents on a later round.
    QList<Factor> all = m_library->codebook().all();
    while (!all.isEmpty()) {
        const qsizetype before = all.size();
        for (const Factor &f : std::as_const(all)) {
            try {
                m_library->codebook().remove(f.id);
            } catch (const LibraryError &) {
            }
        }
        all = m_library->codebook().all();
        QVERIFY2(all.size() < before, "the default codebook could not be emptied");
    }
}

void TestCodebookRepository::cleanup()
{
    m_library.reset();
    m_folder.reset();
}

void TestCodebookRepository::defaultCodebookIsSeeded()
{
    auto fresh = Library::create(m_folder->path(u"fresh.casebench"_s));
    const QList<CodebookEntry> entries = codebookjson::defaultCodebook();
    QCOMPARE(fresh->codebook().all().size(), entries.size());
    for (const CodebookEntry &entry : entries) {
        const auto stored = fresh->codebook().findByKey(entry.factor.key);
        QVERIFY2(stored, qPrintable(entry.factor.key));
        QCOMPARE(stored->name, entry.factor.name);
        QCOMPARE(stored->category, entry.factor.category);
        QCOMPARE(stored->colour, entry.factor.colour);
        if (entry.parentKey.isEmpty())
            QVERIFY(!stored->parent.isValid());
        else
            QCOMPARE(fresh->codebook().find(stored->parent)->key, entry.parentKey);
    }
}

void TestCodebookRepository::everyFieldRoundTrips()
{
    const Factor parent = m_library->codebook().add(
        factor(u"dishonesty"_s, FactorCategory::Aggravating));
    Factor f;
    f.key = u"repeated_dishonesty"_s;
    f.name = u"Repeated dishonesty"_s;
    f.category = FactorCategory::Aggravating;
    f.polarity = Polarity::MoreSevere;
    f.description = u"Dishonesty on more than one occasion — not a single lapse."_s;
    f.colour = QColor(0xd3, 0x4a, 0x3f);
    f.parent = parent.id;
    f.shortcut = u"Ctrl+Shift+3"_s;
    f.sortOrder = 17;
    const Factor stored = m_library->codebook().add(f);
    QVERIFY(stored.id.isValid());
    Factor expected = f;
    expected.id = stored.id;
    QCOMPARE(stored, expected);
    m_library.reset();
    m_library = Library::open(m_folder->path(u"codebook.casebench"_s));
    QCOMPARE(*m_library->codebook().find(stored.id), expected);
    QCOMPARE(m_library->codebook().find(stored.id)->colour.name(), u"#d34a3f"_s);
    QCOMPARE(*m_library->codebook().findByKey(u"repeated_dishonesty"_s), expected);
}

void TestCodebookRepository::emptyValuesRoundTrip()
{
    const Factor stored = m_library->codebook().add(factor(u"plain"_s));
    const Factor found = *m_library->codebook().find(stored.id);
    QCOMPARE(found, stored);
    QVERIFY(!found.colour.isValid());
    QVERIFY(!found.parent.isValid());
    QVERIFY(found.shortcut.isEmpty());
    QVERIFY(!m_library->codebook().findByKey(u"absent"_s));
}

void TestCodebookRepository::duplicatesAreRefused()
{
    m_library->codebook().add(factor(u"insight"_s));
    Factor sameKey = factor(u"insight"_s);
    sameKey.name = u"Another name"_s;
    Factor sameName = factor(u"other"_s);
    sameName.name = u"Factor insight"_s;
    for (const Factor &f : {sameKey, sameName}) {
        try {
            m_library->codebook().add(f);
            QFAIL("a duplicate factor was accepted");
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
            QVERIFY2(e.message().contains(u"insight"_s), qPrintable(e.message()));
        }
    }
    QCOMPARE(m_library->codebook().all().size(), 1);
}

void TestCodebookRepository::parentsMustExistAndNotLoop()
{
    Factor orphan = factor(u"orphan"_s);
    orphan.parent = FactorId(8080);
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_library->codebook().add(orphan));

    const Factor a = m_library->codebook().add(factor(u"a"_s));
    Factor b = factor(u"b"_s);
    b.parent = a.id;
    b = m_library->codebook().add(b);
    Factor c = factor(u"c"_s);
    c.parent = b.id;
    c = m_library->codebook().add(c);

    Factor loop = a;
    loop.parent = c.id; // a under c, which is under a
    try {
        m_library->codebook().update(loop);
        QFAIL("a parent cycle was accepted");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
    }
    Factor self = a;
    self.parent = a.id;
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_library->codebook().update(self));
    QVERIFY(!m_library->codebook().find(a.id)->parent.isValid());
}

void TestCodebookRepository::addAllResolvesParentKeys()
{
    const Factor existing = m_library->codebook().add(factor(u"existing"_s));
    const QList<Factor> stored = m_library->codebook().addAll(
        {factor(u"child"_s), factor(u"parent"_s), factor(u"under_existing"_s)},
        {u"parent"_s, QString(), u"existing"_s});
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).parent, stored.at(1).id); // a parent later in the list
    QVERIFY(!stored.at(1).parent.isValid());
    QCOMPARE(stored.at(2).parent, existing.id);
    for (const Factor &f : stored)
        QCOMPARE(*m_library->codebook().find(f.id), f);
}

void TestCodebookRepository::addAllIsAllOrNothing()
{
    try {
        m_library->codebook().addAll({factor(u"one"_s), factor(u"two"_s)},
                                     {QString(), u"missing"_s});
        QFAIL("an unknown parent key was accepted");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
        QVERIFY2(e.message().contains(u"missing"_s), qPrintable(e.message()));
    }
    QVERIFY(m_library->codebook().all().isEmpty());
}

void TestCodebookRepository::updateWritesEveryField()
{
    const Factor parent = m_library->codebook().add(factor(u"p"_s));
    Factor f = m_library->codebook().add(factor(u"f"_s));
    f.key = u"renamed"_s;
    f.name = u"Renamed factor"_s;
    f.category = FactorCategory::InsightRemediation;
    f.polarity = Polarity::LessSevere;
    f.description = u"New description"_s;
    f.colour = QColor(0x12, 0x34, 0x56);
    f.parent = parent.id;
    f.shortcut = u"Alt+R"_s;
    f.sortOrder = 3;
    m_library->codebook().update(f);
    QCOMPARE(*m_library->codebook().find(f.id), f);
    f.colour = QColor();
    f.parent = FactorId();
    m_library->codebook().update(f);
    QCOMPARE(*m_library->codebook().find(f.id), f);

    Factor ghost = f;
    ghost.id = FactorId(999);
    ghost.key = u"ghost"_s;
    ghost.name = u"Ghost"_s;
    try {
        m_library->codebook().update(ghost);
        QFAIL("a missing factor was updated");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
    Factor clash = f;
    clash.key = u"p"_s;
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_library->codebook().update(clash));
}

void TestCodebookRepository::removeIsRefusedWhileInUse()
{
    const Factor parent = m_library->codebook().add(factor(u"parent"_s));
    Factor child = factor(u"child"_s);
    child.parent = parent.id;
    child = m_library->codebook().add(child);
    try {
        m_library->codebook().remove(parent.id);
        QFAIL("a factor with children was removed");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
        QVERIFY2(e.message().contains(u"sub-factor"_s), qPrintable(e.message()));
    }

    Case c;
    c.reference = u"F-1"_s;
    Document d;
    d.caseId = m_library->cases().add(c).id;
    d.text = u"tagged text"_s;
    d = m_library->documents().add(d);
    const Passage p = m_library->passages().add(Passage::fromSpan(d.text, d.id, child.id, 0, 6));
    try {
        m_library->codebook().remove(child.id);
        QFAIL("a factor in use was removed");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
        QVERIFY2(e.message().contains(u"1 passage"_s), qPrintable(e.message()));
    }
    m_library->passages().remove(p.id);
    m_library->codebook().remove(child.id);
    m_library->codebook().remove(parent.id);
    QVERIFY(m_library->codebook().all().isEmpty());
    QVERIFY_THROWS_EXCEPTION(LibraryError, m_library->codebook().remove(parent.id));
}

void TestCodebookRepository::allIsOrderedByCategoryThenOrder()
{
    Factor context = factor(u"context"_s, FactorCategory::Context);
    Factor finding = factor(u"finding"_s, FactorCategory::Finding);
    Factor second = factor(u"second"_s, FactorCategory::Aggravating);
    second.sortOrder = 2;
    Factor firstB = factor(u"first_b"_s, FactorCategory::Aggravating);
    firstB.name = u"b first"_s;
    firstB.sortOrder = 1;
    Factor firstA = factor(u"first_a"_s, FactorCategory::Aggravating);
    firstA.name = u"A first"_s;
    firstA.sortOrder = 1;
    for (const Factor &f : {context, finding, second, firstB, firstA})
        m_library->codebook().add(f);
    QStringList keys;
    for (const Factor &f : m_library->codebook().all())
        keys.append(f.key);
    QCOMPARE(keys,
             (QStringList{u"finding"_s, u"first_a"_s, u"first_b"_s, u"second"_s, u"context"_s}));
}

QTEST_GUILESS_MAIN(TestCodebookRepository)
#include "tst_codebookrepository.moc"
