// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxchecks.h"
#include "testlibrary.h"

#include "export/anonymiser.h"
#include "export/qdpxexporter.h"
#include "export/qdpxproject.h"
#include "export/qdpxreader.h"
#include "export/qdpxwriter.h"
#include "export/refiqda.h"
#include "model/libraryerror.h"
#include "services/demolibrary.h"
#include "services/qdpximporter.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

const QString dataDir = QStringLiteral(QDPX_DATA_DIR);

/// Counts that show whether a library changed.
struct Census
{
    int cases = 0;
    int documents = 0;
    int passages = 0;
    int factors = 0;
    friend bool operator==(const Census &, const Census &) = default;
};

Census census(Library &library)
{
    Census c;
    for (const CaseSummary &s : library.cases().summaries()) {
        ++c.cases;
        c.documents += s.documentCount;
        c.passages += s.passageCount;
    }
    c.factors = static_cast<int>(library.codebook().all().size());
    return c;
}

/// The package's project.qde and its source texts by internal path.
QPair<QByteArray, QHash<QString, QString>> openPackage(const QByteArray &package)
{
    const QByteArray qde = test::unzip(package, {u"project.qde"_s}).value(u"project.qde"_s);
    static const QRegularExpression pathPattern(u"plainTextPath=\"(internal://[^\"]+)\""_s);
    QStringList entries;
    QStringList paths;
    for (const auto &m : pathPattern.globalMatch(QString::fromUtf8(qde))) {
        paths.append(m.captured(1));
        entries.append(u"sources/"_s + m.captured(1).mid(11));
    }
    const auto files = test::unzip(package, entries);
    QHash<QString, QString> texts;
    for (qsizetype i = 0; i < paths.size(); ++i)
        texts.insert(paths.at(i), QString::fromUtf8(files.value(entries.at(i))));
    return {qde, texts};
}

QString factorName(Library &library, FactorId id)
{
    const auto f = library.codebook().find(id);
    return f ? f->name : QString();
}

} // namespace

class TestQdpx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePoints();
    void guidsAreStable();
    void roundTripDemoLosesNothing();
    void writtenProjectIsStructurallySound();
    void nonBmpPositionsRoundTrip();
    void anonymisedExportHidesNames();
    void importsOtherToolsProjectWithMapping();
    void createMissingBuildsCodebook();
    void importsIntoExistingCase();
    void badMappingIsRefused();
    void malformedPackagesAreRefused_data();
    void malformedPackagesAreRefused();
    void failureMidImportLeavesLibraryUnchanged();
    void refusesSourcesOutsideThePackage();

private:
    test::TempFolder m_folder;
};

void TestQdpx::codePoints()
{
    const QString text = u"a\U0001F600b\U0001D538c"_s; // a 😀 b 𝔸 c
    QCOMPARE(text.size(), 7);
    QCOMPARE(refiqda::codePointLength(text), 5);
    QCOMPARE(refiqda::toCodePoints(text, 0), 0);
    QCOMPARE(refiqda::toCodePoints(text, 1), 1);
    QCOMPARE(refiqda::toCodePoints(text, 3), 2);
    QCOMPARE(refiqda::toCodePoints(text, 4), 3);
    QCOMPARE(refiqda::toCodePoints(text, 7), 5);
    QCOMPARE(refiqda::toUtf16(text, 2), 3);
    QCOMPARE(refiqda::toUtf16(text, 4), 6);
    QCOMPARE(refiqda::toUtf16(text, 5), 7);
    QCOMPARE(refiqda::toUtf16(text, 6), -1);
    for (int i = 0; i <= 5; ++i)
        QCOMPARE(refiqda::toCodePoints(text, refiqda::toUtf16(text, i)), i);
    // The index agrees with the walking functions everywhere, lone surrogates included.
    const QString mixed = u"x\U0001F600y"_s + QChar(0xD800) + u"z\U0001D538"_s + QChar(0xDC00)
                          + u"\U0001F642"_s;
    for (const QString &t : {text, mixed, QString(), u"plain"_s}) {
        const refiqda::PositionIndex index(t);
        QCOMPARE(index.codePointLength(), refiqda::codePointLength(t));
        for (qsizetype i = 0; i <= t.size(); ++i)
            QCOMPARE(index.toCodePoints(i), refiqda::toCodePoints(t, i));
        for (qsizetype cp = -1; cp <= refiqda::codePointLength(t) + 1; ++cp)
            QCOMPARE(index.toUtf16(cp), refiqda::toUtf16(t, cp));
    }
    QVERIFY(refiqda::isGuid(u"{6F0A3C1E-1B2D-4E5F-8A9B-0C1D2E3F4A5B}"));
    QVERIFY(refiqda::isGuid(u"6f0a3c1e-1b2d-4e5f-8a9b-0c1d2e3f4a5b"));
    QVERIFY(!refiqda::isGuid(u"6f0a3c1e1b2d4e5f8a9b0c1d2e3f4a5b"));
    QVERIFY(!refiqda::isGuid(u"not a guid"));
    QCOMPARE(refiqda::normalisedGuid(u"{6F0A3C1E-1B2D-4E5F-8A9B-0C1D2E3F4A5B}"),
             u"6f0a3c1e-1b2d-4e5f-8a9b-0c1d2e3f4a5b"_s);
}

