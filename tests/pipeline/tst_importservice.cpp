// SPDX-License-Identifier: GPL-3.0-or-later
// One file into the library: read, duplicate check, outline, suggestions, one transaction.
#include "pipelinefixtures.h"
#include "testlibrary.h"

#include "export/anonymisationlist.h"
#include "model/document.h"
#include "model/storedsuggestion.h"
#include "services/importservice.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/sanctionrepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

/// Rows of every table an import writes to, to see that a failed import left nothing.
QList<int> rowCounts(Library &library)
{
    QList<int> counts;
    for (const auto table :
         {u"cases", u"documents", u"sanctions", u"document_sources", u"document_pages",
          u"outline_paragraphs", u"outline_fields", u"outline_redactions", u"import_suggestions",
          u"anonymisation_entries"}) {
        counts.append(databaseOf(library).scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toInt());
    }
    return counts;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsIntoNewCase_data();
    void importsIntoNewCase();
    void importsIntoExistingCaseWithoutOverwriting();
    void newCaseReferenceFromFileNameAndUnique();
    void newCaseReferenceIsTheCaseNumber();
    void newCaseTitleNeverAPlaceholder_data();
    void newCaseTitleNeverAPlaceholder();
    void registrationNumberListedOnceInExistingCase();
    void duplicateIsSkipped();
    void unreadableFileFails_data();
    void unreadableFileFails();
    void failureMidTransactionLeavesNothing();
    void vanishedTargetCaseFails();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Library> m_library;
};

void TestImportService::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_library = Library::create(m_folder->path(u"lib.casebench"_s));
}

void TestImportService::cleanup()
{
    m_library.reset();
    m_folder.reset();
}

void TestImportService::importsIntoNewCase_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DocumentFormat>("format");
    QTest::newRow("text") << u"decision.txt"_s << test::decisionText(1).toUtf8()
                          << DocumentFormat::Text;
    QTest::newRow("html") << u"decision.html"_s << test::decisionHtml(1).toUtf8()
                          << DocumentFormat::Html;
    QTest::newRow("markdown") << u"decision.md"_s << test::decisionMarkdown(1).toUtf8()
                              << DocumentFormat::Markdown;
}

void TestImportService::importsIntoNewCase()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(DocumentFormat, format);
    const QString path = test::writeFile(m_folder->path(fileName), bytes);

    ImportService service(*m_library);
    const ImportOutcome outcome = service.importFile(path, ImportTarget::newCase());
    QVERIFY2(outcome.status == ImportStatus::Imported, qPrintable(outcome.message));
    QVERIFY(outcome.caseCreated);
    // No case number in the decision: built from what identifies the case, never the PIN.
    QCOMPARE(outcome.caseReference, u"HCPC 2026-04-14 final"_s);

    const Case c = *m_library->cases().find(outcome.caseId);
    QCOMPARE(c.reference, u"HCPC 2026-04-14 final"_s);
    QCOMPARE(c.title, u"Paramedic: record keeping — suspension, 12 months"_s);
    // The registration number is on the case's anonymisation list from the start.
    const QList<AnonymisationEntry> listed = m_library->anonymisation().forCase(c.id);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().original, u"PA90001"_s);
    QCOMPARE(listed.first().replacement, anonymisation::registrationNumberReplacement());
    QCOMPARE(listed.first().kind, AnonymisationEntry::Kind::Identifier);
    QVERIFY(listed.first().confirmed);
    QCOMPARE(c.regulator, Regulator::Hcpc);
    QCOMPARE(c.profession, u"Paramedic"_s);
    QCOMPARE(c.hearingDate, QDate(2026, 4, 14));
    // Findings and the sanction are suggestions only.
    QCOMPARE(c.impairment, ImpairmentFinding::NotDetermined);
    QVERIFY(m_library->sanctions().history(c.id).isEmpty());

    const Document d = *m_library->documents().find(outcome.document);
    QCOMPARE(d.caseId, c.id);
    QCOMPARE(d.sourceFileName, fileName);
    QCOMPARE(d.contentHash, sha256(bytes));
    QVERIFY(d.text.contains(u"impose a Suspension Order"_s));
    QVERIFY(!d.text.contains(u"tracking"_s));

    OutlineRepository &outlines = m_library->outlines();
    const Outline outline = outlines.outline(d.id);
    QVERIFY(outline.hasStage(DecisionStage::Sanction));
    QCOMPARE(outlines.source(d.id)->format, format);
    QVERIFY(outlines.checkImported().isEmpty());

    const QList<StoredSuggestion> stored = m_library->importSuggestions().forCase(c.id);
    QCOMPARE(stored, m_library->importSuggestions().forDocument(d.id));
    bool sawSanction = false;
    for (const StoredSuggestion &s : stored) {
        if (s.field == SuggestionField::Sanction) {
            sawSanction = true;
            QCOMPARE(s.value, u"suspension"_s);
            QCOMPARE(s.durationMonths, std::optional<int>(12));
            QVERIFY(s.end > s.start);
            QVERIFY(s.end <= d.text.size());
        }
    }
    QVERIFY(sawSanction);
    QVERIFY(outcome.suggestions.sanction);
    QVERIFY(m_library->check().ok());
}

