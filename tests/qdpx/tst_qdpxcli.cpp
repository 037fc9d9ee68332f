// SPDX-License-Identifier: GPL-3.0-or-later
// export --format qdpx and import-qdpx, run through the casebench-cli binary.
#include "clirun.h"
#include "qdpxchecks.h"
#include "testlibrary.h"

#include "services/demolibrary.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

const QString dataDir = QStringLiteral(QDPX_DATA_DIR);

using Run = test::CliRun;

int passageCount(const QString &libraryPath)
{
    auto library = Library::open(libraryPath);
    int count = 0;
    for (const CaseSummary &s : library->cases().summaries())
        count += s.passageCount;
    return count;
}

int caseCount(const QString &libraryPath)
{
    return Library::open(libraryPath)->cases().count();
}

} // namespace

class TestQdpxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportThenImportRoundTrips();
    void importsOtherToolsProjectWithMap();
    void reportsUnmappedCodesInText();
    void refusesMalformedFilesLeavingLibraryUnchanged();
    void refusesBadCommandLines();
    void anonymisedExportHidesRegistrant();

private:
    Run run(const QStringList &arguments) const;
    QString freshLibrary(const QString &name) const;

    test::TempFolder m_folder;
    QString m_program;
    QString m_demo;
    QString m_fixture;
};

Run TestQdpxCli::run(const QStringList &arguments) const
{
    return test::runCli(m_program, arguments, test::cliEnvironment(), 60000);
}

QString TestQdpxCli::freshLibrary(const QString &name) const
{
    const QString path = m_folder.path(name);
    const Run r = run({u"--library"_s, path, u"init"_s});
    if (r.exitCode != 0)
        qWarning("init failed: %s", r.err.constData());
    return path;
}

void TestQdpxCli::initTestCase()
{
    const QString binDir = qEnvironmentVariable("CASEBENCH_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "CASEBENCH_BIN_DIR is not set; run the test through ctest");
    m_program = QDir(binDir).filePath(u"casebench-cli"_s);
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
    m_demo = m_folder.path(u"demo.casebench"_s);
    const Run r = run({u"--library"_s, m_demo, u"demo"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_fixture = m_folder.path(u"othertool.qdpx"_s);
    QFile file(m_fixture);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::zipFolder(dataDir + u"/othertool"_s));
}

void TestQdpxCli::exportThenImportRoundTrips()
{
    const QString qdpx = m_folder.path(u"round.qdpx"_s);
    Run r = run({u"--library"_s, m_demo, u"export"_s, u"DEMO-HCPC-001"_s, u"--format"_s, u"qdpx"_s,
                 u"-o"_s, qdpx});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("Wrote "));
    QVERIFY(QFileInfo::exists(qdpx));

    const QString target = freshLibrary(u"round.casebench"_s);
    r = run({u"--library"_s, target, u"--json"_s, u"import-qdpx"_s, qdpx});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"cases"_s).toArray(), QJsonArray{u"DEMO-HCPC-001"_s});
    QCOMPARE(report.value(u"unmapped_codings"_s).toInt(), 0);

    auto source = Library::open(m_demo);
    const auto c = source->cases().findByReference(u"DEMO-HCPC-001"_s);
    QVERIFY(c);
    const int expected = static_cast<int>(source->passages().forCase(c->id).size());
    QCOMPARE(report.value(u"passages"_s).toInt(), expected);
    QCOMPARE(passageCount(target), expected);

    // Again into the same library: the reference is taken, so the case is renamed, not merged.
    r = run({u"--library"_s, target, u"import-qdpx"_s, qdpx});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("DEMO-HCPC-001 (2)"), r.out.constData());
    QCOMPARE(caseCount(target), 2);
}

void TestQdpxCli::importsOtherToolsProjectWithMap()
{
    const QString target = freshLibrary(u"mapped.casebench"_s);
    const Run r = run({u"--library"_s, target, u"--json"_s, u"import-qdpx"_s, m_fixture, u"--map"_s,
                       u"Harm to patients=harm_to_service_users"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"passages"_s).toInt(), 4);
    QCOMPARE(report.value(u"documents"_s).toInt(), 2);
    QCOMPARE(report.value(u"cases_created"_s).toInt(), 2);
    QCOMPARE(report.value(u"skipped_sources"_s).toArray(), QJsonArray{u"Decision scan.pdf"_s});
    const QJsonArray unmapped = report.value(u"unmapped_codes"_s).toArray();
    QCOMPARE(unmapped.size(), 2);
    QCOMPARE(unmapped.at(0).toObject().value(u"code"_s).toString(),
             u"Aggravating factors / Harm to patients / Near misses"_s);
    QCOMPARE(report.value(u"unmapped_codings"_s).toInt(), 2);
    QCOMPARE(passageCount(target), 4);

    const QString created = freshLibrary(u"created.casebench"_s);
    const Run c = run({u"--library"_s, created, u"--json"_s, u"import-qdpx"_s, m_fixture,
                       u"--map"_s, u"Harm to patients=harm_to_service_users"_s,
                       u"--create-missing"_s});
    QVERIFY2(c.exitCode == 0, c.err.constData());
    const QJsonObject all = QJsonDocument::fromJson(c.out).object();
    QCOMPARE(all.value(u"factors_created"_s).toInt(), 3);
    QCOMPARE(all.value(u"passages"_s).toInt(), 6);
    QVERIFY(all.value(u"unmapped_codes"_s).toArray().isEmpty());
}

