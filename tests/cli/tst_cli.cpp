// SPDX-License-Identifier: GPL-3.0-or-later
// A white-box test of storage: it reaches the connection (raw SQL, old schemas).
#ifndef CASEBENCH_STORAGE_INTERNAL
#define CASEBENCH_STORAGE_INTERNAL
#endif
// Runs casebench-cli as a user would (a separate process) and checks exit codes and output.
#include "clirun.h"
#include "duplicatedecisions.h"
#include "testlibrary.h"

#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = casebench::test::CliRun;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            found.append(path + suffix);
    }
    return found;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void initCreatesLibrary();
    void initRefusesToOverwrite();
    void demoRefusesToOverwrite();
    void unopenableFiles_data();
    void unopenableFiles();
    void showUnknownReference();
    void casesJson();
    void casesText();
    void casesFilters();
    void casesBadFilters_data();
    void casesBadFilters();
    void showJson();
    void showText();
    void checkDemo();
    void checkFindsProblems();
    void olderLibraryIsUpgraded();
    void libraryFromEnvironment();
    void importSameDecisionTwice();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &environment) const;
    Run run(const QStringList &arguments) const { return run(arguments, cleanEnvironment()); }
    static QProcessEnvironment cleanEnvironment();
    QJsonArray casesOf(const QStringList &filters) const;

    QString m_program;
    casebench::test::TempFolder m_folder;
    QString m_demo;
};

QProcessEnvironment TestCli::cleanEnvironment()
{
    return casebench::test::cliEnvironment();
}

Run TestCli::run(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    return casebench::test::runCli(m_program, arguments, environment, 60000);
}

QJsonArray TestCli::casesOf(const QStringList &filters) const
{
    const Run r = run(QStringList{u"--library"_s, m_demo, u"--json"_s, u"cases"_s} + filters);
    if (r.exitCode != 0)
        qWarning("cases failed: %s", r.err.constData());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("cases --json did not give an array: %s", qPrintable(error.errorString()));
    return doc.array();
}

void TestCli::initTestCase()
{
    const QString binDir = qEnvironmentVariable("CASEBENCH_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "CASEBENCH_BIN_DIR is not set; run the test through ctest");
    m_program = QDir(binDir).filePath(u"casebench-cli"_s);
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));

    m_demo = m_folder.path(u"demo.casebench"_s);
    const Run r = run({u"--library"_s, m_demo, u"demo"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    QVERIFY(QFileInfo::exists(m_demo));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString missing = m_folder.path(u"never-made.casebench"_s);
    QTest::newRow("no command") << QStringList{u"--library"_s, missing};
    QTest::newRow("nothing at all") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"--library"_s, missing, u"frobnicate"_s};
    QTest::newRow("unknown global option") << QStringList{u"--colour"_s, u"cases"_s};
    QTest::newRow("unknown command option")
        << QStringList{u"--library"_s, m_demo, u"cases"_s, u"--with-text"_s};
    QTest::newRow("show without REF") << QStringList{u"--library"_s, m_demo, u"show"_s};
    QTest::newRow("extra argument") << QStringList{u"--library"_s, m_demo, u"cases"_s, u"DEMO"_s};
    QTest::newRow("--library without value") << QStringList{u"cases"_s, u"--library"_s};
    QTest::newRow("no library given") << QStringList{u"cases"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QStringList lines = r.errText().trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(u"casebench-cli: "_s) && lines[0].endsWith(u'.'),
             qPrintable(lines[0]));
    QCOMPARE(lines[1], u"Try 'casebench-cli --help'."_s);
}

void TestCli::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.err.isEmpty());
    for (const char *command : {"init", "demo", "cases", "show", "check"})
        QVERIFY2(help.out.contains(QByteArray(QByteArray("\n  ") + command + ' ')), command);

    const Run showHelp = run({u"show"_s, u"--help"_s});
    QCOMPARE(showHelp.exitCode, 0);
    QVERIFY2(showHelp.out.contains("show REF [--with-text]"), showHelp.out.constData());

    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("casebench-cli "), version.out.constData());
}

