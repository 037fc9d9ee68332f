// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: files crafted to exhaust memory, to run without end or to read other files on
// the machine, each generated here (no binary fixtures). The CLI cases run casebench-cli as a
// child and check its exit code (2), its one-line message naming the file and the problem, its
// peak memory (wait4's ru_maxrss), and that the library is as it was and `check` passes. The
// in-process cases check each reader's limits with small limits.
#include "clirun.h"
#include "measuredrun.h"
#include "storedzip.h"
#include "testlibrary.h"

#include "export/casejsonreader.h"
#include "export/qdpxreader.h"
#include "import/documentreader.h"
#include "model/document.h"
#include "model/libraryerror.h"
#include "model/passage.h"
#include "services/casejsonimporter.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/searchrepository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

#if defined(__SANITIZE_ADDRESS__)
/// Under AddressSanitizer every allocation carries shadow memory, red zones and a quarantine of
/// freed blocks (256 MB), and a Debug build runs several times slower: the bounds are wider and
/// the mass quote placement smaller, which still shows that nothing grows without end.
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif

/// The peak memory a refused or bounded import may reach: well under a gigabyte (a sanitized
/// build's bookkeeping aside).
constexpr double maxPeakMb = sanitized ? 2000.0 : 600.0;
/// How many annotations quote one letter in cliPlacesManyQuotesOfOneLetter.
constexpr int letterQuotes = sanitized ? 20'000 : 100'000;

/// Text of no real person, for the documents and the file outside the project.
const QByteArray secretMarker = "Quillfeather-Marrowby-7731";

const QByteArray wordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

QByteArray contentTypes()
{
    return "<?xml version=\"1.0\"?><Types "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
}

/// A Word body around `inner` (runs of w:t), with `prolog` before the root (a DTD, say).
QByteArray docxBody(const QByteArray &prolog, const QByteArray &inner)
{
    return "<?xml version=\"1.0\"?>" + prolog + "<w:document xmlns:w=\"" + wordNs
           + "\"><w:body><w:p><w:r><w:t>" + inner + "</w:t></w:r></w:p></w:body></w:document>";
}

QByteArray docx(const QByteArray &documentXml,
                const QList<std::pair<QByteArray, QByteArray>> &more = {})
{
    QList<std::pair<QByteArray, QByteArray>> entries{{"[Content_Types].xml", contentTypes()},
                                                     {"word/document.xml", documentXml}};
    entries += more;
    return test::zipStored(entries);
}

QByteArray odtContent(const QByteArray &prolog, const QByteArray &inner)
{
    return "<?xml version=\"1.0\"?>" + prolog
           + "<office:document-content "
             "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
             "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
             "<office:text><text:p>"
           + inner + "</text:p></office:text></office:body></office:document-content>";
}

QByteArray odt(const QByteArray &contentXml,
               const QList<std::pair<QByteArray, QByteArray>> &more = {})
{
    QList<std::pair<QByteArray, QByteArray>> entries{
        {"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", contentXml}};
    entries += more;
    return test::zipStored(entries);
}

/// The classic "billion laughs": ten entities, each ten of the one before.
QByteArray billionLaughsDtd(const QByteArray &root)
{
    QByteArray dtd = "<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">";
    for (int i = 1; i <= 9; ++i) {
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            dtd += "&lol" + QByteArray::number(i - 1) + ";";
        dtd += "\">";
    }
    return dtd + "]>";
}

/// One entity of a thousand characters, to be referenced millions of times.
QByteArray wideEntityDtd(const QByteArray &root)
{
    return "<!DOCTYPE " + root + " [<!ENTITY e \"" + QByteArray(1000, 'x') + "\">]>";
}

/// "&e;" three million times: 9 MB stored, 3 billion characters expanded.
QByteArray manyReferences()
{
    return QByteArray("&e;").repeated(3'000'000);
}

QByteArray qdpxProject(const QByteArray &prolog, const QByteArray &sources,
                       const QByteArray &projectAttributes = {})
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + prolog
           + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Hostile\" " + projectAttributes
           + "><Sources>" + sources + "</Sources></Project>";
}