void TestQdpx::guidsAreStable()
{
    auto library = demolibrary::create(m_folder.path(u"stable.casebench"_s));
    const auto c = library->cases().findByReference(u"DEMO-HCPC-001"_s);
    QVERIFY(c);
    QdpxExportOptions options;
    options.now = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    options.reviewer = u"Reviewer"_s;
    const QByteArray first = QdpxWriter::projectXml(QdpxExporter::build(*library, c->id, options));
    const QByteArray second = QdpxWriter::projectXml(QdpxExporter::build(*library, c->id, options));
    QCOMPARE(first, second);
    QVERIFY(first.contains("creationDateTime=\"2025-01-02T03:04:05.000Z\""));
}

void TestQdpx::roundTripDemoLosesNothing()
{
    auto source = demolibrary::create(m_folder.path(u"demo.casebench"_s));
    for (const Case &original : source->cases().all()) {
        const QString path = m_folder.path(original.reference + u".qdpx"_s);
        QdpxExportOptions options;
        options.reviewer = u"Reviewer"_s;
        const QdpxExportResult written = QdpxExporter::write(*source, original.id, path, options);
        QCOMPARE(written.orphanedPassages, 0);

        auto target = Library::create(m_folder.path(original.reference + u".casebench"_s));
        QdpxImportOptions importOptions;
        importOptions.createMissing = true;
        const QdpxImportReport report = QdpxImporter::import(*target, QdpxReader::read(path),
                                                             importOptions, path);
        QVERIFY2(report.unmappedCodes.isEmpty(), qPrintable(original.reference));
        QCOMPARE(report.casesCreated, 1);
        QCOMPARE(report.factorsCreated, 0); // the demo uses the default codebook

        const auto copy = target->cases().findByReference(original.reference);
        QVERIFY(copy);
        Case expected = original;
        expected.id = copy->id;
        expected.created = copy->created;
        expected.modified = copy->modified;
        expected.rowVersion = copy->rowVersion;
        QCOMPARE(*copy, expected);

        const QList<Document> before = source->documents().forCase(original.id);
        const QList<Document> after = target->documents().forCase(copy->id);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].title, before[i].title);
            QCOMPARE(after[i].text, before[i].text);
            QCOMPARE(after[i].kind, before[i].kind);
            QCOMPARE(after[i].date, before[i].date);
            QCOMPARE(after[i].sourceFileName, before[i].sourceFileName);
            const QList<Passage> pb = source->passages().forDocument(before[i].id);
            const QList<Passage> pa = target->passages().forDocument(after[i].id);
            QCOMPARE(pa.size(), pb.size());
            for (qsizetype j = 0; j < pb.size(); ++j) {
                QCOMPARE(pa[j].start, pb[j].start);
                QCOMPARE(pa[j].end, pb[j].end);
                QCOMPARE(pa[j].quote, pb[j].quote);
                QCOMPARE(pa[j].note, pb[j].note);
                QCOMPARE(pa[j].author, pb[j].author);
                QCOMPARE(pa[j].created, pb[j].created);
                QCOMPARE(factorName(*target, pa[j].factor), factorName(*source, pb[j].factor));
            }
        }
    }
}