void TestCli::initCreatesLibrary()
{
    const QString path = m_folder.path(u"new.casebench"_s);
    const Run r = run({u"--library"_s, path, u"--json"_s, u"init"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"library"_s).toString(), path);
    QVERIFY(o.value(u"schema_version"_s).toInt() >= 1);
    QVERIFY(o.value(u"factors"_s).toInt() > 0);

    const Run cases = run({u"--library"_s, path, u"--json"_s, u"cases"_s});
    QCOMPARE(cases.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cases.out).array().size(), 0);
}

void TestCli::initRefusesToOverwrite()
{
    const QString path = m_folder.path(u"twice.casebench"_s);
    QCOMPARE(run({u"--library"_s, path, u"init"_s}).exitCode, 0);
    const QByteArray before = readFile(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    QVERIFY(!before.isEmpty());

    const Run again = run({u"--library"_s, path, u"init"_s});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.out.isEmpty(), again.out.constData());
    QVERIFY2(again.errIsOneLine(), again.err.constData());
    QVERIFY2(again.errText().contains(u"already exists; Casebench will not overwrite it."_s),
             again.err.constData());
    QVERIFY(again.errText().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(readFile(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestCli::demoRefusesToOverwrite()
{
    const QString path = m_folder.path(u"notes.txt"_s);
    writeFile(path, "my own notes\n");
    const Run r = run({u"--library"_s, path, u"demo"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errIsOneLine(), r.err.constData());
    QCOMPARE(readFile(path), QByteArray("my own notes\n"));
}

void TestCli::unopenableFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("create");

    QByteArray random(4096, '\0');
    QRandomGenerator generator(20240229);
    for (char &byte : random)
        byte = static_cast<char>(generator.bounded(256));
    for (const QString &command : {u"cases"_s, u"check"_s}) {
        QTest::addRow("random bytes, %s", qPrintable(command))
            << u"random.casebench"_s << random << command << true;
        QTest::addRow("empty file, %s", qPrintable(command))
            << u"empty.casebench"_s << QByteArray() << command << true;
        QTest::addRow("missing file, %s", qPrintable(command))
            << u"missing.casebench"_s << QByteArray() << command << false;
    }
    QTest::newRow("random bytes, show") << u"random.casebench"_s << random << u"show"_s << true;
}

void TestCli::unopenableFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, command);
    QFETCH(bool, create);

    const QString path = m_folder.path(fileName);
    QFile::remove(path);
    if (create)
        writeFile(path, content);
    QStringList arguments{u"--library"_s, path, command};
    if (command == u"show"_s)
        arguments.append(u"DEMO-HCPC-001"_s);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.errIsOneLine(), r.err.constData());
    QVERIFY2(r.errText().contains(QDir::toNativeSeparators(path)), r.err.constData());
    if (create) {
        QCOMPARE(readFile(path), content);
    } else {
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(r.errText().contains(u"the file does not exist."_s), r.err.constData());
    }
    QCOMPARE(sideFiles(path), QStringList());
}

void TestCli::showUnknownReference()
{
    const Run r = run({u"--library"_s, m_demo, u"show"_s, u"NO-SUCH-CASE"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.errIsOneLine(), r.err.constData());
    QVERIFY2(r.errText().contains(u"No case with reference “NO-SUCH-CASE” in "_s),
             r.err.constData());
    QVERIFY(r.errText().contains(QDir::toNativeSeparators(m_demo)));

    const Run json = run({u"--library"_s, m_demo, u"--json"_s, u"show"_s, u"NO-SUCH-CASE"_s});
    QCOMPARE(json.exitCode, 2);
    QVERIFY(json.out.isEmpty());
}

void TestCli::casesJson()
{
    const QJsonArray cases = casesOf({});
    QVERIFY2(cases.size() >= 12, qPrintable(QString::number(cases.size())));
    QStringList references;
    for (const QJsonValue &value : cases) {
        const QJsonObject o = value.toObject();
        QVERIFY(!o.value(u"reference"_s).toString().isEmpty());
        QVERIFY(o.contains(u"sanction"_s));
        references.append(o.value(u"reference"_s).toString());
    }
    QStringList sorted = references;
    sorted.sort();
    QCOMPARE(references, sorted);
    QCOMPARE(references.size(), QSet<QString>(references.cbegin(), references.cend()).size());
}

void TestCli::casesText()
{
    const Run r = run({u"--library"_s, m_demo, u"cases"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY2(!r.out.contains('\x1b'), "no colour when stdout is not a terminal");
    const QStringList lines = QString::fromUtf8(r.out).trimmed().split(u'\n');
    const QJsonArray cases = casesOf({});
    // A header, one line per case and a count.
    QCOMPARE(lines.size(), cases.size() + 2);
    QVERIFY(lines.first().startsWith(u"REFERENCE"_s));
    QCOMPARE(lines.last(), u"%1 cases."_s.arg(cases.size()));
    // Aligned: every row's second column starts where the header's does.
    const qsizetype regulatorColumn = lines.first().indexOf(u"REGULATOR"_s);
    QVERIFY(regulatorColumn > 0);
    for (qsizetype i = 1; i < lines.size() - 1; ++i) {
        QVERIFY2(lines[i].startsWith(cases[i - 1].toObject().value(u"reference"_s).toString()),
                 qPrintable(lines[i]));
        QVERIFY2(lines[i].at(regulatorColumn - 1) == u' ' && lines[i].at(regulatorColumn) != u' ',
                 qPrintable(lines[i]));
    }
}

void TestCli::casesFilters()
{
    const QJsonArray all = casesOf({});
    const QJsonArray hcpc = casesOf({u"--regulator"_s, u"hcpc"_s});
    QVERIFY(!hcpc.isEmpty());
    QVERIFY(hcpc.size() < all.size());
    for (const QJsonValue &value : hcpc)
        QCOMPARE(value.toObject().value(u"regulator"_s).toString(), u"hcpc"_s);

    const QJsonObject first = all.first().toObject();
    const int year
        = QDate::fromString(first.value(u"decision_date"_s).toString(), Qt::ISODate).year();
    QVERIFY(year > 1900);
    const QJsonArray ofYear = casesOf({u"--year"_s, QString::number(year)});
    QVERIFY(!ofYear.isEmpty());
    for (const QJsonValue &value : ofYear)
        QVERIFY(value.toObject()
                    .value(u"decision_date"_s)
                    .toString()
                    .startsWith(QString::number(year)));

    const QJsonArray struckOff = casesOf({u"--sanction"_s, u"striking_off"_s});
    QVERIFY(!struckOff.isEmpty());
    for (const QJsonValue &value : struckOff)
        QCOMPARE(value.toObject().value(u"sanction"_s).toObject().value(u"type"_s).toString(),
                 u"striking_off"_s);

    const QString profession = first.value(u"profession"_s).toString();
    const QJsonArray ofProfession = casesOf({u"--profession"_s, profession.toUpper()});
    QVERIFY(!ofProfession.isEmpty());
    for (const QJsonValue &value : ofProfession)
        QCOMPARE(value.toObject().value(u"profession"_s).toString().toLower(),
                 profession.toLower());

    QCOMPARE(casesOf({u"--year"_s, u"1901"_s}).size(), 0);
}

void TestCli::casesBadFilters_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("named");
    QTest::newRow("regulator") << QStringList{u"--regulator"_s, u"fca"_s} << u"hcpc, swe, nmc"_s;
    QTest::newRow("sanction") << QStringList{u"--sanction"_s, u"fine"_s} << u"striking_off"_s;
    QTest::newRow("year") << QStringList{u"--year"_s, u"last"_s} << u"such as 2021"_s;
    QTest::newRow("profession") << QStringList{u"--profession"_s, u" "_s} << u"--profession"_s;
}

void TestCli::casesBadFilters()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, named);
    const Run r = run(QStringList{u"--library"_s, m_demo, u"cases"_s} + filter);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.errIsOneLine(), r.err.constData());
    QVERIFY2(r.errText().contains(named), r.err.constData());
}

