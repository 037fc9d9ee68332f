// SPDX-License-Identifier: GPL-3.0-or-later
// PDF, DOCX and ODT files (generated here) through the whole import: stored with their outline
// and pages; and a case deleted after an import comes back whole on undo.
#include "importfixtures.h"
#include "testlibrary.h"

#include "commands/librarysession.h"
#include "services/importservice.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"

#include <QTest>
#include <QUndoStack>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestImportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_folder = std::make_unique<test::TempFolder>(); }
    void cleanup() { m_folder.reset(); }

    void pdfKeepsPagesOfNumberedParagraphs();
    void docxAndOdtImport_data();
    void docxAndOdtImport();
    void undoOfCaseDeletionRestoresImportedDocumentWhole();

private:
    std::unique_ptr<test::TempFolder> m_folder;
};

void TestImportFormats::pdfKeepsPagesOfNumberedParagraphs()
{
    const QString path = m_folder->path(u"decision.pdf"_s);
    const testfixtures::DecisionPdf written = testfixtures::writeDecisionPdf(path, 4, 3);
    QVERIFY(written.pages == 4);
    QVERIFY(!written.paragraphPage.isEmpty());

    auto library = Library::create(m_folder->path(u"lib.casebench"_s));
    const ImportOutcome outcome = ImportService(*library).importFile(path, ImportTarget::newCase());
    QVERIFY2(outcome.status == ImportStatus::Imported, qPrintable(outcome.message));

    OutlineRepository &outlines = library->outlines();
    QCOMPARE(outlines.source(outcome.document)->format, DocumentFormat::Pdf);
    QCOMPARE(outlines.pageStarts(outcome.document).size(), 4);
    const Outline outline = outlines.outline(outcome.document);
    int checked = 0;
    for (const OutlineParagraph &paragraph : outline.paragraphs()) {
        const auto expected = written.paragraphPage.constFind(paragraph.number);
        if (paragraph.kind != ParagraphKind::Numbered || expected == written.paragraphPage.cend())
            continue;
        QCOMPARE(paragraph.page, std::optional<int>(*expected));
        ++checked;
    }
    QVERIFY2(checked >= written.paragraphPage.size() / 2,
             qPrintable(u"only %1 numbered paragraphs matched"_s.arg(checked)));
    const Document document = *library->documents().find(outcome.document);
    QVERIFY(!document.text.contains(written.header));
    QVERIFY(outlines.checkImported().isEmpty());
    QVERIFY(library->check().ok());
}

void TestImportFormats::docxAndOdtImport_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<DocumentFormat>("format");
    QTest::newRow("docx") << u"decision.docx"_s << DocumentFormat::Docx;
    QTest::newRow("odt") << u"decision.odt"_s << DocumentFormat::Odt;
}

void TestImportFormats::docxAndOdtImport()
{
    QFETCH(QString, fileName);
    QFETCH(DocumentFormat, format);
    const QString path = m_folder->path(fileName);
    QVERIFY(format == DocumentFormat::Docx ? testfixtures::writeDecisionDocx(path)
                                           : testfixtures::writeDecisionOdt(path));

    auto library = Library::create(m_folder->path(u"lib.casebench"_s));
    ImportService service(*library);
    const ImportOutcome outcome = service.importFile(path, ImportTarget::newCase());
    QVERIFY2(outcome.status == ImportStatus::Imported, qPrintable(outcome.message));
    OutlineRepository &outlines = library->outlines();
    QCOMPARE(outlines.source(outcome.document)->format, format);
    QVERIFY(!outlines.outline(outcome.document).paragraphs().isEmpty());
    QVERIFY(!library->documents().find(outcome.document)->text.trimmed().isEmpty());

    // The same bytes again are a duplicate, and nothing more is stored.
    const qsizetype documents = library->documents().forCase(outcome.caseId, false).size();
    QCOMPARE(service.importFile(path, ImportTarget::newCase()).status, ImportStatus::Duplicate);
    QCOMPARE(library->documents().forCase(outcome.caseId, false).size(), documents);
    QVERIFY(library->check().ok());
}

void TestImportFormats::undoOfCaseDeletionRestoresImportedDocumentWhole()
{
    const QString path = m_folder->path(u"decision.pdf"_s);
    testfixtures::writeDecisionPdf(path, 3, 5);
    auto library = Library::create(m_folder->path(u"lib.casebench"_s));
    const ImportOutcome outcome = ImportService(*library).importFile(path, ImportTarget::newCase());
    QVERIFY2(outcome.status == ImportStatus::Imported, qPrintable(outcome.message));

    OutlineRepository &before = library->outlines();
    const Outline outline = before.outline(outcome.document);
    const QList<int> pages = before.pageStarts(outcome.document);
    const auto source = before.source(outcome.document);
    const auto suggestions = library->importSuggestions().forDocument(outcome.document);
    QVERIFY(!outline.paragraphs().isEmpty());

    LibrarySession session(std::move(library));
    session.removeCase(outcome.caseId);
    QVERIFY(!session.library().cases().find(outcome.caseId));
    session.undoStack()->undo();

    OutlineRepository &after = session.library().outlines();
    QCOMPARE(after.outline(outcome.document), outline);
    QCOMPARE(after.pageStarts(outcome.document), pages);
    QCOMPARE(after.source(outcome.document), source);
    const auto restored = session.library().importSuggestions().forDocument(outcome.document);
    QCOMPARE(restored.size(), suggestions.size());
    for (qsizetype i = 0; i < restored.size(); ++i) {
        QCOMPARE(restored[i].field, suggestions[i].field);
        QCOMPARE(restored[i].value, suggestions[i].value);
        QCOMPARE(restored[i].start, suggestions[i].start);
        QCOMPARE(restored[i].status, suggestions[i].status);
    }
    QVERIFY(after.checkImported().isEmpty());
    QVERIFY(session.library().check().ok());

    session.undoStack()->redo();
    QVERIFY(!session.library().cases().find(outcome.caseId));
    QVERIFY(session.library().check().ok());
}

// The PDFs are painted with QPdfWriter, which needs a QGuiApplication (offscreen in ctest).
QTEST_MAIN(TestImportFormats)

#include "tst_importformats.moc"
