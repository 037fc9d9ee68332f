// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgresurl.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace casebench {

class TestPostgresUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheParts()
    {
        PostgresUrl url;
        QString problem;
        QVERIFY(PostgresUrl::parse(
            u"postgresql://alice:s3cret@db.example.org:5433/cases?sslmode=require&connect_timeout=5"_s,
            url, problem));
        QCOMPARE(url.user, u"alice"_s);
        QCOMPARE(url.password, u"s3cret"_s);
        QCOMPARE(url.host, u"db.example.org"_s);
        QCOMPARE(url.port, 5433);
        QCOMPARE(url.database, u"cases"_s);
        QCOMPARE(url.option(u"sslmode"_s), u"require"_s);
        QCOMPARE(url.connectOptions(), u"sslmode='require';connect_timeout='5'"_s);
        QVERIFY(!url.withoutPassword().contains(u"s3cret"_s));
        QVERIFY(!url.display().contains(u"s3cret"_s));
        QCOMPARE(
            url.withoutPassword(),
            u"postgresql://alice@db.example.org:5433/cases?sslmode=require&connect_timeout=5"_s);
    }

    void socketFolderAndDefaults()
    {
        PostgresUrl url;
        QString problem;
        QVERIFY(PostgresUrl::parse(u"postgres:///team?host=/run/postgresql"_s, url, problem));
        QCOMPARE(url.host, u"/run/postgresql"_s);
        QCOMPARE(url.port, -1);
        QCOMPARE(url.user, QString());
        QCOMPARE(url.database, u"team"_s);
        // TLS when offered: sslmode=prefer unless the URL says otherwise.
        QCOMPARE(url.connectOptions(), u"sslmode=prefer"_s);
        QCOMPARE(url.withoutPassword(), u"postgresql:///team?host=/run/postgresql"_s);
        PostgresUrl again;
        QVERIFY(PostgresUrl::parse(url.withoutPassword(), again, problem));
        QCOMPARE(again.host, url.host);
        QCOMPARE(again.database, url.database);
    }

    void serviceNeedsNoDatabase()
    {
        PostgresUrl url;
        QString problem;
        QVERIFY(PostgresUrl::parse(u"postgresql://?service=casebench"_s, url, problem));
        QCOMPARE(url.connectOptions(), u"service='casebench'"_s);
        QVERIFY(url.display().contains(u"casebench"_s));
    }

    void ipv6AndEncoding()
    {
        PostgresUrl url;
        QString problem;
        QVERIFY(PostgresUrl::parse(u"postgresql://b%40b@[::1]:6000/my%20db"_s, url, problem));
        QCOMPARE(url.user, u"b@b"_s);
        QCOMPARE(url.host, u"::1"_s);
        QCOMPARE(url.port, 6000);
        QCOMPARE(url.database, u"my db"_s);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("file") << u"/home/a/lib.casebench"_s << u"not a PostgreSQL address"_s;
        QTest::newRow("no database") << u"postgresql://host"_s << u"names no database"_s;
        QTest::newRow("bad port") << u"postgresql://host:99999/db"_s << u"99999"_s;
        QTest::newRow("bad option") << u"postgresql://host/db?ssl mode=x"_s << u"cannot be used"_s;
        QTest::newRow("semicolon") << u"postgresql://host/db?sslmode=a;b"_s << u"cannot be used"_s;
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        PostgresUrl url;
        QString problem;
        QVERIFY(!PostgresUrl::parse(text, url, problem));
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void sslRequiredBeyondThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("options");
        QTest::newRow("remote host")
            << u"postgresql://db.example.org/cases"_s << u"sslmode=require"_s;
        QTest::newRow("remote address")
            << u"postgresql://10.1.2.3:5432/cases"_s << u"sslmode=require"_s;
        QTest::newRow("one remote of two")
            << u"postgresql:///cases?host=localhost,db.example.org"_s << u"sslmode=require"_s;
        QTest::newRow("localhost") << u"postgresql://localhost/cases"_s << u"sslmode=prefer"_s;
        QTest::newRow("loopback v4")
            << u"postgresql://127.0.0.1:5433/cases"_s << u"sslmode=prefer"_s;
        QTest::newRow("loopback v6") << u"postgresql://[::1]/cases"_s << u"sslmode=prefer"_s;
        QTest::newRow("socket") << u"postgresql:///cases?host=/run/postgresql"_s
                                << u"sslmode=prefer"_s;
        QTest::newRow("default socket") << u"postgresql:///cases"_s << u"sslmode=prefer"_s;
        QTest::newRow("asked for less")
            << u"postgresql://db.example.org/cases?sslmode=disable"_s << u"sslmode='disable'"_s;
    }

    void sslRequiredBeyondThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(QString, options);
        PostgresUrl parsed;
        QString problem;
        QVERIFY2(PostgresUrl::parse(url, parsed, problem), qPrintable(problem));
        QCOMPARE(parsed.connectOptions(), options);
    }

    void optionsStayOptionsWhenRebuilt()
    {
        // An "&sslmode=disable" encoded inside another option's value is that value's text.
        PostgresUrl url;
        QString problem;
        QVERIFY(PostgresUrl::parse(
            u"postgresql://db.example.org/cases?application_name=a%26sslmode%3Ddisable"_s, url,
            problem));
        QCOMPARE(url.option(u"application_name"_s), u"a&sslmode=disable"_s);
        QCOMPARE(url.option(u"sslmode"_s), QString());
        PostgresUrl again;
        QVERIFY2(PostgresUrl::parse(url.withoutPassword(), again, problem), qPrintable(problem));
        QCOMPARE(again.options, url.options);
        QCOMPARE(again.option(u"sslmode"_s), QString());
        QCOMPARE(again.connectOptions(), u"application_name='a&sslmode=disable';sslmode=require"_s);
        // And twice over.
        PostgresUrl third;
        QVERIFY(PostgresUrl::parse(again.withoutPassword(), third, problem));
        QCOMPARE(third.options, url.options);
    }

    void sslPasswordIsNeverShown()
    {
        PostgresUrl url;
        QString problem;
        QVERIFY(PostgresUrl::parse(
            u"postgresql://anna@db.example.org/cases?sslcert=/home/anna/c.crt&sslpassword=k3y%26pass"_s,
            url, problem));
        QCOMPARE(url.sslPassword, u"k3y&pass"_s);
        QVERIFY(!url.withoutPassword().contains(u"k3y"_s));
        QVERIFY(!url.withoutPassword().contains(u"sslpassword"_s));
        QVERIFY(!url.display().contains(u"k3y"_s));
        QVERIFY(url.connectOptions().contains(u"sslpassword='k3y&pass'"_s));
        QCOMPARE(url.withoutPassword(),
                 u"postgresql://anna@db.example.org/cases?sslcert=/home/anna/c.crt"_s);
    }

    void isUrl()
    {
        QVERIFY(PostgresUrl::isUrl(u"postgresql://x/y"_s));
        QVERIFY(PostgresUrl::isUrl(u"POSTGRES://x/y"_s));
        QVERIFY(!PostgresUrl::isUrl(u"postgresql.casebench"_s));
        QVERIFY(!PostgresUrl::isUrl(u"C:/postgres://x"_s));
    }
};

} // namespace casebench

QTEST_GUILESS_MAIN(casebench::TestPostgresUrl)
#include "tst_postgresurl.moc"