void TestQdpx::writtenProjectIsStructurallySound()
{
    auto library = demolibrary::create(m_folder.path(u"sound.casebench"_s));
    for (const Case &c : library->cases().all()) {
        const QByteArray package = QdpxWriter::package(QdpxExporter::build(*library, c.id, {}));
        const auto [qde, texts] = openPackage(package);
        QVERIFY(!qde.isEmpty());
        QVERIFY(!texts.isEmpty());
        const QStringList problems = test::structuralProblems(qde, texts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }
}

void TestQdpx::nonBmpPositionsRoundTrip()
{
    auto library = Library::create(m_folder.path(u"emoji.casebench"_s));
    Case c;
    c.reference = u"EMOJI-1"_s;
    c.title = u"Emoji \U0001F600 case"_s;
    c.notes = u"A bell\u0007 XML cannot carry"_s;
    const Case stored = library->cases().add(c);
    Document d;
    d.caseId = stored.id;
    d.title = u"Chat log \U0001D538"_s;
    d.text
        = u"\U0001F600\U0001F600 start. The registrant wrote \U0001F621 at 2am \U0001D538\U0001D538. End."_s;
    const Document doc = library->documents().add(d);
    const auto insight = library->codebook().findByKey(u"insight"_s);
    QVERIFY(insight);
    const QString quote = u"wrote \U0001F621 at 2am \U0001D538"_s;
    const int start = static_cast<int>(d.text.indexOf(quote));
    Passage p = Passage::fromSpan(d.text, doc.id, insight->id, start,
                                  start + static_cast<int>(quote.size()));
    p.note = u"Note with \U0001F4A1"_s;
    library->passages().add(p);

    const QdpxProject project = QdpxExporter::build(*library, stored.id, {});
    QCOMPARE(project.sources.size(), 1);
    const QdpxProject::Selection &s = project.sources.constFirst().selections.constFirst();
    // Code points: two emoji before "start" count one each.
    const QList<uint> ucs4 = d.text.toUcs4();
    const QList<uint> quote4 = quote.toUcs4();
    qsizetype expectedStart = -1;
    for (qsizetype i = 0; i + quote4.size() <= ucs4.size(); ++i) {
        if (ucs4.mid(i, quote4.size()) == quote4) {
            expectedStart = i;
            break;
        }
    }
    QCOMPARE(s.start, expectedStart);
    QCOMPARE(s.end, expectedStart + quote4.size());
    QVERIFY(s.start < start); // fewer code points than UTF-16 units before it

    const QString path = m_folder.path(u"emoji.qdpx"_s);
    QdpxWriter::write(project, path);
    auto target = Library::create(m_folder.path(u"emoji-copy.casebench"_s));
    QdpxImporter::import(*target, QdpxReader::read(path), {}, path);
    const auto copy = target->cases().findByReference(u"EMOJI-1"_s);
    QVERIFY(copy);
    const QList<Passage> passages = target->passages().forCase(copy->id);
    QCOMPARE(passages.size(), 1);
    QCOMPARE(passages.constFirst().start, start);
    QCOMPARE(passages.constFirst().quote, quote);
    QCOMPARE(passages.constFirst().note, p.note);
    QCOMPARE(copy->notes, u"A bell XML cannot carry"_s); // the control character is dropped
}

void TestQdpx::anonymisedExportHidesNames()
{
    auto library = demolibrary::create(m_folder.path(u"anon.casebench"_s));
    const auto c = library->cases().findByReference(u"DEMO-HCPC-001"_s);
    QVERIFY(c);
    QVERIFY(!c->registrant.isEmpty());
    const QStringList parts = c->registrant.split(u' ');
    QList<AnonymisationEntry> entries;
    entries.append(
        {0, c->registrant, u"the Registrant"_s, AnonymisationEntry::Kind::Registrant, true});
    entries.append({0, parts.constLast(), u"Ms R"_s, AnonymisationEntry::Kind::Registrant, true});
    entries.append({0, u"looked-after"_s, u"[team]"_s, AnonymisationEntry::Kind::Other, true});
    QdpxExportOptions options;
    options.anonymiser = Anonymiser(entries);
    const QdpxProject project = QdpxExporter::build(*library, c->id, options);
    const QByteArray package = QdpxWriter::package(project);
    const auto [qde, texts] = openPackage(package);
    QStringList all{QString::fromUtf8(qde)};
    all += texts.values();
    for (const QString &text : std::as_const(all)) {
        for (const AnonymisationEntry &e : std::as_const(entries))
            QVERIFY2(!text.contains(e.original, Qt::CaseInsensitive), qPrintable(e.original));
    }
    QVERIFY(test::structuralProblems(qde, texts).isEmpty());
    // Positions point into the anonymised text: each selection covers its passage's quote
    // as anonymised.
    const QList<Passage> passages = library->passages().forCase(c->id);
    const QdpxProject::Source &source = project.sources.constFirst();
    QCOMPARE(source.selections.size(), passages.size());
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const QdpxProject::Selection &s = source.selections.at(i);
        const qsizetype from = refiqda::toUtf16(source.text, s.start);
        const qsizetype to = refiqda::toUtf16(source.text, s.end);
        QCOMPARE(source.text.mid(from, to - from), options.anonymiser.apply(passages.at(i).quote));
    }
}