QByteArray textSource(const QByteArray &pathAttribute, const QByteArray &content = {})
{
    QByteArray source = "<TextSource guid=\"11111111-2222-4333-8444-555555555501\" "
                        "name=\"Outside\"";
    if (!pathAttribute.isEmpty())
        source += " plainTextPath=\"" + pathAttribute + "\"";
    source += ">";
    if (!content.isEmpty())
        source += "<PlainTextContent>" + content + "</PlainTextContent>";
    return source + "</TextSource>";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A sparse file of `size` bytes: large on paper, nothing on disk.
bool writeSparse(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

/// What a library holds, to compare before and after a refused import.
struct Census
{
    QStringList cases; ///< "reference documents passages" per case
    qsizetype factors = 0;
    QByteArray textsHash; ///< of every document's text, in order
    bool holdsSecret = false;

    bool operator==(const Census &other) const
    {
        return cases == other.cases && factors == other.factors && textsHash == other.textsHash
               && holdsSecret == other.holdsSecret;
    }
};

Census census(const QString &libraryPath)
{
    Census c;
    auto library = Library::open(libraryPath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const CaseSummary &s : library->cases().summaries()) {
        c.cases.append(
            u"%1 %2 %3"_s.arg(s.caseRecord.reference).arg(s.documentCount).arg(s.passageCount));
        for (const Document &d : library->documents().forCase(s.caseRecord.id)) {
            hash.addData(d.text.toUtf8());
            if (d.text.contains(QString::fromUtf8(secretMarker)))
                c.holdsSecret = true;
        }
    }
    c.factors = library->codebook().all().size();
    c.textsHash = hash.result().toHex();
    return c;
}

QByteArray censusText(const Census &c)
{
    return (c.cases.join(u"; "_s) + u" factors="_s + QString::number(c.factors) + u" texts="_s
            + QString::fromLatin1(c.textsHash.left(12)))
        .toUtf8();
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // casebench-cli as a child: refusals with exit 2, a bounded peak, the library unchanged.
    void cliRefusesHostileFiles_data();
    void cliRefusesHostileFiles();
    void cliRefusesDeeplyNestedSearch();
    void cliPlacesManyQuotesOfOneLetter();

    // The readers themselves, with small limits.
    void everyXmlReaderRefusesADtd_data();
    void everyXmlReaderRefusesADtd();
    void textIsCappedPerPartAndPerDocument();
    void everyArchiveMemberIsCapped();
    void projectSourcesMustBeInsideTheArchive();
    void nonRegularFilesAreRefusedUnread();
    void searchNestingIsBounded();
    void quotePlacementSpendsABoundedBudget();

private:
    [[nodiscard]] QString file(const QString &name) const { return m_folder.path(name); }
    test::MeasuredRun cli(const QStringList &arguments) const;

    test::TempFolder m_folder;
    QString m_program;
    QString m_library;
    QString m_outsideText; ///< a plain-text file outside every project, holding secretMarker
};

test::MeasuredRun TestHostileInput::cli(const QStringList &arguments) const
{
    return test::runMeasured(m_program, QStringList{u"--library"_s, m_library} + arguments,
                             test::cliEnvironment(), sanitized ? 900'000 : 120'000);
}

void TestHostileInput::initTestCase()
{
    const QString binDir = qEnvironmentVariable("CASEBENCH_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "CASEBENCH_BIN_DIR is not set; run the test through ctest");
    m_program = QDir(binDir).filePath(u"casebench-cli"_s);
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));

    // A library with one ordinary case in it.
    m_library = file(u"hostile.casebench"_s);
    test::MeasuredRun r = cli({u"init"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString ordinary = file(u"ordinary-decision.txt"_s);
    QVERIFY(writeFile(ordinary, "Fitness to practise panel\n\nThe panel found the facts "
                                "proved and imposed a caution order of twelve months.\n"));
    r = cli({u"import"_s, ordinary});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    m_outsideText = file(u"outside/secret.txt"_s);
    QVERIFY(QDir().mkpath(QFileInfo(m_outsideText).absolutePath()));
    QVERIFY(writeFile(m_outsideText, "Private note: " + secretMarker + "\n"));

    // The fixtures the CLI cases read.
    QVERIFY(writeFile(file(u"laughs.docx"_s),
                      docx(docxBody(billionLaughsDtd("w:document"), "&lol9;"))));
    QVERIFY(writeFile(file(u"wide-entity.docx"_s),
                      docx(docxBody(wideEntityDtd("w:document"), manyReferences()))));
    QVERIFY(writeFile(file(u"wide-entity.odt"_s),
                      odt(odtContent(wideEntityDtd("office:document-content"), manyReferences()))));
    QVERIFY(writeFile(file(u"laughs.qdpx"_s),
                      test::zipStored({{"project.qde", qdpxProject(billionLaughsDtd("Project"),
                                                                   textSource({}, "&lol9;"))}})));
    // Twenty-one million characters of plain text in one part: more than one document may hold.
    QVERIFY(writeFile(file(u"long-text.docx"_s),
                      docx(docxBody({}, QByteArray("lorem ipsum ").repeated(1'750'000)))));
    QVERIFY(writeSparse(file(u"huge.txt"_s), qint64(201) * 1024 * 1024));
    QVERIFY(writeSparse(file(u"huge.json"_s), qint64(65) * 1024 * 1024));
    QVERIFY(writeSparse(file(u"huge.qdpx"_s), qint64(201) * 1024 * 1024));
    for (const QString &name : {u"pipe.txt"_s, u"pipe.json"_s, u"pipe.qdpx"_s}) {
        QVERIFY2(::mkfifo(QFile::encodeName(file(name)).constData(), 0600) == 0, "mkfifo failed");
    }
    const QByteArray outside = QFileInfo(m_outsideText).absoluteFilePath().toUtf8();
    const QByteArray folder = QFileInfo(m_outsideText).absolutePath().toUtf8();
    QVERIFY(writeFile(
        file(u"relative.qdpx"_s),
        test::zipStored({{"project.qde", qdpxProject({}, textSource("relative://secret.txt"),
                                                     "basePath=\"" + folder + "\"")}})));
    QVERIFY(writeFile(file(u"absolute.qdpx"_s),
                      test::zipStored({{"project.qde", qdpxProject({}, textSource(outside))}})));
    QVERIFY(writeFile(
        file(u"fileurl.qdpx"_s),
        test::zipStored({{"project.qde", qdpxProject({}, textSource("file://" + outside))}})));
}

void TestHostileInput::cliRefusesHostileFiles_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("named");   // how the message names the file
    QTest::addColumn<QString>("problem"); // words the message must hold

    const auto row = [](const char *tag, const QString &command, const QString &path,
                        const QString &named, const QString &problem) {
        QTest::newRow(tag) << command << path << named << problem;
    };
    row("docx billion laughs", u"import"_s, u"laughs.docx"_s, u"laughs.docx"_s, u"DTD"_s);
    row("docx entity x 3 million", u"import"_s, u"wide-entity.docx"_s, u"wide-entity.docx"_s,
        u"DTD"_s);
    row("odt entity x 3 million", u"import"_s, u"wide-entity.odt"_s, u"wide-entity.odt"_s,
        u"DTD"_s);
    row("qdpx billion laughs", u"import-qdpx"_s, u"laughs.qdpx"_s, u"laughs.qdpx"_s, u"DTD"_s);
    row("docx 21 million characters", u"import"_s, u"long-text.docx"_s, u"long-text.docx"_s,
        u"limit of 20000000 characters"_s);
    row("import /dev/zero", u"import"_s, u"/dev/zero"_s, u"zero"_s, u"not a regular file"_s);
    row("import-json /dev/zero", u"import-json"_s, u"/dev/zero"_s, u"/dev/zero"_s,
        u"not a regular file"_s);
    row("import-qdpx /dev/zero", u"import-qdpx"_s, u"/dev/zero"_s, u"zero"_s,
        u"not a regular file"_s);
    row("import fifo", u"import"_s, u"pipe.txt"_s, u"pipe.txt"_s, u"named pipe"_s);
    row("import-json fifo", u"import-json"_s, u"pipe.json"_s, u"pipe.json"_s, u"named pipe"_s);
    row("import-qdpx fifo", u"import-qdpx"_s, u"pipe.qdpx"_s, u"pipe.qdpx"_s, u"named pipe"_s);
    row("import 201 MB", u"import"_s, u"huge.txt"_s, u"huge.txt"_s, u"limit"_s);
    row("import-json 65 MB", u"import-json"_s, u"huge.json"_s, u"huge.json"_s,
        u"more than the limit of 64 MB"_s);
    row("import-qdpx 201 MB", u"import-qdpx"_s, u"huge.qdpx"_s, u"huge.qdpx"_s,
        u"more than the limit of 200 MB"_s);
    row("qdpx relative:// with basePath", u"import-qdpx"_s, u"relative.qdpx"_s, u"relative.qdpx"_s,
        u"relative://secret.txt"_s);
    row("qdpx absolute path", u"import-qdpx"_s, u"absolute.qdpx"_s, u"absolute.qdpx"_s,
        u"secret.txt"_s);
    row("qdpx file: URL", u"import-qdpx"_s, u"fileurl.qdpx"_s, u"fileurl.qdpx"_s, u"file://"_s);
}

void TestHostileInput::cliRefusesHostileFiles()
{
    QFETCH(QString, command);
    QFETCH(QString, path);
    QFETCH(QString, named);
    QFETCH(QString, problem);
    const QString target = path.startsWith(u'/') ? path : file(path);
    const Census before = census(m_library);

    QElapsedTimer clock;
    clock.start();
    const test::MeasuredRun r = cli({command, target});
    qInfo("%s: exit %d, peak %.0f MB, %.1f s: %s", QTest::currentDataTag(), r.exitCode,
          r.peakRssMb(), static_cast<double>(clock.elapsed()) / 1000.0,
          r.err.trimmed().constData());

    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errIsOneLine(), r.err.constData());
    QVERIFY2(r.errText().contains(named), r.err.constData());
    QVERIFY2(r.errText().contains(problem), r.err.constData());
    QVERIFY2(r.peakRssKb > 0, "the peak memory could not be measured");
    QVERIFY2(r.peakRssMb() < maxPeakMb, qPrintable(u"peak %1 MB"_s.arg(r.peakRssMb())));

    const Census after = census(m_library);
    QVERIFY2(after == before,
             QByteArray(censusText(before) + " became " + censusText(after)).constData());
    QVERIFY(!after.holdsSecret);
    const test::MeasuredRun check = cli({u"check"_s});
    QVERIFY2(check.exitCode == 0, QByteArray(check.err + check.out).constData());
}

void TestHostileInput::cliRefusesDeeplyNestedSearch()
{
    const QString query = QString(10'000, u'(') + u"caution"_s + QString(10'000, u')');
    const test::MeasuredRun r = cli({u"search"_s, query});
    qInfo("search nested 10,000 deep: exit %d, peak %.0f MB: %s", r.exitCode, r.peakRssMb(),
          r.err.trimmed().left(200).constData());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errIsOneSentence(), r.err.left(300).constData());
    QVERIFY2(r.errText().contains(u"nested more than 32 deep"_s), r.err.left(300).constData());
    QVERIFY2(r.err.size() < 400, "the message repeats the whole query");
    QVERIFY(r.peakRssMb() < maxPeakMb);
}

void TestHostileInput::cliPlacesManyQuotesOfOneLetter()
{
    // One document, 100,000 annotations (20,000 when sanitized) quoting "a" with no position: each
    // quote is found everywhere in the text, so placing them all would take hours without a bound.
    QString text;
    for (int i = 0; i < 4000; ++i)
        text += u"a panel heard a case and gave a sanction %1. "_s.arg(i);
    QJsonArray annotations;
    const QJsonObject tagging{{u"purpose"_s, u"tagging"_s}, {u"value"_s, u"letter_a"_s}};
    for (int i = 0; i < letterQuotes; ++i) {
        const QJsonObject selector{{u"type"_s, u"TextQuoteSelector"_s},
                                   {u"exact"_s, u"a"_s},
                                   {u"prefix"_s, u"sanction %1. "_s.arg(i % 4000)},
                                   {u"suffix"_s, u" panel"_s}};
        annotations.append(QJsonObject{
            {u"type"_s, u"Annotation"_s},
            {u"body"_s, QJsonArray{tagging}},
            {u"target"_s, QJsonObject{{u"source"_s, 1}, {u"selector"_s, QJsonArray{selector}}}},
        });
    }
    const QJsonObject root{
        {u"format"_s, u"casebench-case"_s},
        {u"version"_s, 1},
        {u"case"_s, QJsonObject{{u"reference"_s, u"LETTERS-1"_s}}},
        {u"factors"_s,
         QJsonArray{QJsonObject{{u"key"_s, u"letter_a"_s}, {u"label"_s, u"The letter a"_s}}}},
        {u"documents"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"text"_s, text}}}},
        {u"annotations"_s, annotations},
    };
    const QString json = file(u"letters.json"_s);
    QVERIFY(writeFile(json, QJsonDocument(root).toJson(QJsonDocument::Compact)));

    QElapsedTimer clock;
    clock.start();
    const test::MeasuredRun r = cli({u"--json"_s, u"import-json"_s, json});
    qInfo("%d quotes of one letter: exit %d, peak %.0f MB, %.1f s: %s", letterQuotes, r.exitCode,
          r.peakRssMb(), static_cast<double>(clock.elapsed()) / 1000.0, r.out.constData());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = r.json();
    QCOMPARE(report.value(u"passages"_s).toInt(), letterQuotes);
    QCOMPARE(report.value(u"placed_by_quote"_s).toInt() + report.value(u"orphaned"_s).toInt(),
             letterQuotes);
    QVERIFY(report.value(u"placed_by_quote"_s).toInt() > 0);
    QVERIFY(r.peakRssMb() < maxPeakMb);
    const test::MeasuredRun check = cli({u"check"_s});
    QVERIFY2(check.exitCode == 0, QByteArray(check.err + check.out).constData());
}