void TestImportService::importsIntoExistingCaseWithoutOverwriting()
{
    Case reviewer;
    reviewer.reference = u"MY-OWN-REF"_s;
    reviewer.regulator = Regulator::SocialWorkEngland;
    reviewer.profession = u"Social worker"_s;
    reviewer.hearingDate = QDate(2025, 1, 2);
    reviewer.impairment = ImpairmentFinding::NotImpaired;
    reviewer.notes = u"Entered by the reviewer."_s;
    const Case before = m_library->cases().add(reviewer);

    const QString path = test::writeText(m_folder->path(u"d.txt"_s), test::decisionText(2));
    const ImportOutcome outcome
        = ImportService(*m_library).importFile(path, ImportTarget::intoCase(before.id));
    QVERIFY2(outcome.status == ImportStatus::Imported, qPrintable(outcome.message));
    QVERIFY(!outcome.caseCreated);
    QCOMPARE(outcome.caseId, before.id);
    QCOMPARE(outcome.caseReference, u"MY-OWN-REF"_s);
    QCOMPARE(*m_library->cases().find(before.id), before); // not a field touched
    QCOMPARE(m_library->cases().count(), 1);
    QCOMPARE(m_library->documents().forCase(before.id).size(), 1);
    // The disagreeing suggestions are kept for the reviewer.
    const auto stored = m_library->importSuggestions().forCase(before.id);
    bool sawRegulator = false;
    for (const StoredSuggestion &s : stored) {
        if (s.field == SuggestionField::Regulator) {
            sawRegulator = true;
            QCOMPARE(s.value, u"hcpc"_s);
            QCOMPARE(s.status, SuggestionStatus::Pending);
        }
    }
    QVERIFY(sawRegulator);
}

void TestImportService::newCaseReferenceFromFileNameAndUnique()
{
    // No reference in the text: the file name gives it; a taken reference gets a suffix.
    const QString plain = u"Some notes about a hearing with no reference in them.\n"_s;
    Case taken;
    taken.reference = u"notes"_s;
    m_library->cases().add(taken);
    const QString path = test::writeText(m_folder->path(u"notes.txt"_s), plain);
    const ImportOutcome outcome
        = ImportService(*m_library).importFile(path, ImportTarget::newCase());
    QVERIFY2(outcome.status == ImportStatus::Imported, qPrintable(outcome.message));
    QCOMPARE(outcome.caseReference, u"notes (2)"_s);
}

