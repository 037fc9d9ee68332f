// SPDX-License-Identifier: GPL-3.0-or-later
// The same decision twice: one fictional decision rendered as plain text, as a painted PDF and
// as DOCX is one case and two duplicates naming the first; a re-saved copy with other running
// heads is a duplicate; two decisions written from one template are both imported.
#include "duplicatedecisions.h"
#include "model/textfingerprint.h"
#include "services/bulkimporter.h"
#include "services/importservice.h"
#include "storage/caserepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "importfixtures.h"
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/fingerprintrepository.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

QList<testfixtures::DecisionBlock> blocksOf(int which)
{
    QList<testfixtures::DecisionBlock> blocks;
    for (const test::TemplateParagraph &p : test::templateDecision(which)) {
        testfixtures::DecisionBlock block;
        block.heading = p.number.isEmpty();
        block.number = p.number;
        block.text = block.heading ? p.text : p.number + u". "_s + p.text;
        blocks.append(block);
    }
    return blocks;
}

/// The decision painted on A4 pages with QPdfWriter: a running head and a footer (with "%1"
/// the page number, "%2" the count) on every page, long words hyphenated at line ends. Returns
/// the page count (0 on failure).
int writePdf(const QString &path, int which, const QString &header, const QString &footer,
             int pixelSize = 10)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(pixelSize);
    testfixtures::DecisionPdf info;
    const auto pages = testfixtures::detail::layOut(blocksOf(which), font, info);
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(test::templateDecision(which).at(1).text);
    QPainter painter;
    if (!painter.begin(&writer))
        return 0;
    QFont bold = font;
    bold.setBold(true);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(font);
        painter.drawText(QPointF(72, 50), header);
        painter.drawText(QPointF(72, 842 - 45), footer.arg(p + 1).arg(pages.size()));
        for (const testfixtures::detail::PlacedLine &line : pages.at(p)) {
            painter.setFont(line.bold ? bold : font);
            painter.drawText(QPointF(72, line.y), line.text);
        }
    }
    painter.end();
    return static_cast<int>(pages.size());
}

/// The decision as a Word document: headings in Heading1, paragraphs in a decimal list whose
/// numbers Word (and the reader) supply.
bool writeDocx(const QString &path, int which)
{
    QByteArray body;
    for (const test::TemplateParagraph &p : test::templateDecision(which)) {
        const QByteArray text = p.text.toHtmlEscaped().toUtf8();
        const QByteArray open
            = p.number.isEmpty()
                  ? QByteArray("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>")
                  : QByteArray("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                               "</w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">");
        body += open + text + QByteArray("</w:t></w:r></w:p>\n");
    }
    const QByteArray document
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          "<w:body>\n"
          + body + "<w:sectPr/></w:body></w:document>";
    const QByteArray core
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
          "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
          + test::templateDecision(which).at(1).text.toUtf8() + "</dc:title></cp:coreProperties>";
    return testfixtures::detail::zipEntries(
        path, {
                  {u"[Content_Types].xml"_s, testfixtures::docxContentTypes()},
                  {u"_rels/.rels"_s, testfixtures::docxRels()},
                  {u"docProps/core.xml"_s, core},
                  {u"word/document.xml"_s, document},
                  {u"word/numbering.xml"_s, testfixtures::docxNumbering()},
                  {u"word/styles.xml"_s, testfixtures::docxStyles()},
              });
}

QString writeText(const QString &path, const QString &text)
{
    return testfixtures::detail::writeBytes(path, text.toUtf8()) ? path : QString();
}

QString describe(const ImportOutcome &o)
{
    return u"%1: %2 %3"_s.arg(o.path, enumIdentifier(o.status), o.message);
}

} // namespace

class TestDuplicateDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wordsLeaveTheRenderingOut();
    void threeRenderingsAreOneCase();
    void resavedCopyWithOtherFurnitureIsADuplicate();
    void templateSiblingsAreBothImported();
    void sameDecisionTwiceInOneBulkImport();
    void fingerprintFollowsTheText();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    QString m_libraryPath;
};

void TestDuplicateDecisions::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_libraryPath = m_folder->path(u"lib.casebench"_s);
    Library::create(m_libraryPath);
}

void TestDuplicateDecisions::cleanup()
{
    m_folder.reset();
}