void TestHostileInput::everyXmlReaderRefusesADtd_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("part");

    const QByteArray dtd = billionLaughsDtd("root");
    const QByteArray plainBody = docxBody({}, "The panel met.");
    const auto withDtd = [&dtd](const QByteArray &xml) {
        QByteArray out = xml;
        out.insert(out.indexOf("?>") + 2, dtd);
        return out;
    };
    const QByteArray numbering = "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"" + wordNs + "\"/>";
    const QByteArray styles = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"" + wordNs + "\"/>";
    const QByteArray notes = "<?xml version=\"1.0\"?><w:footnotes xmlns:w=\"" + wordNs + "\"/>";
    const QByteArray core = "<?xml version=\"1.0\"?><cp:coreProperties "
                            "xmlns:cp=\"urn:example:core\"><title>&lol9;</title>"
                            "</cp:coreProperties>";
    QTest::newRow("docx document.xml")
        << docx(withDtd(plainBody)) << u"a.docx"_s << u"word/document.xml"_s;
    QTest::newRow("docx numbering.xml")
        << docx(plainBody, {{"word/numbering.xml", withDtd(numbering)}}) << u"a.docx"_s
        << u"word/numbering.xml"_s;
    QTest::newRow("docx styles.xml") << docx(plainBody, {{"word/styles.xml", withDtd(styles)}})
                                     << u"a.docx"_s << u"word/styles.xml"_s;
    QTest::newRow("docx footnotes.xml") << docx(plainBody, {{"word/footnotes.xml", withDtd(notes)}})
                                        << u"a.docx"_s << u"word/footnotes.xml"_s;
    QTest::newRow("docx core.xml") << docx(plainBody, {{"docProps/core.xml", withDtd(core)}})
                                   << u"a.docx"_s << u"docProps/core.xml"_s;
    const QByteArray plainContent = odtContent({}, "The panel met.");
    const QByteArray odtStyles = "<?xml version=\"1.0\"?><office:document-styles "
                                 "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                 "/>";
    QTest::newRow("odt content.xml")
        << odt(withDtd(plainContent)) << u"b.odt"_s << u"content.xml"_s;
    QTest::newRow("odt styles.xml")
        << odt(plainContent, {{"styles.xml", withDtd(odtStyles)}}) << u"b.odt"_s << u"styles.xml"_s;
    QTest::newRow("odt meta.xml") << odt(plainContent, {{"meta.xml", withDtd(core)}}) << u"b.odt"_s
                                  << u"meta.xml"_s;
    QTest::newRow("qdpx project.qde")
        << test::zipStored({{"project.qde", qdpxProject(dtd, textSource({}, "&lol9;"))}})
        << u"c.qdpx"_s << u"project.qde"_s;
}