void TestQdpx::importsOtherToolsProjectWithMapping()
{
    const QByteArray package = test::zipFolder(dataDir + u"/othertool"_s);
    const QdpxProject project = QdpxReader::readBytes(package, u"othertool.qdpx"_s);
    QCOMPARE(project.users.size(), 2);
    QCOMPARE(project.sources.size(), 2);
    QCOMPARE(project.skippedSources, QStringList{u"Decision scan.pdf"_s});
    QCOMPARE(project.codes.size(), 8);

    auto library = Library::create(m_folder.path(u"other.casebench"_s));
    const QList<QdpxCodeMatch> matches = QdpxImporter::match(*library, project);
    QCOMPARE(matches.size(), 8);
    QHash<QString, QdpxCodeMatch> byName;
    for (const QdpxCodeMatch &m : matches)
        byName.insert(m.name, m);
    QVERIFY(byName.value(u"Dishonesty"_s).factor.isValid()); // by name
    QVERIFY(byName.value(u"insight"_s).factor.isValid());    // by key
    QVERIFY(byName.value(u"Testimonials"_s).factor.isValid());
    QVERIFY(!byName.value(u"Harm to patients"_s).factor.isValid());
    QCOMPARE(byName.value(u"Near misses"_s).path,
             u"Aggravating factors / Harm to patients / Near misses"_s);
    QCOMPARE(byName.value(u"Near misses"_s).codings, 1);

    QdpxImportOptions options;
    options.map.insert(u"Harm to patients"_s, u"harm_to_service_users"_s);
    const QdpxImportReport report = QdpxImporter::import(*library, project, options,
                                                         u"othertool.qdpx"_s);
    QCOMPARE(report.casesCreated, 2);
    QCOMPARE(report.documents, 2);
    QCOMPARE(report.passages, 4);
    QCOMPARE(report.factorsCreated, 0);
    QCOMPARE(report.skippedSources, QStringList{u"Decision scan.pdf"_s});
    QCOMPARE(report.unmappedCodes.size(), 2);
    QCOMPARE(report.unmappedCodings, 2);

    const auto ward = library->cases().findByReference(u"Ward 7 review"_s);
    QVERIFY(ward);
    QCOMPARE(ward->title, u"A fictional review used to test imports."_s);
    const QList<Document> docs = library->documents().forCase(ward->id);
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.constFirst().title, u"Interview \U0001D538 notes"_s);
    QVERIFY(!docs.constFirst().text.contains(u'\r')); // line ends normalised
    const QList<Passage> passages = library->passages().forDocument(docs.constFirst().id);
    QCOMPARE(passages.size(), 3);
    QCOMPARE(passages.at(0).quote, u"signed the chart without checking it"_s);
    QCOMPARE(factorName(*library, passages.at(0).factor), u"Dishonesty"_s);
    QCOMPARE(passages.at(0).note, u"She admitted this."_s);
    QCOMPARE(passages.at(0).author, u"Researcher One"_s);
    QCOMPARE(passages.at(0).created, QDateTime(QDate(2024, 3, 2), QTime(11, 0), Qt::UTC));
    QCOMPARE(passages.at(1).quote,
             u"A patient was given a double dose, which was caught in time."_s);
    QCOMPARE(factorName(*library, passages.at(1).factor), u"Actual harm to service users"_s);
    QCOMPARE(passages.at(1).note, u"Memo: the near miss was reported by the ward."_s);
    QCOMPARE(passages.at(2).quote, u"understands \U0001D538 why the checks matter \U0001F600"_s);
    QCOMPARE(factorName(*library, passages.at(2).factor), u"Insight"_s);
    QCOMPARE(passages.at(2).author, u"Researcher Two"_s);
    QCOMPARE(passages.at(2).created, QDateTime(QDate(2024, 3, 3), QTime(7, 30), Qt::UTC));

    // The source no case claims goes into a case named after the project.
    const auto rest = library->cases().findByReference(u"Ward review study"_s);
    QVERIFY(rest);
    const QList<Passage> restPassages = library->passages().forCase(rest->id);
    QCOMPARE(restPassages.size(), 1);
    QCOMPARE(restPassages.constFirst().quote, u"dependable and honest \U0001F642 nurse"_s);
    QCOMPARE(factorName(*library, restPassages.constFirst().factor), u"Testimonials"_s);
    QVERIFY(library->check().ok());
}