void TestDuplicateDecisions::wordsLeaveTheRenderingOut()
{
    // Hyphenation at a line end, a ligature, curly quotes, list and page numbers.
    const QStringList pdf = fingerprint::words(
        u"12. The deci-\nsion was \u201cﬁnal\u201d.\n(b) The registrant\u2019s well-\nknown record\npage 3"_s);
    const QStringList text = fingerprint::words(
        u"The decision was \"final\". The registrant's well-known record"_s);
    QCOMPARE(pdf.mid(0, pdf.size() - 1), text); // "page" is left, its number is not
    QCOMPARE(pdf.constLast(), u"page"_s);
    // A running head on three pages is furniture; a reference in it is not kept either.
    const QString withHeads = u"Northshire Tribunal | NAHT-2027-0113\nfirst page words\n\f"
                              u"Northshire Tribunal | NAHT-2027-0113\nsecond page words\n\f"
                              u"Northshire Tribunal | NAHT-2027-0113\nthird page words\n"_s;
    QCOMPARE(fingerprint::words(withHeads),
             (QStringList{u"first"_s, u"page"_s, u"words"_s, u"second"_s, u"page"_s, u"words"_s,
                          u"third"_s, u"page"_s, u"words"_s}));
    // Identifiers keep years and registration numbers.
    const TextFingerprint fp = fingerprint::compute(u"Registration AH40217, decided in 2027."_s);
    QCOMPARE(fp.identifiers, (QStringList{u"2027"_s, u"ah40217"_s}));
    QCOMPARE(fp.bands.size(), fingerprint::bandCount);
    QVERIFY(fingerprint::compute(u"12. (a) iv"_s).isEmpty()); // numbering only
}

void TestDuplicateDecisions::threeRenderingsAreOneCase()
{
    const QString text = writeText(m_folder->path(u"decision.txt"_s),
                                   test::templateDecisionText(0, 72));
    const QString pdf = m_folder->path(u"decision-download.pdf"_s);
    QVERIFY(
        writePdf(pdf, 0, u"Northshire Allied Health Tribunal | Final hearing"_s, u"Page %1 of %2"_s)
        >= 2);
    const QString docx = m_folder->path(u"decision-from-the-clerk.docx"_s);
    QVERIFY(writeDocx(docx, 0));

    auto library = Library::open(m_libraryPath);
    ImportService service(*library);
    const ImportOutcome first = service.importFile(text, ImportTarget::newCase());
    QVERIFY2(first.status == ImportStatus::Imported, qPrintable(describe(first)));
    const auto stored = library->documents().find(first.document);
    QVERIFY(stored);
    for (const QString &path : {pdf, docx}) {
        const ImportOutcome again = service.importFile(path, ImportTarget::newCase());
        QVERIFY2(again.status == ImportStatus::Duplicate, qPrintable(describe(again)));
        QCOMPARE(again.document, first.document);
        QCOMPARE(again.caseId, first.caseId);
        QCOMPARE(again.caseReference, first.caseReference);
        QVERIFY2(again.message.contains(QFileInfo(path).fileName()), qPrintable(again.message));
        QVERIFY2(again.message.contains(u"“%1”"_s.arg(stored->title)), qPrintable(again.message));
        QVERIFY2(again.message.contains(u"in case %1"_s.arg(first.caseReference)),
                 qPrintable(again.message));
        QVERIFY2(again.message.contains(u"% of its wording"_s), qPrintable(again.message));
        qInfo().noquote() << again.message;
    }
    QCOMPARE(library->cases().count(), 1);
    QCOMPARE(databaseOf(*library).scalar(u"SELECT count(*) FROM documents"_s).toInt(), 1);
    const Library::CheckReport report = library->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestDuplicateDecisions::resavedCopyWithOtherFurnitureIsADuplicate()
{
    const QString original = m_folder->path(u"original.pdf"_s);
    QVERIFY(writePdf(original, 0, u"Northshire Allied Health Tribunal | Final hearing"_s,
                     u"Page %1 of %2"_s)
            >= 2);
    // Saved again from the register: other running head and footer, a larger font (so other
    // line ends and hyphenations), and other bytes.
    const QString resaved = m_folder->path(u"original (1).pdf"_s);
    QVERIFY(writePdf(resaved, 0, u"Downloaded from the public register of decisions"_s,
                     u"%1 / %2 | printed copy"_s, 11)
            >= 2);
    // And as text copied out of a viewer, the running heads still in it.
    QString copied;
    const QStringList lines = test::templateDecisionText(0, 64).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i % 40 == 0)
            copied += u"\fNorthshire Allied Health Tribunal - public register\n"_s;
        copied += lines.at(i) + u'\n';
    }
    const QString pasted = writeText(m_folder->path(u"pasted.txt"_s), copied);

    auto library = Library::open(m_libraryPath);
    ImportService service(*library);
    const ImportOutcome first = service.importFile(original, ImportTarget::newCase());
    QVERIFY2(first.status == ImportStatus::Imported, qPrintable(describe(first)));
    for (const QString &path : {resaved, pasted}) {
        const ImportOutcome again = service.importFile(path, ImportTarget::newCase());
        QVERIFY2(again.status == ImportStatus::Duplicate, qPrintable(describe(again)));
        QCOMPARE(again.document, first.document);
        qInfo().noquote() << again.message;
    }
    QCOMPARE(library->cases().count(), 1);
}

