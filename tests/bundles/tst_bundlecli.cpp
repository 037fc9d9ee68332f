// SPDX-License-Identifier: GPL-3.0-or-later
// casebench-cli export --format pdf|html, run as a process on a library the test writes.
#include "bundlefixture.h"
#include "clirun.h"
#include "pdftext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

class TestBundleCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfWithPreset();
    void html();
    void anonymisedPdf();
    void refusals();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments) const;

    QString m_program;
    std::unique_ptr<BundleFixture> m_fixture;
};

TestBundleCli::Run TestBundleCli::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = test::cliEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s); // the tool chooses offscreen itself
    const test::CliRun r = test::runCli(
        m_program, QStringList{u"--library"_s, m_fixture->libraryPath()} + arguments, environment);
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

void TestBundleCli::initTestCase()
{
    const QString binDir = qEnvironmentVariable("CASEBENCH_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "CASEBENCH_BIN_DIR is not set; run the test through ctest");
    m_program = QDir(binDir).filePath(u"casebench-cli"_s);
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
    m_fixture = std::make_unique<BundleFixture>();
    m_fixture->takeLibrary().reset(); // closed: the tool opens it
}

void TestBundleCli::pdfWithPreset()
{
    const QString path = m_fixture->path(u"cli-mitigation.pdf"_s);
    const Run r = run({u"export"_s, u"BND-001"_s, u"--format"_s, u"pdf"_s, u"--preset"_s,
                       u"mitigation"_s, u"-o"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const PdfContents pdf = readPdf(path);
    QVERIFY(pdf.loaded);
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(path))
                 && r.out.contains(u"%1 pages"_s.arg(pdf.pages)),
             qPrintable(r.out));
    const QString text = QString(pdf.text).replace(u'\n', u' ').simplified();
    QVERIFY(text.startsWith(u"Mitigation bundle"_s));
    QVERIFY(text.indexOf(u"Mitigating (2)"_s) < text.indexOf(u"Aggravating (1)"_s));
    QVERIFY(withoutSpaces(text).contains(withoutSpaces(u"¶ 27, Decision on sanction, p. 9"_s)));
    QVERIFY(text.contains(u"Marlowe"_s));

    // An existing file is refused without --force, replaced with it.
    const Run again = run({u"export"_s, u"BND-001"_s, u"--format"_s, u"pdf"_s, u"-o"_s, path});
    QCOMPARE(again.exitCode, 2);
    const Run forced = run({u"--json"_s, u"export"_s, u"BND-001"_s, u"--format"_s, u"pdf"_s,
                            u"-o"_s, path, u"--force"_s});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    const QJsonObject json = QJsonDocument::fromJson(forced.out.toUtf8()).object();
    QCOMPARE(json.value(u"path"_s).toString(), path);
    QVERIFY(json.value(u"pages"_s).toInt() >= 2);
    QVERIFY(readPdf(path).text.simplified().startsWith(u"Panel aide-memoire"_s));
}

void TestBundleCli::html()
{
    const QString path = m_fixture->path(u"cli.html"_s);
    const Run r = run({u"export"_s, u"BND-001"_s, u"--format"_s, u"html"_s, u"-o"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QDir::toNativeSeparators(path)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(u"<title>Panel aide-memoire: BND-001, Fenwick-Tate</title>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
}

void TestBundleCli::anonymisedPdf()
{
    // The case's list holds at least the registrant's names (Anonymiser::forCase).
    const QString path = m_fixture->path(u"cli-anonymised.pdf"_s);
    const Run r = run(
        {u"export"_s, u"BND-001"_s, u"--format"_s, u"pdf"_s, u"--anonymise"_s, u"-o"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const PdfContents pdf = readPdf(path);
    QVERIFY(pdf.loaded);
    const QString flat = withoutSpaces(pdf.text).toCaseFolded();
    for (const QString &name : {u"Marlowe"_s, u"Fenwick-Tate"_s, u"Fenwick"_s}) {
        QVERIFY2(!flat.contains(name.toCaseFolded()), qPrintable(name));
        for (const QString &value : pdf.info)
            QVERIFY2(!value.contains(name, Qt::CaseInsensitive), qPrintable(value));
        QVERIFY(!pdf.bytes.toLower().contains(name.toLower().toUtf8()));
    }
}

void TestBundleCli::refusals()
{
    const Run unknown = run(
        {u"export"_s, u"NOPE-1"_s, u"--format"_s, u"pdf"_s, u"-o"_s, m_fixture->path(u"x.pdf"_s)});
    QCOMPARE(unknown.exitCode, 2);
    const Run folder = run({u"export"_s, u"BND-001"_s, u"--format"_s, u"html"_s, u"-o"_s,
                            m_fixture->path(u"no/such/x.html"_s)});
    QCOMPARE(folder.exitCode, 3);
    QVERIFY2(folder.err.contains(u"x.html"_s), qPrintable(folder.err));
}

QTEST_GUILESS_MAIN(TestBundleCli)
#include "tst_bundlecli.moc"