void TestImportService::newCaseReferenceIsTheCaseNumber()
{
    // A stated case number is the reference; a taken one gets a suffix.
    const QString text = test::decisionText(6).replace(
        u"Profession: Paramedic"_s, u"Case reference: HC-2026-0457\n\nProfession: Paramedic"_s);
    ImportService service(*m_library);
    const QString first = test::writeText(m_folder->path(u"PA90006.txt"_s), text);
    const ImportOutcome a = service.importFile(first, ImportTarget::newCase());
    QVERIFY2(a.status == ImportStatus::Imported, qPrintable(a.message));
    QCOMPARE(a.caseReference, u"HC-2026-0457"_s);
    // Another decision in the same case (a later hearing), not a copy of the first.
    const QString second = test::writeText(m_folder->path(u"other.txt"_s),
                                           QString(text)
                                               .replace(u"14 April 2026"_s, u"14 April 2027"_s)
                                               .replace(u"June 2025"_s, u"June 2026"_s));
    QCOMPARE(service.importFile(second, ImportTarget::newCase()).caseReference,
             u"HC-2026-0457 (2)"_s);

    // Nothing identifies the case: the file's name, unless it holds the registration number.
    MetadataSuggestions m;
    m.registrationNumber = Suggestion<QString>{u"PA90006"_s, 0, 7};
    QCOMPARE(ImportService::suggestedReference(m, m_folder->path(u"PA90006.txt"_s)), u"Imported"_s);
    QCOMPARE(ImportService::suggestedReference(m, m_folder->path(u"hearing notes.txt"_s)),
             u"hearing notes"_s);
    m.regulator = Suggestion<Regulator>{Regulator::Nmc, 0, 3};
    QCOMPARE(ImportService::suggestedReference(m, m_folder->path(u"x.txt"_s)), u"NMC"_s);
    m.hearingType = Suggestion<HearingType>{HearingType::Review, 0, 1};
    m.hearingDate = Suggestion<QDate>{QDate(2025, 3, 12), 0, 1};
    m.decisionDate = Suggestion<QDate>{QDate(2025, 3, 14), 0, 1};
    QCOMPARE(ImportService::suggestedReference(m, m_folder->path(u"x.txt"_s)),
             u"NMC 2025-03-14 review"_s);
}

void TestImportService::newCaseTitleNeverAPlaceholder_data()
{
    QTest::addColumn<QString>("documentTitle");
    QTest::addColumn<QString>("expected");
    QTest::newRow("anonymous") << u"(anonymous)"_s << QString();
    QTest::newRow("word") << u"Microsoft Word - decision final v2.docx"_s << QString();
    QTest::newRow("untitled") << u"Untitled"_s << QString();
    QTest::newRow("file name") << u"hearing-0457"_s << QString();
    QTest::newRow("file name with extension") << u"hearing-0457.pdf"_s << QString();
    QTest::newRow("real title") << u"Substantive hearing decision"_s
                                << u"Substantive hearing decision"_s;
}

void TestImportService::newCaseTitleNeverAPlaceholder()
{
    QFETCH(QString, documentTitle);
    QFETCH(QString, expected);
    const QString path = m_folder->path(u"hearing-0457.pdf"_s);
    MetadataSuggestions m;
    QCOMPARE(ImportService::suggestedTitle(m, documentTitle, path), expected);
    // A composed title wins over any document title.
    m.title = Suggestion<QString>{u"Nurse: theft — striking-off"_s, 0, 5};
    QCOMPARE(ImportService::suggestedTitle(m, documentTitle, path),
             u"Nurse: theft — striking-off"_s);
}

void TestImportService::registrationNumberListedOnceInExistingCase()
{
    Case reviewer;
    reviewer.reference = u"MY-OWN-REF"_s;
    const Case owner = m_library->cases().add(reviewer);
    AnonymisationRepository &list = m_library->anonymisation();
    AnonymisationEntry other;
    other.original = u"Riverside Ward"_s;
    other.replacement = u"the Ward"_s;
    other.kind = AnonymisationEntry::Kind::Place;
    list.add(owner.id, other);

    ImportService service(*m_library);
    const QString a = test::writeText(m_folder->path(u"a.txt"_s), test::decisionText(7));
    QCOMPARE(service.importFile(a, ImportTarget::intoCase(owner.id)).status,
             ImportStatus::Imported);
    // The same registrant's second decision: the number is listed already.
    const QString b = test::writeText(m_folder->path(u"b.txt"_s),
                                      test::decisionText(7)
                                          .replace(u"14 April 2026"_s, u"14 April 2027"_s)
                                          .replace(u"June 2025"_s, u"May 2026"_s));
    QCOMPARE(service.importFile(b, ImportTarget::intoCase(owner.id)).status,
             ImportStatus::Imported);
    const QList<AnonymisationEntry> entries = list.forCase(owner.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).original, u"Riverside Ward"_s);
    QCOMPARE(entries.at(1).original, u"PA90007"_s);
    QCOMPARE(entries.at(1).kind, AnonymisationEntry::Kind::Identifier);
    QCOMPARE(m_library->cases().find(owner.id)->reference, u"MY-OWN-REF"_s);
}

