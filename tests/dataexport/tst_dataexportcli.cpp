// SPDX-License-Identifier: GPL-3.0-or-later
// export --format csv|json and import-json run as a user would (a separate process).
#include "clirun.h"
#include "csvreader.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

using Run = test::CliRun;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// `show --json` without what differs between libraries: ids, the case's modification time
/// and row version.
QJsonValue comparable(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(comparable(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    for (const QString &key : {u"id"_s, u"document"_s, u"factor"_s, u"source"_s, u"generator"_s})
        o.remove(key);
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = comparable(it.value());
    return o;
}

QJsonObject withoutCaseStamps(QJsonObject root)
{
    QJsonObject c = root.value(u"case"_s).toObject();
    c.remove(u"modified"_s);
    c.remove(u"row_version"_s);
    root.insert(u"case"_s, c);
    return root;
}

} // namespace

class TestDataExportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonRoundTrip();
    void importRefusals();
    void malformedFiles_data();
    void malformedFiles();
    void csvExport();
    void anonymisedExports();

private:
    Run run(const QStringList &arguments) const;
    QJsonObject checkCounts(const QString &library) const;

    QString m_program;
    test::TempFolder m_folder;
    QString m_demo;
};

Run TestDataExportCli::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = test::cliEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.warning=false"_s);
    return test::runCli(m_program, arguments, environment, 60000);
}

QJsonObject TestDataExportCli::checkCounts(const QString &library) const
{
    const Run r = run({u"--library"_s, library, u"--json"_s, u"check"_s});
    return QJsonDocument::fromJson(r.out).object().value(u"counts"_s).toObject();
}

