// SPDX-License-Identifier: GPL-3.0-or-later
// casebench-cli --library postgresql://…: init, demo, cases, show, search, precedents and check,
// with the same answers as on an SQLite file holding the same demo.
#include "clirun.h"
#include "pgtestserver.h"
#include "testlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = casebench::test::CliRun;

Run run(const QStringList &arguments)
{
    return casebench::test::runCli(casebench::test::cliProgram(), arguments);
}

/// A JSON value without the keys that record when and by whom something was written (the two
/// demos were written at different moments).
QJsonValue withoutTimes(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            // Who wrote it, too: the database role on a server, the login name in a file.
            static const QStringList left{u"created"_s, u"modified"_s, u"imported"_s,
                                          u"library"_s, u"author"_s,   u"modified_by"_s};
            if (!left.contains(it.key()))
                object.insert(it.key(), withoutTimes(it.value()));
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &v : value.toArray())
            array.append(withoutTimes(v));
        return array;
    }
    return value;
}

QJsonValue json(const Run &r)
{
    const QJsonDocument document = QJsonDocument::fromJson(r.out);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

class TestPgCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_folder.path(u"demo.casebench"_s);
        m_url = casebench::test::freshPostgresUrl(u"clidemo"_s);
        const Run file = run({u"--library"_s, m_file, u"demo"_s});
        QVERIFY2(file.exitCode == 0, file.err.constData());
        const Run server = run({u"--library"_s, m_url, u"demo"_s});
        QVERIFY2(server.exitCode == 0, server.err.constData());
        QVERIFY2(server.out.contains("Created the demo library"), server.out.constData());
    }

    void initAndRefusal()
    {
        const QString url = casebench::test::freshPostgresUrl(u"cliinit"_s);
        const Run init = run({u"--library"_s, url, u"init"_s});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const Run again = run({u"--library"_s, url, u"init"_s});
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("already holds a Casebench library"), again.err.constData());
        QCOMPARE(again.err.count('\n'), 1);
        const Run check = run({u"--library"_s, url, u"check"_s});
        QVERIFY2(check.exitCode == 0, check.out.constData());

        const QString empty = casebench::test::freshPostgresUrl(u"cliempty"_s);
        const Run cases = run({u"--library"_s, empty, u"cases"_s});
        QCOMPARE(cases.exitCode, 3);
        QVERIFY2(cases.err.contains("is empty"), cases.err.constData());
    }

    void casesAndShowMatchTheFile()
    {
        const Run fileCases = run({u"--library"_s, m_file, u"--json"_s, u"cases"_s});
        const Run serverCases = run({u"--library"_s, m_url, u"--json"_s, u"cases"_s});
        QCOMPARE(serverCases.exitCode, 0);
        QCOMPARE(withoutTimes(json(serverCases)), withoutTimes(json(fileCases)));
        const QJsonArray cases = json(fileCases).toArray();
        QVERIFY(cases.size() >= 5);
        for (const QJsonValue &c : cases) {
            const QString reference = c.toObject().value(u"reference"_s).toString();
            QVERIFY(!reference.isEmpty());
            const Run a = run({u"--library"_s, m_file, u"--json"_s, u"show"_s, reference});
            const Run b = run({u"--library"_s, m_url, u"--json"_s, u"show"_s, reference});
            QCOMPARE(b.exitCode, 0);
            QCOMPARE(withoutTimes(json(b)), withoutTimes(json(a)));
            // Case-insensitive references, as on a file.
            QCOMPARE(run({u"--library"_s, m_url, u"show"_s, reference.toLower()}).exitCode, 0);
        }
    }

    void searchFindsTheSameDocuments_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("word") << u"insight"_s;
        QTest::newRow("phrase") << u"\"fitness to practise\""_s;
        QTest::newRow("prefix") << u"remedia*"_s;
        QTest::newRow("boolean") << u"(dishonesty OR dishonest) NOT conviction"_s;
        QTest::newRow("field") << u"title:decision"_s;
    }

    void searchFindsTheSameDocuments()
    {
        QFETCH(QString, query);
        const Run a = run(
            {u"--library"_s, m_file, u"--json"_s, u"search"_s, query, u"--limit"_s, u"500"_s});
        const Run b = run(
            {u"--library"_s, m_url, u"--json"_s, u"search"_s, query, u"--limit"_s, u"500"_s});
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QVERIFY2(b.exitCode == 0, b.err.constData());
        const auto documents = [](const Run &r) {
            QStringList found;
            const QJsonValue v = json(r);
            const QJsonArray hits = v.isArray() ? v.toArray()
                                                : v.toObject().value(u"hits"_s).toArray();
            for (const QJsonValue &hit : hits) {
                const QJsonObject h = hit.toObject();
                found.append(h.value(u"case"_s).toString() + u'/'
                             + h.value(u"document"_s).toVariant().toString() + u'/'
                             + h.value(u"title"_s).toString());
            }
            found.sort();
            return found;
        };
        QCOMPARE(documents(b), documents(a));
        const Run bad = run({u"--library"_s, m_url, u"search"_s, u"(insight"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("parenthesis"), bad.err.constData());
    }

    void precedentsRank()
    {
        const Run cases = run({u"--library"_s, m_url, u"--json"_s, u"cases"_s});
        const QString reference
            = json(cases).toArray().first().toObject().value(u"reference"_s).toString();
        const Run a = run({u"--library"_s, m_file, u"--json"_s, u"precedents"_s, reference});
        const Run b = run({u"--library"_s, m_url, u"--json"_s, u"precedents"_s, reference});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QVERIFY(!b.out.isEmpty());
        const auto references = [](const Run &r) {
            QStringList found;
            const QJsonValue v = json(r);
            const QJsonArray matches = v.toObject().value(u"precedents"_s).toArray();
            for (const QJsonValue &m : matches) {
                const QJsonObject o = m.toObject();
                found.append(o.value(u"reference"_s).toString() + o.value(u"case"_s).toString());
            }
            found.sort();
            return found;
        };
        QCOMPARE(references(b), references(a));
        QVERIFY(!references(b).isEmpty());
    }

private:
    casebench::test::TempFolder m_folder;
    QString m_file;
    QString m_url;
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "tst_pgcli.moc"
