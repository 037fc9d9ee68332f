// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The throwaway PostgreSQL server of the test run (tests/postgres/testserver.sh, started by the
// CTest fixture "casebench_postgres"). A test using it declares
//     set_tests_properties(tst_x PROPERTIES FIXTURES_REQUIRED casebench_postgres)
// and asks for a new empty database with freshPostgresUrl(). When the server is not there the
// test fails with a sentence saying so: PostgreSQL tests are never skipped.

// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "model/libraryerror.h"
#include "storage/database.h"
#include "storage/postgresurl.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QTest>

#include <stdexcept>

namespace casebench::test {

/// The URL of the test server's own database, from CASEBENCH_TEST_POSTGRES_URL or the file the
/// fixture wrote beside the test executables (<build>/tests/postgres-server/server.url). Empty,
/// with `problem` set, when there is none.
inline QString postgresServerUrl(QString *problem = nullptr)
{
    const QString fromEnvironment = qEnvironmentVariable("CASEBENCH_TEST_POSTGRES_URL");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QStringList candidates{QCoreApplication::applicationDirPath()
                                     + QStringLiteral("/postgres-server/server.url"),
                                 QCoreApplication::applicationDirPath()
                                     + QStringLiteral("/../tests/postgres-server/server.url")};
    for (const QString &path : candidates) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll()).trimmed();
    }
    if (problem) {
        *problem = QStringLiteral(
                       "The PostgreSQL test server is not running (no %1): run the tests through "
                       "ctest, which starts it (test postgres_server_start), and see its output.")
                       .arg(QDir::toNativeSeparators(candidates.constFirst()));
    }
    return {};
}

/// Creates a new, empty database on the test server and returns its URL. `name` (letters,
/// digits, '_') is made unique for this process. Fails the current test, and throws, when the
/// server is not there or refuses.
inline QString freshPostgresUrl(const QString &name)
{
    static QAtomicInteger<int> counter;
    QString problem;
    const QString base = postgresServerUrl(&problem);
    PostgresUrl url;
    if (!base.isEmpty() && !PostgresUrl::parse(base, url, problem))
        problem = QStringLiteral("The PostgreSQL test server's URL %1 cannot be read: %2")
                      .arg(base, problem);
    if (problem.isEmpty()) {
        QString database = name.toLower();
        for (QChar &c : database) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128))
                c = QLatin1Char('_');
        }
        database = QStringLiteral("t_%1_%2_%3")
                       .arg(database.left(40))
                       .arg(QCoreApplication::applicationPid())
                       .arg(counter.fetchAndAddRelaxed(1) + 1);
        try {
            auto admin = Database::openPostgres(base);
            admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
            // FILE_COPY (PostgreSQL 15) copies the small template's files instead of writing
            // them through the log: much less to write for a database per test.
            const bool fileCopy
                = admin
                      ->scalar(QStringLiteral(
                          "SELECT current_setting('server_version_num')::int >= 150000"))
                      .toBool();
            admin->exec(
                QStringLiteral("CREATE DATABASE %1%2")
                    .arg(database, fileCopy ? QStringLiteral(" STRATEGY FILE_COPY") : QString()));
        } catch (const LibraryError &e) {
            problem = QStringLiteral("The PostgreSQL test server could not create a database: %1")
                          .arg(e.message());
        }
        url.database = database;
    }
    if (!problem.isEmpty()) {
        QTest::qFail(problem.toUtf8().constData(), __FILE__, __LINE__);
        throw std::runtime_error(problem.toStdString());
    }
    return url.withoutPassword();
}

} // namespace casebench::test
