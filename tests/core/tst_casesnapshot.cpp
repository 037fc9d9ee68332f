// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/libraryerror.h"
#include "storage/casesnapshot.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/library.h"
#include "storage/librarycopier.h"
#include "testlibrary.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

/// The tables each table refers to by foreign key (SQLite's own account of the schema).
QHash<QString, QStringList> referencesOf(Database &db)
{
    QHash<QString, QStringList> references;
    for (const QString &table : LibraryCopier::tables(db)) {
        QSqlQuery q = db.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(table));
        QStringList parents;
        while (q.next())
            parents.append(q.value(2).toString());
        references.insert(table, parents);
    }
    return references;
}

/// The schema's tables whose rows belong to a case: `cases`, and every table that refers to one
/// of those, directly or through documents, passages or any other such table.
QStringList tablesOfACase(Database &db)
{
    const QHash<QString, QStringList> references = referencesOf(db);
    QStringList belong{u"cases"_s};
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = references.cbegin(); it != references.cend(); ++it) {
            if (belong.contains(it.key()))
                continue;
            for (const QString &parent : it.value()) {
                if (belong.contains(parent)) {
                    belong.append(it.key());
                    grew = true;
                    break;
                }
            }
        }
    }
    return belong;
}

QStringList listed()
{
    QStringList names;
    for (const CaseSnapshot::Table &table : CaseSnapshot::tables())
        names.append(table.name);
    return names;
}

/// The tables of a case that CaseSnapshot does not cover.
QStringList uncovered(Database &db)
{
    QStringList missing;
    const QStringList covered = listed();
    for (const QString &table : tablesOfACase(db)) {
        if (!covered.contains(table))
            missing.append(table);
    }
    missing.sort();
    return missing;
}

} // namespace

class TestCaseSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyTableOfACaseIsCovered();
    void aNewTableOfACaseIsNoticed();
    void parentsComeBeforeChildren();
    void aMissingCaseIsNamed();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Library> m_library;
};

void TestCaseSnapshot::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_library = Library::create(m_folder->path(u"snapshot.casebench"_s));
}

void TestCaseSnapshot::cleanup()
{
    m_library.reset();
    m_folder.reset();
}

void TestCaseSnapshot::everyTableOfACaseIsCovered()
{
    Database &db = databaseOf(*m_library);
    const QStringList missing = uncovered(db);
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"tables that belong to a case but are not in CaseSnapshot::tables(), so "
                        "deleting a case and undoing it would lose their rows: "_s
                        + missing.join(u", "_s)));
    // Every listed table exists at the current schema (no misspelt name), and none that does
    // not belong to a case is listed (the codebook stays when a case goes).
    const QStringList schema = LibraryCopier::tables(db);
    const QStringList ofACase = tablesOfACase(db);
    for (const QString &name : listed()) {
        QVERIFY2(schema.contains(name), qPrintable(name));
        QVERIFY2(ofACase.contains(name), qPrintable(name));
    }
    QVERIFY(listed().contains(u"suggestion_dismissals"_s));
}

void TestCaseSnapshot::aNewTableOfACaseIsNoticed()
{
    // What a later migration might add: found whether it refers to a case, a document or a
    // passage.
    Database &db = databaseOf(*m_library);
    db.exec(
        u"CREATE TABLE case_notes (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE)"_s);
    db.exec(
        u"CREATE TABLE passage_links (id INTEGER PRIMARY KEY, passage_id INTEGER NOT NULL REFERENCES passages (id) ON DELETE CASCADE)"_s);
    db.exec(
        u"CREATE TABLE factor_notes (id INTEGER PRIMARY KEY, factor_id INTEGER NOT NULL REFERENCES factors (id))"_s);
    QCOMPARE(uncovered(db), (QStringList{u"case_notes"_s, u"passage_links"_s}));
}

void TestCaseSnapshot::parentsComeBeforeChildren()
{
    Database &db = databaseOf(*m_library);
    const QHash<QString, QStringList> references = referencesOf(db);
    const QStringList order = listed();
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (const QString &parent : references.value(order.at(i))) {
            const qsizetype at = order.indexOf(parent);
            QVERIFY2(at < i, qPrintable(order.at(i) + u" before its parent "_s + parent));
        }
    }
}

void TestCaseSnapshot::aMissingCaseIsNamed()
{
    try {
        Transaction transaction(*m_library);
        const CaseSnapshot snapshot = CaseSnapshot::read(*m_library, CaseId(4242));
        QFAIL("a snapshot of a case that does not exist was read");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
        QVERIFY2(e.message().contains(u"4242"_s), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestCaseSnapshot)
#include "tst_casesnapshot.moc"