void TestHostileInput::everyXmlReaderRefusesADtd()
{
    QFETCH(QByteArray, package);
    QFETCH(QString, fileName);
    QFETCH(QString, part);
    QString message;
    if (fileName.endsWith(u".qdpx"_s)) {
        try {
            (void) QdpxReader::readBytes(package, fileName);
            QFAIL("a project with a DTD was read");
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), LibraryError::Kind::InvalidData);
            message = e.message();
        }
    } else {
        const ReadResult result = DocumentReader::readBytes(package, fileName);
        QVERIFY2(!result.ok(), "a document with a DTD was read");
        message = result.error;
    }
    QVERIFY2(message.startsWith(u"“"_s + fileName + u"” cannot be imported: "_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"“"_s + part + u"” declares a DTD"_s), qPrintable(message));
    QVERIFY2(message.endsWith(u'.') && !message.contains(u'\n'), qPrintable(message));
}

void TestHostileInput::textIsCappedPerPartAndPerDocument()
{
    ImportLimits limits;
    limits.maxTextCharacters = 1000;
    const QByteArray words = QByteArray("word ").repeated(150); // 750 characters

    // Within the limit, read.
    QVERIFY(DocumentReader::readBytes(docx(docxBody({}, words)), u"fits.docx"_s, limits).ok());

    // One part past it.
    const ReadResult part = DocumentReader::readBytes(docx(docxBody({}, words + words)),
                                                      u"part.docx"_s, limits);
    QVERIFY(!part.ok());
    QVERIFY2(part.error.startsWith(u"“part.docx” cannot be imported: "_s)
                 && part.error.contains(u"limit of 1000 characters"_s)
                 && part.error.contains(u"(in its part “word/document.xml”)"_s),
             qPrintable(part.error));

    // Each part within it, the document (body and footnotes) past it.
    const QByteArray footnotes = "<?xml version=\"1.0\"?><w:footnotes xmlns:w=\"" + wordNs
                                 + "\"><w:footnote w:id=\"1\"><w:p><w:r><w:t>" + words
                                 + "</w:t></w:r></w:p></w:footnote></w:footnotes>";
    const ReadResult document = DocumentReader::readBytes(
        docx(docxBody({}, words), {{"word/footnotes.xml", footnotes}}), u"notes.docx"_s, limits);
    QVERIFY(!document.ok());
    QVERIFY2(document.error.contains(u"limit of 1000 characters for one document (in its part "
                                     "“word/footnotes.xml”)"_s),
             qPrintable(document.error));

    // ODT, and plain text (whose text is held to the same limit once decoded).
    const ReadResult content = DocumentReader::readBytes(odt(odtContent({}, words + words)),
                                                         u"long.odt"_s, limits);
    QVERIFY2(!content.ok() && content.error.contains(u"(in its part “content.xml”)"_s),
             qPrintable(content.error));
    const ReadResult text = DocumentReader::readBytes(words + words, u"long.txt"_s, limits);
    QVERIFY2(!text.ok() && text.error.contains(u"limit of 1000 characters"_s),
             qPrintable(text.error));
}