void TestQdpx::createMissingBuildsCodebook()
{
    const QByteArray package = test::zipFolder(dataDir + u"/othertool"_s);
    const QdpxProject project = QdpxReader::readBytes(package, u"othertool.qdpx"_s);
    auto library = Library::create(m_folder.path(u"create.casebench"_s));
    QdpxImportOptions options;
    options.map.insert(u"Harm to patients"_s, u"harm_to_service_users"_s);
    options.createUnder.insert(u"Good character"_s, FactorCategory::Mitigating);
    options.createMissing = true;
    const QdpxImportReport report = QdpxImporter::import(*library, project, options,
                                                         u"othertool.qdpx"_s);
    QVERIFY(report.unmappedCodes.isEmpty());
    QCOMPARE(report.factorsCreated, 3); // Near misses, Mitigation, Good character
    QCOMPARE(report.passages, 6);
    const auto near = library->codebook().findByKey(u"near_misses"_s);
    QVERIFY(near);
    QCOMPARE(near->name, u"Near misses"_s);
    QCOMPARE(near->category, FactorCategory::Aggravating);
    QCOMPARE(near->colour, QColor(u"#ff9900"_s));
    QCOMPARE(near->description, u"Errors caught before they reached the patient."_s);
    QCOMPARE(near->parent, library->codebook().findByKey(u"harm_to_service_users"_s)->id);
    const auto good = library->codebook().findByKey(u"good_character"_s);
    QVERIFY(good);
    QCOMPARE(good->category, FactorCategory::Mitigating);
}

void TestQdpx::importsIntoExistingCase()
{
    const QByteArray package = test::zipFolder(dataDir + u"/othertool"_s);
    const QdpxProject project = QdpxReader::readBytes(package, u"othertool.qdpx"_s);
    auto library = demolibrary::create(m_folder.path(u"into.casebench"_s));
    const auto c = library->cases().findByReference(u"DEMO-HCPC-001"_s);
    QVERIFY(c);
    const Census before = census(*library);
    QdpxImportOptions options;
    options.intoCase = c->id;
    const QdpxImportReport report = QdpxImporter::import(*library, project, options,
                                                         u"othertool.qdpx"_s);
    QCOMPARE(report.casesCreated, 0);
    QCOMPARE(report.cases, QList<CaseId>{c->id});
    const Census after = census(*library);
    QCOMPARE(after.cases, before.cases);
    QCOMPARE(after.documents, before.documents + 2);
    QCOMPARE(after.passages, before.passages + 3); // Dishonesty, insight, Testimonials
}

