// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 3 and the storage of outlines, pages, sources and import suggestions.
#include "oldlibrary.h"
#include "pipelinefixtures.h"
#include "testlibrary.h"

#include "import/metadataextractor.h"
#include "import/outlinedetector.h"
#include "model/libraryerror.h"
#include "model/storedsuggestion.h"
#include "storage/caserepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/outlinerepository.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

Case sampleCase(const QString &reference)
{
    Case c;
    c.reference = reference;
    c.regulator = Regulator::Hcpc;
    c.profession = u"Paramedic"_s;
    return c;
}

Document sampleDocument(CaseId caseId, const QString &text)
{
    Document d;
    d.caseId = caseId;
    d.title = u"Decision"_s;
    d.text = text;
    return d;
}

DocumentSource sourceOf(DocumentFormat format, const QString &hash)
{
    DocumentSource source;
    source.format = format;
    source.textHash = hash;
    return source;
}

} // namespace

class TestOutlineRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationThreeUpgradesVersionTwo();
    void outlineRoundTrip();
    void saveReplaces();
    void emptyForDocumentsNotImported();
    void saveRefusesMissingDocument();
    void removingDocumentRemovesOutline();
    void checkImportedFindsChangedText();
    void suggestionsRoundTrip();
};

void TestOutlineRepository::migrationThreeUpgradesVersionTwo()
{
    test::TempFolder folder;
    const QString path = folder.path(u"old.casebench"_s);
    CaseId caseId;
    DocumentId documentId;
    {
        auto old = Library::createAtVersion(path, 2);
        QCOMPARE(migrations::currentVersion(*old), 2);
        caseId = test::insertOldCase(*old, sampleCase(u"HCPC-0001"_s));
        documentId = test::insertOldDocument(*old, sampleDocument(caseId, u"Some text."_s));
    }
    auto library = Library::open(path);
    QCOMPARE(library->schemaVersion(), migrations::latestVersion());
    QVERIFY(library->schemaVersion() >= 3);
    QVERIFY(QFileInfo::exists(library->migrationBackupPath()));
    QVERIFY(library->migrationBackupPath().contains(u"backup-v2"_s));
    // The old data is kept, and the old document simply has no outline.
    QCOMPARE(library->cases().findByReference(u"HCPC-0001"_s)->id, caseId);
    QCOMPARE(library->documents().find(documentId)->text, u"Some text."_s);
    OutlineRepository &outlines = library->outlines();
    QVERIFY(outlines.outline(documentId).paragraphs().isEmpty());
    QVERIFY(outlines.pageStarts(documentId).isEmpty());
    QVERIFY(!outlines.source(documentId));
    QVERIFY(outlines.checkImported().isEmpty());
    QVERIFY2(library->check().ok(), qPrintable(library->check().problems.join(u'\n')));
    // And new outlines can be stored for it.
    const QString text = library->documents().find(documentId)->text;
    outlines.save(documentId, OutlineDetector::detect(text), {},
                  sourceOf(DocumentFormat::Text, Document::hashOfText(text)));
    QCOMPARE(outlines.outline(documentId), OutlineDetector::detect(text));
}

void TestOutlineRepository::outlineRoundTrip()
{
    test::TempFolder folder;
    auto library = Library::create(folder.path(u"lib.casebench"_s));
    const CaseId caseId = library->cases().add(sampleCase(u"HCPC-0001"_s)).id;
    const QString text = test::decisionText(1, 5) + u"\n\nThe registrant [PRIVATE] attended.\n"_s;
    const DocumentId id = library->documents().add(sampleDocument(caseId, text)).id;
    const QList<int> pages{0, static_cast<int>(text.size() / 2)};
    const Outline outline = OutlineDetector::detect(text, pages);
    QVERIFY(outline.paragraphs().size() > 10);
    QVERIFY(!outline.fields().isEmpty());
    QVERIFY(!outline.redactions().isEmpty());

    OutlineRepository &outlines = library->outlines();
    DocumentSource source = sourceOf(DocumentFormat::Pdf, Document::hashOfText(text));
    source.warnings = QStringList{u"A running header was removed."_s};
    outlines.save(id, outline, pages, source);

    QCOMPARE(outlines.outline(id), outline);
    QCOMPARE(outlines.pageStarts(id), pages);
    source.paragraphCount = static_cast<int>(outline.paragraphs().size());
    source.pageCount = 2;
    QCOMPARE(*outlines.source(id), source);
    QVERIFY(outlines.checkImported().isEmpty());
    // Citations work from the stored outline as from the detected one.
    const int offset = static_cast<int>(text.indexOf(u"impose a Suspension"_s));
    QCOMPARE(outlines.outline(id).citationAt(offset), outline.citationAt(offset));
    QCOMPARE(outlines.outline(id).citationAt(offset).stage, DecisionStage::Sanction);
}