void TestHostileInput::everyArchiveMemberIsCapped()
{
    ImportLimits limits;
    limits.maxPartBytes = 4096;
    const ReadResult big = DocumentReader::readBytes(
        docx(docxBody({}, QByteArray("word ").repeated(1000))), u"big.docx"_s, limits);
    QVERIFY(!big.ok());
    QVERIFY2(big.error.contains(u"“word/document.xml”"_s) && big.error.contains(u"one part"_s),
             qPrintable(big.error));

    const QByteArray project = qdpxProject(
        {}, textSource("internal://11111111-2222-4333-8444-555555555501.txt"));
    const QByteArray qdpx = test::zipStored(
        {{"project.qde", project},
         {"sources/11111111-2222-4333-8444-555555555501.txt", QByteArray(5000, 'a')}});
    try {
        (void) QdpxReader::readBytes(qdpx, u"member.qdpx"_s, limits);
        QFAIL("a source member past the limit was read");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"“sources/11111111-2222-4333-8444-555555555501.txt”"_s)
                     && e.message().contains(u"one part"_s),
                 qPrintable(e.message()));
    }
    // The same project within the limits is read.
    ImportLimits roomy;
    const QdpxProject read = QdpxReader::readBytes(qdpx, u"member.qdpx"_s, roomy);
    QCOMPARE(read.sources.size(), 1);
    QCOMPARE(read.sources.constFirst().text.size(), 5000);
}

