// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/libraryerror.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "testlibrary.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

#include <stdexcept>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void connectionsAreNamedAndRemoved();
    void execBindsValues();
    void scalarOfNoRowIsInvalid();
    void badStatementNamesTheFile();
    void constraintViolationHasItsKind();
    void committedTransactionPersists();
    void exceptionRollsBackEverything();
    void innerRollbackKeepsOuterWork();
    void outerRollbackDiscardsCommittedInner();
    void readOnlyConnectionRefusesWrites();
    void immutableOpenCreatesNoSideFiles();

private:
    int rows(const QString &table = u"t"_s);
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestDatabase::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_path = m_folder->path(u"db.sqlite"_s);
    m_db = Database::openSqlite(m_path, false);
    m_db->exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER)"_s);
}

void TestDatabase::cleanup()
{
    m_db.reset();
    m_folder.reset();
}

int TestDatabase::rows(const QString &table)
{
    return m_db->scalar(u"SELECT count(*) FROM "_s + table).toInt();
}

void TestDatabase::connectionsAreNamedAndRemoved()
{
    auto second = Database::openSqlite(m_path, false);
    const QString first = m_db->connection().connectionName();
    const QString other = second->connection().connectionName();
    QVERIFY(first.startsWith(u"casebench-"_s));
    QVERIFY(first != other);
    QVERIFY(QSqlDatabase::connectionNames().contains(other));
    QCOMPARE(second->path(), m_path);
    QCOMPARE(second->dialect().driverName(), u"QSQLITE"_s);
    second.reset();
    QVERIFY(!QSqlDatabase::connectionNames().contains(other));
    QVERIFY(QSqlDatabase::connectionNames().contains(first));
}

void TestDatabase::execBindsValues()
{
    const QString awkward = u"O'Brien; DROP TABLE t; --"_s;
    m_db->exec(u"INSERT INTO t (name, n) VALUES (?, ?)"_s, {awkward, 7});
    m_db->exec(u"INSERT INTO t (name, n) VALUES (?, ?)"_s, QVariantList{u"second"_s, QVariant()});
    QCOMPARE(rows(), 2);
    QCOMPARE(m_db->scalar(u"SELECT n FROM t WHERE name = ?"_s, {awkward}).toInt(), 7);
    QVERIFY(m_db->scalar(u"SELECT n FROM t WHERE name = ?"_s, {u"second"_s}).isNull());
    QSqlQuery q = m_db->exec(u"SELECT name FROM t WHERE id IN (?, ?) ORDER BY id"_s, {1, 2});
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QCOMPARE(names, (QStringList{awkward, u"second"_s}));
}

void TestDatabase::scalarOfNoRowIsInvalid()
{
    QVERIFY(!m_db->scalar(u"SELECT n FROM t WHERE id = ?"_s, {42}).isValid());
}

void TestDatabase::badStatementNamesTheFile()
{
    try {
        m_db->exec(u"SELECT nonsense FROM nowhere"_s);
        QFAIL("a bad statement ran");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Sql);
        QVERIFY2(e.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"nowhere"_s), qPrintable(e.message()));
        QVERIFY(e.message().endsWith(u'.'));
        QCOMPARE(QString::fromUtf8(e.what()), e.message());
    }
}

void TestDatabase::constraintViolationHasItsKind()
{
    m_db->exec(u"INSERT INTO t (name) VALUES ('a')"_s);
    try {
        m_db->exec(u"INSERT INTO t (name) VALUES ('a')"_s);
        QFAIL("a duplicate was accepted");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
        QVERIFY2(e.message().contains(u"UNIQUE"_s), qPrintable(e.message()));
    }
    QCOMPARE(rows(), 1);
}

void TestDatabase::committedTransactionPersists()
{
    {
        Transaction transaction(*m_db);
        QCOMPARE(m_db->transactionDepth(), 1);
        m_db->exec(u"INSERT INTO t (name) VALUES ('kept')"_s);
        transaction.commit();
    }
    QCOMPARE(m_db->transactionDepth(), 0);
    m_db.reset();
    m_db = Database::openSqlite(m_path, true);
    QCOMPARE(rows(), 1);
}

void TestDatabase::exceptionRollsBackEverything()
{
    try {
        Transaction transaction(*m_db);
        m_db->exec(u"INSERT INTO t (name) VALUES ('first')"_s);
        {
            Transaction inner(*m_db);
            m_db->exec(u"INSERT INTO t (name) VALUES ('second')"_s);
            inner.commit();
        }
        throw std::runtime_error("the edit failed half-way");
    } catch (const std::runtime_error &) {
    }
    QCOMPARE(m_db->transactionDepth(), 0);
    QCOMPARE(rows(), 0);
    // The connection is usable afterwards.
    m_db->exec(u"INSERT INTO t (name) VALUES ('after')"_s);
    QCOMPARE(rows(), 1);
}

void TestDatabase::innerRollbackKeepsOuterWork()
{
    {
        Transaction outer(*m_db);
        m_db->exec(u"INSERT INTO t (name) VALUES ('outer')"_s);
        try {
            Transaction inner(*m_db);
            QCOMPARE(m_db->transactionDepth(), 2);
            m_db->exec(u"INSERT INTO t (name) VALUES ('inner')"_s);
            m_db->exec(u"INSERT INTO t (name) VALUES ('outer')"_s); // duplicate: throws
            inner.commit();
            QFAIL("the duplicate was accepted");
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), LibraryError::Kind::Constraint);
        }
        QCOMPARE(m_db->transactionDepth(), 1);
        outer.commit();
    }
    QCOMPARE(rows(), 1);
    QCOMPARE(m_db->scalar(u"SELECT name FROM t"_s).toString(), u"outer"_s);
}

void TestDatabase::outerRollbackDiscardsCommittedInner()
{
    {
        Transaction outer(*m_db);
        {
            Transaction inner(*m_db);
            m_db->exec(u"INSERT INTO t (name) VALUES ('inner')"_s);
            inner.commit();
        }
        QCOMPARE(rows(), 1);
        // outer is not committed
    }
    QCOMPARE(m_db->transactionDepth(), 0);
    QCOMPARE(rows(), 0);
}

void TestDatabase::readOnlyConnectionRefusesWrites()
{
    auto reader = Database::openSqlite(m_path, true);
    QCOMPARE(reader->scalar(u"SELECT count(*) FROM t"_s).toInt(), 0);
    QVERIFY_THROWS_EXCEPTION(LibraryError, reader->exec(u"INSERT INTO t (name) VALUES ('x')"_s));
    QCOMPARE(rows(), 0);
}

void TestDatabase::immutableOpenCreatesNoSideFiles()
{
    m_db->exec(u"PRAGMA journal_mode = WAL"_s);
    m_db->exec(u"INSERT INTO t (name) VALUES ('x')"_s);
    m_db.reset(); // the last connection removes the write-ahead log
    const QDir dir = QFileInfo(m_path).dir();
    const QStringList before = dir.entryList(QDir::Files);
    QCOMPARE(before, QStringList{u"db.sqlite"_s});
    {
        auto reader = Database::openSqliteImmutable(m_path);
        QCOMPARE(reader->scalar(u"SELECT count(*) FROM t"_s).toInt(), 1);
        QVERIFY_THROWS_EXCEPTION(LibraryError,
                                 reader->exec(u"INSERT INTO t (name) VALUES ('y')"_s));
        QCOMPARE(dir.entryList(QDir::Files), before);
    }
    QCOMPARE(dir.entryList(QDir::Files), before);
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             Database::openSqlite(m_folder->path(u"missing.sqlite"_s), true));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