void TestDuplicateDecisions::templateSiblingsAreBothImported()
{
    const TextFingerprint a = fingerprint::compute(test::templateDecisionText(0));
    const TextFingerprint b = fingerprint::compute(test::templateDecisionText(1));
    const double similarity = fingerprint::similarity(a.shingles, b.shingles);
    qInfo("template siblings: Jaccard %.3f (threshold %.2f)", similarity,
          fingerprint::sameTextThreshold);
    QVERIFY(similarity > 0.2); // they do share their template
    QVERIFY(similarity < fingerprint::sameTextThreshold);
    QVERIFY(!fingerprint::sameDecision(a, b));

    const QString pdf = m_folder->path(u"sibling-one.pdf"_s);
    QVERIFY(writePdf(pdf, 0, u"Northshire Allied Health Tribunal"_s, u"Page %1 of %2"_s) >= 2);
    const QString docx = m_folder->path(u"sibling-two.docx"_s);
    QVERIFY(writeDocx(docx, 1));
    const QString text = writeText(m_folder->path(u"sibling-two.txt"_s),
                                   test::templateDecisionText(1, 80));
    auto library = Library::open(m_libraryPath);
    ImportService service(*library);
    const ImportOutcome one = service.importFile(pdf, ImportTarget::newCase());
    QVERIFY2(one.status == ImportStatus::Imported, qPrintable(describe(one)));
    const ImportOutcome two = service.importFile(docx, ImportTarget::newCase());
    QVERIFY2(two.status == ImportStatus::Imported, qPrintable(describe(two)));
    QVERIFY(two.caseId != one.caseId);
    // The second sibling in another rendering is a duplicate of the second, not of the first.
    const ImportOutcome twoAgain = service.importFile(text, ImportTarget::newCase());
    QVERIFY2(twoAgain.status == ImportStatus::Duplicate, qPrintable(describe(twoAgain)));
    QCOMPARE(twoAgain.document, two.document);
    QCOMPARE(library->cases().count(), 2);
}

void TestDuplicateDecisions::sameDecisionTwiceInOneBulkImport()
{
    const QString text = writeText(m_folder->path(u"a-decision.txt"_s),
                                   test::templateDecisionText(1, 70));
    QDir().mkpath(m_folder->path(u"batch"_s));
    const QString pdf = m_folder->path(u"batch/b-decision.pdf"_s);
    QVERIFY(writePdf(pdf, 1, u"Northshire Allied Health Tribunal"_s, u"Page %1 of %2"_s) >= 2);
    const QString sibling = writeText(m_folder->path(u"batch/c-sibling.txt"_s),
                                      test::templateDecisionText(0));
    const QStringList files{text, pdf, sibling};

    BulkImporter importer;
    QSignalSpy finished(&importer, &BulkImporter::finished);
    importer.start(m_libraryPath, files, ImportTarget::newCase());
    QVERIFY(finished.wait(60000));
    const QList<ImportOutcome> results = importer.results();
    QCOMPARE(results.size(), 3);
    QVERIFY2(results.at(0).status == ImportStatus::Imported, qPrintable(describe(results.at(0))));
    QVERIFY2(results.at(1).status == ImportStatus::Duplicate, qPrintable(describe(results.at(1))));
    QCOMPARE(results.at(1).document, results.at(0).document);
    QVERIFY2(results.at(2).status == ImportStatus::Imported, qPrintable(describe(results.at(2))));
    auto library = Library::open(m_libraryPath);
    QCOMPARE(library->cases().count(), 2);
}

void TestDuplicateDecisions::fingerprintFollowsTheText()
{
    auto library = Library::open(m_libraryPath);
    Database &db = databaseOf(*library);
    const auto rows = [&db](DocumentId id) {
        return db
            .scalar(u"SELECT count(*) FROM document_fingerprints WHERE document_id = ?"_s,
                    {QVariant(id.value)})
            .toInt();
    };
    Case c;
    c.reference = u"NAHT-1"_s;
    c = library->cases().add(c);
    Document d;
    d.caseId = c.id;
    d.title = u"Sibling one"_s;
    d.text = test::templateDecisionText(0);
    d = library->documents().add(d);
    QCOMPARE(rows(d.id), fingerprint::bandCount);
    FingerprintRepository fingerprints(db);
    const auto found = [&fingerprints](const QString &text) {
        const auto match = fingerprints.findSameText(fingerprint::compute(text));
        return match ? match->document : DocumentId();
    };
    QCOMPARE(found(test::templateDecisionText(0, 50)), d.id);
    QVERIFY(!found(test::templateDecisionText(1)).isValid());

    // The text replaced: the fingerprint follows it.
    d.text = test::templateDecisionText(1);
    library->documents().update(d);
    QCOMPARE(rows(d.id), fingerprint::bandCount);
    QVERIFY(!found(test::templateDecisionText(0)).isValid());
    QCOMPARE(found(test::templateDecisionText(1, 60)), d.id);
    // A text without words has no rows; a removed document takes its rows along.
    d.text = u"12."_s;
    library->documents().update(d);
    QCOMPARE(rows(d.id), 0);
    d.text = test::templateDecisionText(0);
    library->documents().update(d);
    library->documents().remove(d.id);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM document_fingerprints"_s).toInt(), 0);
    const Library::CheckReport report = library->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

QTEST_MAIN(TestDuplicateDecisions)
#include "tst_duplicatedecisions.moc"
