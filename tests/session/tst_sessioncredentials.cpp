// SPDX-License-Identifier: GPL-3.0-or-later
// The password given once (a prompt, or the address) serves the background connections that
// reopen the library by its address alone, while the library is open, and is forgotten when it
// closes. Runs on the PostgreSQL test server, with a role that must give a password
// (scram-sha-256, a member of casebench_password_users: tests/postgres/testserver.sh).
#include "model/case.h"
#include "model/libraryerror.h"
#include "pgtestserver.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "storage/sessioncredentials.h"

#include <QTest>
#include <QThread>

#include <functional>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

constexpr auto secret = u"correct-horse-7";

Case sampleCase(const QString &reference)
{
    Case c;
    c.reference = reference;
    c.title = u"Records altered after an inspection"_s;
    c.regulator = Regulator::Nmc;
    return c;
}

/// Runs `work` on a thread of its own, as a background worker does; returns the message of the
/// LibraryError it threw, or an empty string.
QString onAnotherThread(const std::function<void()> &work)
{
    QString failure;
    QThread *thread = QThread::create([&] {
        try {
            work();
        } catch (const LibraryError &e) {
            failure = e.message();
            if (failure.isEmpty())
                failure = u"(empty message)"_s;
        }
    });
    thread->start();
    thread->wait();
    delete thread;
    return failure;
}

} // namespace

class TestSessionCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyLeavesOutPasswordAndOptions();
    void workerReopensWithThePromptedPassword();
    void passwordInTheAddressServesWorkersToo();
    void withoutAPasswordTheMessageSaysOne();
    void aWrongPasswordIsNotKept();

private:
    QString m_url; ///< the library, as the password role (no password in it)
    QString m_role;
};

void TestSessionCredentials::initTestCase()
{
    const QString owner = test::freshPostgresUrl(u"credentials"_s);
    Library::create(owner).reset();
    m_role = u"pw_reviewer_%1"_s.arg(QCoreApplication::applicationPid());
    {
        auto admin = Database::openPostgres(owner);
        admin->exec(u"DROP ROLE IF EXISTS %1"_s.arg(m_role));
        admin->exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE casebench_password_users"_s.arg(
            m_role, QString::fromUtf16(secret)));
        admin->exec(
            u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(
                m_role));
        admin->exec(
            u"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(m_role));
    }
    PostgresUrl url;
    QString problem;
    QVERIFY2(PostgresUrl::parse(owner, url, problem), qPrintable(problem));
    url.user = m_role;
    m_url = url.withoutPassword();
    // The role must really need a password: libpq's own places hold none for it.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/casebench-pgpass"));
}

void TestSessionCredentials::keyLeavesOutPasswordAndOptions()
{
    PostgresUrl url;
    QString problem;
    QVERIFY(PostgresUrl::parse(
        u"postgresql://anna:s3cret@db.example.org:5433/casework?sslmode=require"_s, url, problem));
    QCOMPARE(SessionCredentials::key(url), u"anna@db.example.org:5433/casework"_s);
    QVERIFY(PostgresUrl::parse(u"postgresql://?service=team"_s, url, problem));
    QCOMPARE(SessionCredentials::key(url), u"@/?service=team"_s);
}

void TestSessionCredentials::workerReopensWithThePromptedPassword()
{
    PostgresUrl parsed;
    QString problem;
    QVERIFY(PostgresUrl::parse(m_url, parsed, problem));
    const QString key = SessionCredentials::key(parsed);
    QCOMPARE(SessionCredentials::holders(key), 0);
    {
        // As the Connect dialog does, with the password the reviewer typed.
        auto library = Library::open(m_url, QString::fromUtf16(secret));
        QCOMPARE(library->path(), m_url); // no password in it
        QCOMPARE(SessionCredentials::holders(key), 1);
        library->cases().add(sampleCase(u"PW-1"_s));
        // A worker reopens it by path() alone, on its own thread.
        qsizetype seen = -1;
        const QString failure = onAnotherThread([&] {
            auto worker = Library::open(library->path());
            seen = worker->cases().all().size();
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(seen, 1);
        QCOMPARE(SessionCredentials::holders(key), 1); // the worker's connection has closed
    }
    // The library closed: the password went with it.
    QCOMPARE(SessionCredentials::holders(key), 0);
    QVERIFY(SessionCredentials::password(key).isEmpty());
    const QString failure = onAnotherThread([&] { Library::open(m_url); });
    QVERIFY2(failure.contains(u"a password is required for the role “%1”"_s.arg(m_role)),
             qPrintable(failure));
}

void TestSessionCredentials::passwordInTheAddressServesWorkersToo()
{
    PostgresUrl parsed;
    QString problem;
    QVERIFY(PostgresUrl::parse(m_url, parsed, problem));
    parsed.password = QString::fromUtf16(secret);
    QString withPassword = m_url;
    withPassword.replace(m_role + u'@', m_role + u':' + parsed.password + u'@');
    auto library = Library::open(withPassword);
    QVERIFY(!library->path().contains(parsed.password));
    qsizetype seen = -1;
    const QString failure = onAnotherThread(
        [&] { seen = Library::open(library->path())->cases().all().size(); });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(seen, library->cases().all().size());
}

void TestSessionCredentials::withoutAPasswordTheMessageSaysOne()
{
    try {
        Library::open(m_url);
        QFAIL("a role that needs a password connected without one");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::Io);
        QVERIFY2(e.message().startsWith(u"Casebench could not connect to the database “"_s),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"a password is required"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"~/.pgpass"_s), qPrintable(e.message()));
        QVERIFY(Database::isPasswordRequired(e.message()));
    }
}

void TestSessionCredentials::aWrongPasswordIsNotKept()
{
    PostgresUrl parsed;
    QString problem;
    QVERIFY(PostgresUrl::parse(m_url, parsed, problem));
    const QString key = SessionCredentials::key(parsed);
    try {
        Library::open(m_url, u"not-the-password"_s);
        QFAIL("a wrong password was accepted");
    } catch (const LibraryError &e) {
        QVERIFY2(Database::isPasswordRequired(e.message()), qPrintable(e.message()));
        QVERIFY(!e.message().contains(u"not-the-password"_s));
    }
    QCOMPARE(SessionCredentials::holders(key), 0);
    // A password held by an open library that the server no longer takes is dropped by the
    // next connection that tries it; the holders still count.
    auto library = Library::open(m_url, QString::fromUtf16(secret));
    {
        auto admin = Database::openPostgres(test::postgresServerUrl());
        admin->exec(u"ALTER ROLE %1 PASSWORD 'changed-elsewhere'"_s.arg(m_role));
    }
    const QString failure = onAnotherThread([&] { Library::open(m_url); });
    QVERIFY2(failure.contains(u"password authentication failed"_s), qPrintable(failure));
    QVERIFY(SessionCredentials::password(key).isEmpty());
    QCOMPARE(SessionCredentials::holders(key), 1);
    library.reset();
    QCOMPARE(SessionCredentials::holders(key), 0);
    auto admin = Database::openPostgres(test::postgresServerUrl());
    admin->exec(u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(m_role, QString::fromUtf16(secret)));
}

QTEST_GUILESS_MAIN(TestSessionCredentials)
#include "tst_sessioncredentials.moc"