void TestOutlineRepository::saveReplaces()
{
    test::TempFolder folder;
    auto library = Library::create(folder.path(u"lib.casebench"_s));
    const CaseId caseId = library->cases().add(sampleCase(u"HCPC-0001"_s)).id;
    const QString text = test::decisionText(2);
    const DocumentId id = library->documents().add(sampleDocument(caseId, text)).id;
    OutlineRepository &outlines = library->outlines();
    outlines.save(id, OutlineDetector::detect(text), {0, 10, 20},
                  sourceOf(DocumentFormat::Pdf, u"x"_s));
    const Outline small({{0,
                          4,
                          ParagraphKind::Text,
                          {},
                          {},
                          DecisionStage::FrontMatter,
                          false,
                          1,
                          false,
                          u"Some"_s}},
                        {});
    outlines.save(id, small, {0}, sourceOf(DocumentFormat::Text, Document::hashOfText(text)));
    QCOMPARE(outlines.outline(id), small);
    QCOMPARE(outlines.pageStarts(id), QList<int>{0});
    QCOMPARE(outlines.source(id)->format, DocumentFormat::Text);
}

void TestOutlineRepository::emptyForDocumentsNotImported()
{
    test::TempFolder folder;
    auto library = Library::create(folder.path(u"lib.casebench"_s));
    OutlineRepository &outlines = library->outlines();
    QCOMPARE(outlines.outline(DocumentId(42)), Outline());
    QVERIFY(outlines.pageStarts(DocumentId(42)).isEmpty());
}

void TestOutlineRepository::saveRefusesMissingDocument()
{
    test::TempFolder folder;
    auto library = Library::create(folder.path(u"lib.casebench"_s));
    OutlineRepository &outlines = library->outlines();
    try {
        outlines.save(DocumentId(7), {}, {}, {});
        QFAIL("an outline was stored for a missing document");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
}

void TestOutlineRepository::removingDocumentRemovesOutline()
{
    test::TempFolder folder;
    auto library = Library::create(folder.path(u"lib.casebench"_s));
    const CaseId caseId = library->cases().add(sampleCase(u"HCPC-0001"_s)).id;
    const QString text = test::decisionText(3);
    const DocumentId id = library->documents().add(sampleDocument(caseId, text)).id;
    OutlineRepository &outlines = library->outlines();
    outlines.save(id, OutlineDetector::detect(text), {0}, sourceOf(DocumentFormat::Text, u"h"_s));
    library->importSuggestions().add(id, {StoredSuggestion{}});
    library->documents().remove(id);
    for (const auto table : {u"document_sources", u"document_pages", u"outline_paragraphs",
                             u"outline_fields", u"import_suggestions"}) {
        QCOMPARE(databaseOf(*library).scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toInt(), 0);
    }
    QVERIFY(library->check().ok());
}

void TestOutlineRepository::checkImportedFindsChangedText()
{
    test::TempFolder folder;
    auto library = Library::create(folder.path(u"lib.casebench"_s));
    const CaseId caseId = library->cases().add(sampleCase(u"HCPC-0001"_s)).id;
    const QString text = test::decisionText(4);
    Document d = library->documents().add(sampleDocument(caseId, text));
    OutlineRepository &outlines = library->outlines();
    outlines.save(d.id, OutlineDetector::detect(text), {},
                  sourceOf(DocumentFormat::Text, Document::hashOfText(text)));
    QVERIFY(outlines.checkImported().isEmpty());
    d.text += u" Changed."_s;
    library->documents().update(d);
    QCOMPARE(outlines.checkImported().size(), 1);
    QVERIFY(outlines.checkImported().constFirst().contains(u"not the text that was imported"_s));
    databaseOf(*library).exec(u"DELETE FROM outline_paragraphs WHERE position = 0"_s);
    QCOMPARE(outlines.checkImported().size(), 2);
}

void TestOutlineRepository::suggestionsRoundTrip()
{
    test::TempFolder folder;
    auto library = Library::create(folder.path(u"lib.casebench"_s));
    const CaseId caseId = library->cases().add(sampleCase(u"HCPC-0001"_s)).id;
    const QString text = test::decisionText(5);
    const DocumentId id = library->documents().add(sampleDocument(caseId, text)).id;
    const MetadataSuggestions suggestions = MetadataExtractor::extract(text);
    QVERIFY(suggestions.regulator);
    QVERIFY(suggestions.sanction);
    const QList<StoredSuggestion> rows = StoredSuggestion::fromSuggestions(suggestions);
    ImportSuggestionRepository &repository = library->importSuggestions();
    const QList<StoredSuggestion> stored = repository.add(id, rows);
    QCOMPARE(stored.size(), rows.size());
    QCOMPARE(repository.forDocument(id), stored);
    QCOMPARE(repository.forCase(caseId), stored);
    QVERIFY(repository.forCase(CaseId(99)).isEmpty());

    StoredSuggestion sanction;
    for (const StoredSuggestion &s : stored) {
        QVERIFY(s.id.isValid());
        QCOMPARE(s.document, id);
        if (s.field == SuggestionField::Sanction)
            sanction = s;
    }
    QCOMPARE(sanction.value, u"suspension"_s);
    QCOMPARE(sanction.durationMonths, std::optional<int>(12));
    QCOMPARE(sanction.sanction()->type, SanctionType::Suspension);
    QCOMPARE(text.mid(sanction.start, sanction.end - sanction.start).isEmpty(), false);

    repository.setStatus(sanction.id, SuggestionStatus::Dismissed);
    for (const StoredSuggestion &s : repository.forDocument(id))
        QCOMPARE(s.status,
                 s.id == sanction.id ? SuggestionStatus::Dismissed : SuggestionStatus::Pending);
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             repository.setStatus(SuggestionId(999), SuggestionStatus::Pending));
}

QTEST_GUILESS_MAIN(TestOutlineRepository)
#include "tst_outlinerepository.moc"