void TestDataExportCli::initTestCase()
{
    const QString binDir = qEnvironmentVariable("CASEBENCH_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "CASEBENCH_BIN_DIR is not set");
    m_program = QDir(binDir).filePath(u"casebench-cli"_s);
    QVERIFY2(QFileInfo::exists(m_program), qPrintable(m_program));
    m_demo = m_folder.path(u"demo.casebench"_s);
    const Run r = run({u"--library"_s, m_demo, u"demo"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestDataExportCli::jsonRoundTrip()
{
    const QString target = m_folder.path(u"roundtrip.casebench"_s);
    QCOMPARE(run({u"--library"_s, target, u"init"_s}).exitCode, 0);
    for (const QString &reference : {u"DEMO-HCPC-001"_s, u"DEMO-NMC-003"_s, u"DEMO-GMC-002"_s}) {
        const QString file = m_folder.path(reference + u".json"_s);
        Run r = run({u"--library"_s, m_demo, u"export"_s, reference, u"--format"_s, u"json"_s,
                     u"-o"_s, file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({u"--library"_s, target, u"import-json"_s, file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(reference.toUtf8()));

        const Run before = run(
            {u"--library"_s, m_demo, u"--json"_s, u"show"_s, reference, u"--with-text"_s});
        const Run after = run(
            {u"--library"_s, target, u"--json"_s, u"show"_s, reference, u"--with-text"_s});
        QCOMPARE(after.exitCode, 0);
        const QJsonObject b = withoutCaseStamps(QJsonDocument::fromJson(before.out).object());
        const QJsonObject a = withoutCaseStamps(QJsonDocument::fromJson(after.out).object());
        QVERIFY(!b.value(u"passages"_s).toArray().isEmpty());
        QCOMPARE(comparable(a), comparable(b));

        const QString again = m_folder.path(reference + u"-again.json"_s);
        r = run({u"--library"_s, target, u"export"_s, reference, u"--format"_s, u"json"_s, u"-o"_s,
                 again});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject first = withoutCaseStamps(
            QJsonDocument::fromJson(readFile(file)).object());
        const QJsonObject second = withoutCaseStamps(
            QJsonDocument::fromJson(readFile(again)).object());
        QCOMPARE(comparable(second), comparable(first));
    }
    const Run check = run({u"--library"_s, target, u"check"_s});
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

void TestDataExportCli::importRefusals()
{
    const QString file = m_folder.path(u"refusal.json"_s);
    QCOMPARE(run({u"--library"_s, m_demo, u"export"_s, u"DEMO-NMC-001"_s, u"--format"_s, u"json"_s,
                  u"-o"_s, file})
                 .exitCode,
             0);
    const QJsonObject before = checkCounts(m_demo);
    QVERIFY(before.value(u"cases"_s).toInt() > 0);
    // The file's reference is taken: the case is imported under the unique one, and said so.
    Run r = run({u"--library"_s, m_demo, u"import-json"_s, file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Imported case DEMO-NMC-001 (2):"), r.out.constData());
    QVERIFY2(r.out.contains("A case with reference “DEMO-NMC-001” already exists; the imported "
                            "case is “DEMO-NMC-001 (2)”."),
             r.out.constData());
    QCOMPARE(checkCounts(m_demo).value(u"cases"_s).toInt(), before.value(u"cases"_s).toInt() + 1);

    r = run({u"--library"_s, m_demo, u"--json"_s, u"import-json"_s, file, u"--as"_s,
             u"DEMO-NMC-001-COPY"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"reference"_s).toString(), u"DEMO-NMC-001-COPY"_s);
    QCOMPARE(report.value(u"orphaned"_s).toInt(), 0);
    QCOMPARE(report.value(u"warnings"_s).toArray().size(), 0);
    QCOMPARE(checkCounts(m_demo).value(u"cases"_s).toInt(), before.value(u"cases"_s).toInt() + 2);

    r = run({u"--library"_s, m_demo, u"import-json"_s, m_folder.path(u"missing.json"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("missing.json"));
    r = run(QStringList{u"--library"_s, m_demo, u"import-json"_s});
    QCOMPARE(r.exitCode, 1);
}

void TestDataExportCli::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("parse error") << QByteArray(
        "{\n  \"format\": \"casebench-case\",\n  \"version\": 1,\n  \"case\": {\n}")
                                 << QByteArray("line 5");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "something-else"})")
                                  << QByteArray("not a Casebench case file");
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "casebench-case", "version": 2, "case": {"reference": "Z"}})")
        << QByteArray("version 2");
    QTest::newRow("bad field") << QByteArray(
        R"({"format": "casebench-case", "version": 1, "case": {"reference": "Z", "grounds": ["treason"]}})")
                               << QByteArray("grounds");
}

void TestDataExportCli::malformedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    const QString file = m_folder.path(u"malformed.json"_s);
    QVERIFY(writeFile(file, bytes));
    const QJsonObject before = checkCounts(m_demo);
    const Run r = run({u"--library"_s, m_demo, u"import-json"_s, file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errIsOneLine());
    QVERIFY2(r.err.contains("malformed.json") && r.err.contains(expected), r.err.constData());
    QCOMPARE(checkCounts(m_demo), before);
}

void TestDataExportCli::csvExport()
{
    const QString file = m_folder.path(u"passages.csv"_s);
    const QString caseFile = m_folder.path(u"passages-case.csv"_s);
    Run r = run({u"--library"_s, m_demo, u"export"_s, u"DEMO-HCPC-004"_s, u"--format"_s, u"csv"_s,
                 u"-o"_s, file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const test::CsvTable passages = test::readCsv(readFile(file));
    QVERIFY2(passages.ok, qPrintable(passages.problem));
    QVERIFY(passages.hasBom);
    QVERIFY(passages.rows.size() > 1);
    QCOMPARE(passages.rows.at(0).at(0), u"Case reference"_s);
    for (qsizetype i = 1; i < passages.rows.size(); ++i)
        QCOMPARE(passages.rows.at(i).at(0), u"DEMO-HCPC-004"_s);
    const test::CsvTable caseRow = test::readCsv(readFile(caseFile));
    QVERIFY2(caseRow.ok, qPrintable(caseRow.problem));
    QCOMPARE(caseRow.rows.size(), 2);
    QCOMPARE(caseRow.rows.at(1).at(0), u"DEMO-HCPC-004"_s);
    QCOMPARE(caseRow.rows.at(1).constLast().toLongLong(), passages.rows.size() - 1);

    // The case file is not overwritten without --force, even when FILE itself is new.
    QVERIFY(QFile::remove(file));
    r = run({u"--library"_s, m_demo, u"export"_s, u"DEMO-HCPC-004"_s, u"--format"_s, u"csv"_s,
             u"-o"_s, file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("passages-case.csv"), r.err.constData());
    QVERIFY(!QFileInfo::exists(file));
    r = run({u"--library"_s, m_demo, u"export"_s, u"DEMO-HCPC-004"_s, u"--format"_s, u"csv"_s,
             u"-o"_s, file, u"--force"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestDataExportCli::anonymisedExports()
{
    // The registrant's names are on every case's list without being stored (Anonymiser::forCase).
    const QJsonObject shown
        = QJsonDocument::fromJson(
              run({u"--library"_s, m_demo, u"--json"_s, u"show"_s, u"DEMO-GMC-001"_s}).out)
              .object();
    const QString registrant = shown.value(u"case"_s).toObject().value(u"registrant"_s).toString();
    const QString surname = registrant.split(u' ').constLast();
    QVERIFY(!surname.isEmpty());

    const QString json = m_folder.path(u"anonymised.json"_s);
    Run r = run({u"--library"_s, m_demo, u"export"_s, u"DEMO-GMC-001"_s, u"--format"_s, u"json"_s,
                 u"-o"_s, json, u"--anonymise"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray bytes = readFile(json);
    QVERIFY2(!QString::fromUtf8(bytes).contains(surname, Qt::CaseInsensitive), qPrintable(surname));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QVERIFY(root.value(u"anonymised"_s).toBool());
    QHash<qint64, QString> texts;
    for (const QJsonValue &d : root.value(u"documents"_s).toArray())
        texts.insert(d.toObject().value(u"id"_s).toInteger(),
                     d.toObject().value(u"text"_s).toString());
    for (const QJsonValue &a : root.value(u"annotations"_s).toArray()) {
        const QJsonObject target = a.toObject().value(u"target"_s).toObject();
        const QJsonArray selectors = target.value(u"selector"_s).toArray();
        const int start = selectors.at(0).toObject().value(u"start"_s).toInt();
        const int end = selectors.at(0).toObject().value(u"end"_s).toInt();
        QCOMPARE(texts.value(target.value(u"source"_s).toInteger()).mid(start, end - start),
                 selectors.at(1).toObject().value(u"exact"_s).toString());
    }

    const QString csv = m_folder.path(u"anonymised.csv"_s);
    r = run({u"--library"_s, m_demo, u"export"_s, u"DEMO-GMC-001"_s, u"--format"_s, u"csv"_s,
             u"-o"_s, csv, u"--anonymise"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QString::fromUtf8(readFile(csv)).contains(surname, Qt::CaseInsensitive));
    QVERIFY(!QString::fromUtf8(readFile(m_folder.path(u"anonymised-case.csv"_s)))
                 .contains(surname, Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestDataExportCli)
#include "tst_dataexportcli.moc"