void TestCli::showJson()
{
    QJsonObject summary;
    for (const QJsonValue &value : casesOf({})) {
        if (value.toObject().value(u"sanction"_s).isObject()) {
            summary = value.toObject();
            break;
        }
    }
    QVERIFY(!summary.isEmpty());
    const QString reference = summary.value(u"reference"_s).toString();
    const QString type = summary.value(u"sanction"_s).toObject().value(u"type"_s).toString();
    QVERIFY(!type.isEmpty());

    const Run r = run({u"--library"_s, m_demo, u"show"_s, reference, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"case"_s).toObject().value(u"reference"_s).toString(), reference);
    QCOMPARE(o.value(u"current_sanction"_s).toObject().value(u"type"_s).toString(), type);
    QVERIFY(!o.value(u"sanctions"_s).toArray().isEmpty());
    QCOMPARE(o.value(u"sanctions"_s).toArray().last().toObject().value(u"type"_s).toString(), type);
    QVERIFY(o.value(u"validation"_s).isArray());
    QVERIFY(o.value(u"passages"_s).isArray());
    const QJsonArray documents = o.value(u"documents"_s).toArray();
    QVERIFY(!documents.isEmpty());
    QVERIFY(!documents.first().toObject().contains(u"text"_s));
    QVERIFY(documents.first().toObject().value(u"length"_s).toInt() > 0);

    const Run withText = run(
        {u"--library"_s, m_demo, u"--json"_s, u"show"_s, u"--with-text"_s, reference});
    QCOMPARE(withText.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(withText.out)
                                     .object()
                                     .value(u"documents"_s)
                                     .toArray()
                                     .first()
                                     .toObject();
    QCOMPARE(document.value(u"text"_s).toString().size(), document.value(u"length"_s).toInt());
}

void TestCli::showText()
{
    const QJsonObject summary = casesOf({u"--sanction"_s, u"striking_off"_s}).first().toObject();
    const QString reference = summary.value(u"reference"_s).toString();
    const Run r = run({u"--library"_s, m_demo, u"show"_s, reference});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.startsWith(reference + u" — "_s));
    QVERIFY2(text.contains(summary.value(u"sanction"_s).toObject().value(u"term"_s).toString()),
             qPrintable(text));
    QVERIFY2(text.contains(u"← current order"_s), qPrintable(text));
    QVERIFY(text.contains(u"Documents:"_s));
    QVERIFY(text.contains(u"Validation:"_s));
    QVERIFY(!text.contains(u'\x1b'));
}