void TestHostileInput::projectSourcesMustBeInsideTheArchive()
{
    const QByteArray outside = QFileInfo(m_outsideText).absoluteFilePath().toUtf8();
    const QByteArray folder = QFileInfo(m_outsideText).absolutePath().toUtf8();
    const QList<std::pair<QByteArray, QByteArray>> cases{
        {"relative://secret.txt", "basePath=\"" + folder + "\""},
        {"relative://../outside/secret.txt", {}},
        {outside, {}},
        {"file://" + outside, {}},
        {"file:" + outside, {}},
    };
    for (const auto &[path, attributes] : cases) {
        const QByteArray qdpx = test::zipStored(
            {{"project.qde", qdpxProject({}, textSource(path), attributes)}});
        try {
            const QdpxProject project = QdpxReader::readBytes(qdpx, u"p.qdpx"_s);
            QFAIL(qPrintable(u"read a source at "_s + QString::fromUtf8(path) + u": "_s
                             + project.sources.value(0).text));
        } catch (const LibraryError &e) {
            QVERIFY2(e.message().contains(QString::fromUtf8(path))
                         && e.message().contains(u"internal://"_s)
                         && !e.message().contains(QString::fromUtf8(secretMarker)),
                     qPrintable(e.message()));
        }
    }
}