void TestImportService::duplicateIsSkipped()
{
    const QString first = test::writeText(m_folder->path(u"a.txt"_s), test::decisionText(3));
    const QString copy = test::writeText(m_folder->path(u"copy/a-again.txt"_s),
                                         test::decisionText(3));
    ImportService service(*m_library);
    const ImportOutcome a = service.importFile(first, ImportTarget::newCase());
    QCOMPARE(a.status, ImportStatus::Imported);
    const QList<int> before = rowCounts(*m_library);
    const ImportOutcome b = service.importFile(copy, ImportTarget::newCase());
    QCOMPARE(b.status, ImportStatus::Duplicate);
    QCOMPARE(b.document, a.document);
    QCOMPARE(b.caseReference, a.caseReference);
    QVERIFY2(b.message.contains(u"a-again.txt"_s) && b.message.contains(a.caseReference),
             qPrintable(b.message));
    QCOMPARE(rowCounts(*m_library), before);
}

void TestImportService::unreadableFileFails_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QByteArray random(4096, '\0');
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = static_cast<char>((i * 7919 + 13) % 251);
    QTest::newRow("random bytes as pdf") << u"bad.pdf"_s << random;
    QTest::newRow("truncated pdf") << u"cut.pdf"_s << QByteArray("%PDF-1.7\n1 0 obj\n<<");
    QTest::newRow("unknown extension") << u"thing.xyz"_s << random;
    QTest::newRow("empty text") << u"empty.txt"_s << QByteArray();
    QTest::newRow("missing") << u"missing.txt"_s << QByteArray("-");
}

void TestImportService::unreadableFileFails()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QString path = m_folder->path(fileName);
    if (bytes != "-")
        test::writeFile(path, bytes);
    const QList<int> before = rowCounts(*m_library);
    const ImportOutcome outcome
        = ImportService(*m_library).importFile(path, ImportTarget::newCase());
    QCOMPARE(outcome.status, ImportStatus::Failed);
    QVERIFY2(outcome.message.contains(fileName), qPrintable(outcome.message));
    QVERIFY(outcome.message.endsWith(u'.'));
    QCOMPARE(rowCounts(*m_library), before);
    if (bytes != "-")
        QCOMPARE(test::writeFile(path, bytes), path); // still writable: not held open
}

void TestImportService::failureMidTransactionLeavesNothing()
{
    // The case and document rows are written before the suggestions; make the last write fail.
    databaseOf(*m_library).exec(uR"(CREATE TRIGGER refuse_suggestions BEFORE INSERT ON
        import_suggestions BEGIN SELECT RAISE(ABORT, 'refused by the test'); END)"_s);
    const QList<int> before = rowCounts(*m_library);
    const QString path = test::writeText(m_folder->path(u"d.txt"_s), test::decisionText(4));
    const ImportOutcome outcome
        = ImportService(*m_library).importFile(path, ImportTarget::newCase());
    QCOMPARE(outcome.status, ImportStatus::Failed);
    QVERIFY2(outcome.message.startsWith(u"d.txt was not imported"_s), qPrintable(outcome.message));
    QCOMPARE(rowCounts(*m_library), before);
    QCOMPARE(databaseOf(*m_library).transactionDepth(), 0);
    databaseOf(*m_library).exec(u"DROP TRIGGER refuse_suggestions"_s);
    // And the same file imports afterwards: nothing half-written marks it as a duplicate.
    QCOMPARE(ImportService(*m_library).importFile(path, ImportTarget::newCase()).status,
             ImportStatus::Imported);
}

void TestImportService::vanishedTargetCaseFails()
{
    const QList<int> before = rowCounts(*m_library);
    const QString path = test::writeText(m_folder->path(u"d.txt"_s), test::decisionText(5));
    const ImportOutcome outcome
        = ImportService(*m_library).importFile(path, ImportTarget::intoCase(CaseId(77)));
    QCOMPARE(outcome.status, ImportStatus::Failed);
    QVERIFY(outcome.message.contains(u"no longer exists"_s));
    QCOMPARE(rowCounts(*m_library), before);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