void TestQdpx::badMappingIsRefused()
{
    const QByteArray package = test::zipFolder(dataDir + u"/othertool"_s);
    const QdpxProject project = QdpxReader::readBytes(package, u"othertool.qdpx"_s);
    auto library = Library::create(m_folder.path(u"badmap.casebench"_s));
    const Census before = census(*library);
    QdpxImportOptions options;
    options.map.insert(u"Harm to patients"_s, u"no_such_factor"_s);
    try {
        QdpxImporter::import(*library, project, options, u"othertool.qdpx"_s);
        QFAIL("a mapping to a missing factor was accepted");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"othertool.qdpx"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"no_such_factor"_s), qPrintable(e.message()));
    }
    QCOMPARE(census(*library), before);
}

void TestQdpx::malformedPackagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<QString>("expected"); // a part of the message

    QFile qdeFile(dataDir + u"/othertool/project.qde"_s);
    QVERIFY(qdeFile.open(QIODevice::ReadOnly));
    const QByteArray qde = qdeFile.readAll();
    QFile textFile(dataDir + u"/othertool/sources/22222222-3333-4444-8555-666666666601.txt"_s);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    const QByteArray text = textFile.readAll();
    const QString textEntry = u"sources/22222222-3333-4444-8555-666666666601.txt"_s;
    const auto pack = [&](const QByteArray &xml, bool withText = true) {
        ZipWriter zip;
        zip.add(u"project.qde"_s, xml);
        if (withText)
            zip.add(textEntry, text);
        return zip.finish();
    };
    const auto replaced = [&](const char *from, const char *to) {
        QByteArray copy = qde;
        return copy.replace(from, to);
    };

    QTest::newRow("not a zip") << QByteArray("<Project/> plain text, not an archive")
                               << u"zip archive"_s;
    QTest::newRow("truncated zip") << pack(qde).left(100) << u"damaged"_s;
    {
        ZipWriter zip;
        zip.add(u"other.xml"_s, "<x/>");
        QTest::newRow("no project.qde") << zip.finish() << u"no project.qde"_s;
    }
    QTest::newRow("bad XML") << pack(qde.left(qde.size() / 2) + "<<<") << u"not well-formed"_s;
    QTest::newRow("wrong namespace")
        << pack(replaced("urn:QDA-XML:project:1.0", "urn:example:other")) << u"root element"_s;
    QTest::newRow("dangling CodeRef")
        << pack(replaced("<CodeRef targetGUID=\"{11111111-2222-4333-8444-555555555502}\"",
                         "<CodeRef targetGUID=\"{99999999-2222-4333-8444-555555555502}\""))
        << u"<CodeRef>"_s;
    QTest::newRow("dangling SourceRef")
        << pack(replaced("<SourceRef targetGUID=\"{22222222-3333-4444-8555-666666666603}\"",
                         "<SourceRef targetGUID=\"{99999999-3333-4444-8555-666666666603}\""))
        << u"<SourceRef>"_s;
    QTest::newRow("dangling NoteRef")
        << pack(replaced("<NoteRef targetGUID=\"{44444444", "<NoteRef targetGUID=\"{94444444"))
        << u"<NoteRef>"_s;
    QTest::newRow("position past the end")
        << pack(replaced("endPosition=\"268\"", "endPosition=\"2680\"")) << u"past the end"_s;
    QTest::newRow("position not a number")
        << pack(replaced("startPosition=\"58\"", "startPosition=\"x58\""))
        << u"PlainTextSelection"_s;
    QTest::newRow("end before start")
        << pack(replaced("startPosition=\"58\"", "startPosition=\"95\"")) << u"before it starts"_s;
    QTest::newRow("bad GUID") << pack(
        replaced("{11111111-2222-4333-8444-555555555502}\" name", "not-a-guid\" name"))
                              << u"not a GUID"_s;
    QTest::newRow("duplicate GUID")
        << pack(replaced("{11111111-2222-4333-8444-555555555507}\" name",
                         "{11111111-2222-4333-8444-555555555506}\" name"))
        << u"already has"_s;
    QTest::newRow("source text missing") << pack(qde, false) << u"does not hold"_s;
    QByteArray deep
        = "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>";
    QByteArray closing;
    for (int i = 0; i < 600; ++i) {
        deep += "<Code guid=\"" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                + "\" name=\"c\" isCodable=\"true\">";
        closing += "</Code>";
    }
    QTest::newRow("nested too deep")
        << pack(deep + closing + "</Codes></CodeBook></Project>") << u"deep"_s;
}