void TestHostileInput::nonRegularFilesAreRefusedUnread()
{
    const ReadResult zero = DocumentReader::readFile(u"/dev/zero"_s);
    QVERIFY(!zero.ok());
    QVERIFY2(zero.error.contains(u"not a regular file but a device"_s), qPrintable(zero.error));
    const ReadResult fifo = DocumentReader::readFile(file(u"pipe.txt"_s));
    QVERIFY(!fifo.ok());
    QVERIFY2(fifo.error.contains(u"named pipe"_s), qPrintable(fifo.error));
    QVERIFY_THROWS_EXCEPTION(LibraryError, (void) CaseJsonReader::read(file(u"pipe.json"_s)));
    QVERIFY_THROWS_EXCEPTION(LibraryError, (void) CaseJsonReader::read(u"/dev/zero"_s));
    QVERIFY_THROWS_EXCEPTION(LibraryError, (void) QdpxReader::read(file(u"pipe.qdpx"_s)));
    QVERIFY_THROWS_EXCEPTION(LibraryError, (void) QdpxReader::read(u"/dev/zero"_s));
}

void TestHostileInput::searchNestingIsBounded()
{
    QVERIFY(
        SearchRepository::queryProblem(QString(32, u'(') + u"a"_s + QString(32, u')')).isEmpty());
    QCOMPARE(SearchRepository::queryProblem(QString(33, u'(') + u"a"_s + QString(33, u')')),
             u"its parentheses are nested more than 32 deep"_s);
    QCOMPARE(SearchRepository::queryProblem(QString(100'000, u'(') + u"a"_s),
             u"its parentheses are nested more than 32 deep"_s);
    // A field before a field is refused without recursing once per field.
    QVERIFY(!SearchRepository::queryProblem(u"title:"_s.repeated(100'000) + u"a"_s).isEmpty());
    QVERIFY(SearchRepository::queryProblem(u"title:a"_s).isEmpty());
}

void TestHostileInput::quotePlacementSpendsABoundedBudget()
{
    const QString text = u"a"_s.repeated(200'000);
    Passage p;
    p.quote = u"a"_s;
    p.start = -1;
    p.prefix = u"zzz"_s;
    qint64 budget = 1'000'000;
    const auto placed = CaseJsonImporter::placeQuote(text, p, &budget);
    QVERIFY(placed.has_value());
    QVERIFY(budget < 1'000'000);
    // At most maxQuoteCandidates occurrences are weighed.
    QVERIFY(1'000'000 - budget
            <= qint64(CaseJsonImporter::maxQuoteCandidates) * (2 * Passage::contextLength + 2));
    // Once spent, nothing more is searched; a quote at its offsets is still placed.
    budget = 0;
    QCOMPARE(CaseJsonImporter::placeQuote(text, p, &budget), std::nullopt);
    p.start = 10;
    QCOMPARE(CaseJsonImporter::placeQuote(text, p, &budget), std::optional<int>(10));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