void TestQdpxCli::reportsUnmappedCodesInText()
{
    auto library = demolibrary::create(m_folder.path(u"into.casebench"_s));
    library.reset();
    const QString target = m_folder.path(u"into.casebench"_s);
    const int before = passageCount(target);
    const Run r = run({u"--library"_s, target, u"import-qdpx"_s, m_fixture, u"--case"_s,
                       u"DEMO-HCPC-001"_s, u"--map"_s, u"Good character="_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"into DEMO-HCPC-001"_s), r.out.constData());
    QVERIFY2(out.contains(
                 u"Not imported: 1 codings of the code “Aggravating factors / Harm to patients”"_s),
             r.out.constData());
    QVERIFY2(!out.contains(u"Good character"_s), r.out.constData()); // skipped on purpose
    QVERIFY2(out.contains(u"Decision scan.pdf"_s), r.out.constData());
    QCOMPARE(passageCount(target), before + 3);
}

void TestQdpxCli::refusesMalformedFilesLeavingLibraryUnchanged()
{
    const QString target = freshLibrary(u"unchanged.casebench"_s);
    const QFileInfo before(target);
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        const QString path = m_folder.path(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    };
    QFile qdeFile(dataDir + u"/othertool/project.qde"_s);
    QVERIFY(qdeFile.open(QIODevice::ReadOnly));
    QByteArray dangling = qdeFile.readAll();
    dangling.replace("endPosition=\"268\"", "endPosition=\"9999\"");
    ZipWriter zip;
    zip.add(u"project.qde"_s, dangling);
    const QStringList bad{
        write(u"plain.qdpx"_s, "just text"),
        write(u"range.qdpx"_s, zip.finish()),
    };
    for (const QString &file : bad) {
        const Run r = run({u"--library"_s, target, u"import-qdpx"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QFileInfo(file).fileName().toUtf8()), r.err.constData());
    }
    QCOMPARE(caseCount(target), 0);
    QCOMPARE(passageCount(target), 0);
}

void TestQdpxCli::refusesBadCommandLines()
{
    const QString target = freshLibrary(u"usage.casebench"_s);
    QCOMPARE(run({u"--library"_s, target, u"import-qdpx"_s}).exitCode, 1);
    QCOMPARE(
        run({u"--library"_s, target, u"import-qdpx"_s, m_fixture, u"--map"_s, u"no equals sign"_s})
            .exitCode,
        1);
    QCOMPARE(run({u"--library"_s, target, u"import-qdpx"_s, m_fixture, u"--case"_s, u"X"_s,
                  u"--new-case"_s})
                 .exitCode,
             1);
    QCOMPARE(
        run({u"--library"_s, target, u"import-qdpx"_s, m_folder.path(u"missing.qdpx"_s)}).exitCode,
        2);
    const Run unknownCase = run(
        {u"--library"_s, target, u"import-qdpx"_s, m_fixture, u"--case"_s, u"NOPE"_s});
    QCOMPARE(unknownCase.exitCode, 2);
    QVERIFY(unknownCase.err.contains("NOPE"));
    const Run badMap = run({u"--library"_s, target, u"import-qdpx"_s, m_fixture, u"--map"_s,
                            u"Dishonesty=not_a_factor"_s});
    QCOMPARE(badMap.exitCode, 2);
    QVERIFY2(badMap.err.contains("not_a_factor"), badMap.err.constData());
    QCOMPARE(caseCount(target), 0);
}

void TestQdpxCli::anonymisedExportHidesRegistrant()
{
    auto library = Library::open(m_demo);
    const auto c = library->cases().findByReference(u"DEMO-HCPC-001"_s);
    QVERIFY(c);
    const QString registrant = c->registrant;
    library.reset();
    QVERIFY(!registrant.isEmpty());

    const QString plain = m_folder.path(u"plain.qdpx.out"_s);
    const QString anonymous = m_folder.path(u"anonymous.qdpx"_s);
    QCOMPARE(run({u"--library"_s, m_demo, u"export"_s, u"DEMO-HCPC-001"_s, u"--format"_s, u"qdpx"_s,
                  u"-o"_s, plain})
                 .exitCode,
             0);
    const Run r = run({u"--library"_s, m_demo, u"export"_s, u"DEMO-HCPC-001"_s, u"--format"_s,
                       u"qdpx"_s, u"-o"_s, anonymous, u"--anonymise"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const auto everything = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        const QByteArray bytes = file.readAll();
        const QByteArray qde = test::unzip(bytes, {u"project.qde"_s}).value(u"project.qde"_s);
        static const QRegularExpression pathPattern(u"internal://([^\"]+)"_s);
        QStringList entries;
        for (const auto &m : pathPattern.globalMatch(QString::fromUtf8(qde)))
            entries.append(u"sources/"_s + m.captured(1));
        QString text = QString::fromUtf8(qde);
        for (const QByteArray &entry : test::unzip(bytes, entries))
            text += QString::fromUtf8(entry);
        return text;
    };
    const QString plainText = everything(plain);
    const QString anonymousText = everything(anonymous);
    QVERIFY(plainText.contains(registrant));
    QVERIFY(!anonymousText.isEmpty());
    for (const QString &part : registrant.split(u' '))
        QVERIFY2(!anonymousText.contains(part, Qt::CaseInsensitive), qPrintable(part));
}

QTEST_GUILESS_MAIN(TestQdpxCli)
#include "tst_qdpxcli.moc"