void TestQdpx::malformedPackagesAreRefused()
{
    QFETCH(QByteArray, package);
    QFETCH(QString, expected);
    try {
        (void) QdpxReader::readBytes(package, u"broken.qdpx"_s);
        QFAIL("a malformed package was accepted");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"broken.qdpx"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        QVERIFY2(e.message().endsWith(u'.'), qPrintable(e.message()));
    }
}

void TestQdpx::failureMidImportLeavesLibraryUnchanged()
{
    // A project built by hand (not through the reader) with a selection past its text: the
    // case and document are written before the selection is reached, and must be rolled back.
    QdpxProject project;
    project.name = u"Broken"_s;
    QdpxProject::Code code;
    code.guid = refiqda::stableGuid(u"test", u"code"_s);
    code.name = u"Insight"_s;
    project.codes.append(code);
    QdpxProject::Source source;
    source.guid = refiqda::stableGuid(u"test", u"source"_s);
    source.name = u"Short"_s;
    source.text = u"Too short."_s;
    QdpxProject::Selection s;
    s.guid = refiqda::stableGuid(u"test", u"selection"_s);
    s.start = 2;
    s.end = 400;
    s.codeGuids.append(code.guid);
    source.selections.append(s);
    project.sources.append(source);

    auto library = demolibrary::create(m_folder.path(u"rollback.casebench"_s));
    const Census before = census(*library);
    QdpxImportOptions options;
    options.createMissing = true;
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             QdpxImporter::import(*library, project, options, u"broken.qdpx"_s));
    QCOMPARE(census(*library), before);
    QVERIFY(!library->cases().findByReference(u"Broken"_s));
}

void TestQdpx::refusesSourcesOutsideThePackage()
{
    QFile qdeFile(dataDir + u"/othertool/project.qde"_s);
    QVERIFY(qdeFile.open(QIODevice::ReadOnly));
    const QByteArray qde = qdeFile.readAll();
    const QByteArray internal = "internal://22222222-3333-4444-8555-666666666601.txt";
    QVERIFY(qde.contains(internal));
    const QString textPath = dataDir
                             + u"/othertool/sources/22222222-3333-4444-8555-666666666601.txt"_s;
    QVERIFY(QFileInfo::exists(textPath));
    const auto packed = [](const QByteArray &xml) {
        ZipWriter zip;
        zip.add(u"project.qde"_s, xml);
        return zip.finish();
    };
    // The text exists on this machine, but a project may read only its own members.
    const QByteArray absolute = QFileInfo(textPath).absoluteFilePath().toUtf8();
    const QList<QByteArray> outside{
        absolute,
        "file://" + absolute,
        "relative://sources/22222222-3333-4444-8555-666666666601.txt",
    };
    for (const QByteArray &path : outside) {
        QByteArray xml = qde;
        xml.replace(internal, path);
        if (path.startsWith("relative://")) {
            const QByteArray base = QFileInfo(dataDir).absoluteFilePath().toUtf8() + "/othertool";
            xml.replace("<Project ", QByteArray("<Project basePath=\"" + base + "\" "));
        }
        try {
            (void) QdpxReader::readBytes(packed(xml), u"outside.qdpx"_s);
            QFAIL(
                qPrintable(u"a source outside the package was read: "_s + QString::fromUtf8(path)));
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), LibraryError::Kind::InvalidData);
            QVERIFY2(e.message().startsWith(u"“outside.qdpx” cannot be imported: "_s),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QString::fromUtf8(path)), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"internal://"_s), qPrintable(e.message()));
        }
    }
}

QTEST_GUILESS_MAIN(TestQdpx)
#include "tst_qdpx.moc"