void TestCli::checkDemo()
{
    const Run r = run({u"--library"_s, m_demo, u"check"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY2(r.out.contains("No problems found."), r.out.constData());

    const Run json = run({u"--json"_s, u"check"_s, u"-l"_s, m_demo});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    QCOMPARE(o.value(u"problems"_s).toArray().size(), 0);
    QVERIFY(o.value(u"schema_version"_s).toInt() >= 1);
    QCOMPARE(o.value(u"schema_version"_s).toInt(), o.value(u"latest_version"_s).toInt());
    QCOMPARE(o.value(u"counts"_s).toObject().value(u"cases"_s).toInt(), casesOf({}).size());
}

void TestCli::checkFindsProblems()
{
    // A document whose text changed under its passages: the anchors no longer match.
    const QString path = m_folder.path(u"stale.casebench"_s);
    QCOMPARE(run({u"--library"_s, path, u"demo"_s}).exitCode, 0);
    {
        const auto library = casebench::Library::open(path);
        const auto c = library->cases().findByReference(
            casesOf({}).first().toObject().value(u"reference"_s).toString());
        QVERIFY(c);
        casebench::Document document = library->documents().forCase(c->id).constFirst();
        document.text = u"This text replaces the decision entirely."_s;
        library->documents().update(document);
    }

    const Run r = run({u"--library"_s, path, u"check"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("Problems:"), r.out.constData());
    QVERIFY2(r.errIsOneLine(), r.err.constData());
    QVERIFY2(r.errText().contains(QDir::toNativeSeparators(path)), r.err.constData());

    const Run json = run({u"--library"_s, path, u"check"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(u"ok"_s).toBool(true), false);
    QVERIFY(!o.value(u"problems"_s).toArray().isEmpty());
}

void TestCli::olderLibraryIsUpgraded()
{
    const int latest = casebench::migrations::latestVersion();
    QVERIFY2(latest >= 2, "an older schema to upgrade from is needed");
    const QString path = m_folder.path(u"old.casebench"_s);
    casebench::Library::createAtVersion(path, latest - 1).reset();

    const Run r = run({u"--library"_s, path, u"--json"_s, u"check"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"schema_version"_s).toInt(), latest);
    QVERIFY2(r.errIsOneLine(), r.err.constData());
    QVERIFY2(r.errText().contains(u"was upgraded to schema version %1"_s.arg(latest)),
             r.err.constData());
    const QStringList backups
        = QDir(QFileInfo(path).path()).entryList({u"old.casebench.backup-v*"_s}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(r.errText().contains(backups.constFirst()));

    // Opened again, it is current: no note.
    const Run again = run({u"--library"_s, path, u"check"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.isEmpty(), again.err.constData());
}

void TestCli::libraryFromEnvironment()
{
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"CASEBENCH_LIBRARY"_s, m_demo);
    const Run r = run({u"--json"_s, u"cases"_s}, environment);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), casesOf({}).size());

    // --library wins over the environment.
    const QString missing = m_folder.path(u"elsewhere.casebench"_s);
    const Run overridden = run({u"--library"_s, missing, u"cases"_s}, environment);
    QCOMPARE(overridden.exitCode, 3);
    QVERIFY(overridden.errText().contains(QDir::toNativeSeparators(missing)));
}

void TestCli::importSameDecisionTwice()
{
    // One fictional decision as text, then re-wrapped under another name: a duplicate, exit 0.
    const QString path = m_folder.path(u"same.casebench"_s);
    casebench::Library::create(path).reset();
    const QString first = m_folder.path(u"quillfeather.txt"_s);
    writeFile(first, casebench::test::templateDecisionText(0).toUtf8());
    const QString again = m_folder.path(u"copy-from-the-register.txt"_s);
    writeFile(again, casebench::test::templateDecisionText(0, 58).toUtf8());
    const QString sibling = m_folder.path(u"ashdown-pike.txt"_s);
    writeFile(sibling, casebench::test::templateDecisionText(1).toUtf8());

    const Run imported = run({u"--library"_s, path, u"--json"_s, u"import"_s, first});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonObject one = QJsonDocument::fromJson(imported.out).array().at(0).toObject();
    QCOMPARE(one.value(u"status"_s).toString(), u"imported"_s);
    const QString reference = one.value(u"case"_s).toString();
    QVERIFY(!reference.isEmpty());

    const Run text = run({u"--library"_s, path, u"import"_s, again});
    QCOMPARE(text.exitCode, 0);
    const QString line = QString::fromUtf8(text.out).trimmed();
    QVERIFY2(line.startsWith(u"duplicate"_s), qPrintable(line));
    QVERIFY2(line.contains(u"copy-from-the-register.txt has the same text as"_s), qPrintable(line));
    QVERIFY2(line.contains(u"in case %1"_s.arg(reference)), qPrintable(line));

    const Run json = run({u"--library"_s, path, u"--json"_s, u"import"_s, again, sibling});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(array.size(), 2);
    const QJsonObject dup = array.at(0).toObject();
    QCOMPARE(dup.value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(dup.value(u"case"_s).toString(), reference);
    QCOMPARE(dup.value(u"document"_s).toInt(), one.value(u"document"_s).toInt());
    QVERIFY(dup.value(u"message"_s).toString().contains(u"% of its wording"_s));
    QCOMPARE(array.at(1).toObject().value(u"status"_s).toString(), u"imported"_s);
    QVERIFY(array.at(1).toObject().value(u"case"_s).toString() != reference);

    const Run check = run({u"--library"_s, path, u"check"_s});
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
