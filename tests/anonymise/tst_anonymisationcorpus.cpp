// SPDX-License-Identifier: GPL-3.0-or-later
// The anonymisation corpus (issue 12, part 4): a case whose texts hide its people's names in
// every way the issue lists — soft hyphens and zero-width characters inside a name, a name
// hyphenated across a line break, initials with the surname, capitals, a possessive, the PIN —
// exported anonymised in every format, each file re-extracted here as a reader would (Poppler
// for the PDF, the decoded page for HTML, every field of the CSV files and strings of the JSON,
// every member of the QDPX package) and searched after normalisation. Plus a precedent with its
// own registrant, reviewers' names, a source file name and import warnings, the verifier's
// refusal and the refusal of a case whose list is empty. Every name here is invented.

#include "bundles/pdftext.h"

#include "export/anonymisationlist.h"
#include "export/anonymisationverifier.h"
#include "export/anonymiser.h"
#include "export/bundlebuilder.h"
#include "export/bundlecontent.h"
#include "export/casejsonexport.h"
#include "export/csvexport.h"
#include "export/exportedcase.h"
#include "export/qdpxexporter.h"
#include "import/metadataextractor.h"
#include "import/outlinedetector.h"
#include "model/libraryerror.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "testlibrary.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

/// The text as a reader's search would see it, written independently of the code under test:
/// NFKC, invisible format characters dropped, words broken by a hyphen at a line end joined,
/// case folded.
QString readerText(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    QString out;
    for (const QChar c : std::as_const(s)) {
        if (c.category() != QChar::Other_Format)
            out += c;
    }
    static const QRegularExpression broken(u"(\\p{L})[-\\x{2010}]\\s*\\n\\s*(\\p{L})"_s);
    out.replace(broken, u"\\1\\2"_s);
    return out.toCaseFolded().simplified();
}

/// Every name a line of the corpus hides, in a reader's spelling.
const QStringList forbiddenWords{
    u"tamsin"_s,     u"ferraby"_s, u"oswin"_s,   u"blackthorne"_s, u"07b1234c"_s,      u"corvin"_s,
    u"pellingham"_s, u"imogen"_s,  u"smalley"_s, u"t. ferraby"_s,  u"o. blackthorne"_s};

QString firstForbidden(const QString &extracted)
{
    const QString text = readerText(extracted);
    for (const QString &word : forbiddenWords) {
        const QRegularExpression re(u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(word)
                                    + u"(?![\\p{L}\\p{N}])"_s);
        if (re.match(text).hasMatch())
            return word;
    }
    return {};
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void collectStrings(const QJsonValue &v, QStringList &out)
{
    if (v.isString())
        out.append(v.toString());
    else if (v.isArray())
        for (const QJsonValue &item : v.toArray())
            collectStrings(item, out);
    else if (v.isObject())
        for (const QJsonValue &item : v.toObject())
            collectStrings(item, out);
}

/// Every member of a zip package, name and content, as text.
QString zipText(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    QString all;
    for (const QString &member : zip.getFileNameList()) {
        all += member + u'\n';
        zip.setCurrentFile(member);
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(file.readAll()) + u'\n';
    }
    return all;
}

AnonymisationEntry entry(const QString &original, const QString &replacement,
                         AnonymisationEntry::Kind kind)
{
    AnonymisationEntry e;
    e.original = original;
    e.replacement = replacement;
    e.kind = kind;
    e.confirmed = true;
    return e;
}

/// The variants of the corpus, one paragraph each.
const QStringList variants{
    u"Tamsin Ferraby attended the hearing."_s,                     // plain
    u"The panel heard from Fer\u00ADraby on the second day."_s,    // soft hyphen
    u"Tam\u200Bsin Fer\u200Craby gave evidence."_s,                // zero-width space, ZWNJ
    u"Ferr\u2060aby and \uFEFFFerraby were both recorded."_s,      // word joiner, BOM
    u"The witness statement of Fer-\nraby was read."_s,            // line-break hyphenation
    u"Oswin Black-\nthorne was the service user."_s,               // a listed name broken
    u"The rota was signed by T. Ferraby and Ms T. Ferraby."_s,     // initial and surname
    u"O. Blackthorne and O Blackthorne were interviewed."_s,       // a listed person's initials
    u"TAMSIN FERRABY appeared in person."_s,                       // capitals
    u"Ferraby's account was consistent."_s,                        // possessive
    u"Her PIN is 07B1234C and was also written 07B12\u200B34C."_s, // the PIN, once hidden
    u"Oswin Blackthorne's family complained."_s,                   // a listed name
};

} // namespace

class TestAnonymisationCorpus : public QObject
{
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Library> m_library;
    CaseId m_subject;
    CaseId m_precedent;
    CaseId m_unlisted;

    FactorId factor(const QString &key)
    {
        const auto f = m_library->codebook().findByKey(key);
        return f ? f->id : FactorId();
    }

    CaseId addCase(const QString &reference, const QString &title, const QString &registrant,
                   const QString &text, const QString &sourceFile)
    {
        Case c;
        c.reference = reference;
        c.title = title;
        c.regulator = Regulator::Nmc;
        c.profession = u"Nurse"_s;
        c.registrant = registrant;
        c.grounds = {StatutoryGround::Misconduct};
        c.decisionDate = QDate(2025, 2, 3);
        c.notes = u"Oswin Blackthorne's daughter wrote to T. Ferraby."_s;
        c = m_library->cases().add(c);
        Sanction s;
        s.caseId = c.id;
        s.type = SanctionType::Suspension;
        s.durationMonths = 6;
        s.decidedOn = c.decisionDate;
        m_library->sanctions().add(s);
        Document d;
        d.caseId = c.id;
        d.title = title + u" decision"_s;
        d.text = text;
        d.sourceFileName = sourceFile;
        d = m_library->documents().add(d);
        DocumentSource source;
        source.format = DocumentFormat::Pdf;
        source.textHash = Document::hashOfText(text);
        source.warnings = {u"Page 2 of %1 has no text layer."_s.arg(sourceFile)};
        m_library->outlines().save(d.id, OutlineDetector::detect(text, {}), {}, source);
        // Every paragraph tagged, alternately as dishonesty and insight.
        const QStringList paragraphs = text.split(u"\n\n"_s);
        qsizetype at = 0;
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            const QString &p = paragraphs.at(i);
            const int start = int(text.indexOf(p, at));
            at = start + p.size();
            if (p.trimmed().isEmpty())
                continue;
            Passage passage = Passage::fromSpan(text, d.id,
                                                factor(i % 2 ? u"insight"_s : u"dishonesty"_s),
                                                start, start + int(p.size()));
            passage.note = u"Ask T. Ferraby about this."_s;
            passage.author = u"Imogen Smalley"_s;
            m_library->passages().add(passage);
        }
        return c.id;
    }

    [[nodiscard]] BundleBuilder bundle(CaseId id) const
    {
        BundleOptions options = BundleOptions::aideMemoire();
        options.anonymise = true;
        BundleContent content = BundleContent::load(*m_library, id, options);
        return BundleBuilder(std::move(content), options, Anonymiser::forCase(*m_library, id));
    }

    /// Writes the case in `format` anonymised, as the CLI and the export dialogs do.
    void exportAs(CaseId id, const QString &format, const QString &path)
    {
        if (format == u"pdf"_s) {
            bundle(id).writePdf(path);
        } else if (format == u"html"_s) {
            bundle(id).writeHtml(path);
        } else if (format == u"json"_s || format == u"csv"_s) {
            const AnonymisationVerifier verifier = AnonymisationVerifier::forCase(*m_library, id);
            const Anonymiser anonymiser = Anonymiser::forCase(*m_library, id);
            const ExportedCase data = ExportedCase::load(*m_library, id).anonymised(anonymiser);
            VerifiedExport out(&verifier, u"anonymised file"_s);
            auto write = [](const QString &target, const QByteArray &bytes) {
                QFile f(target);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(bytes);
            };
            if (format == u"json"_s) {
                write(out.stage(path), casejsonexport::toBytes(data, true));
            } else {
                write(out.stage(path), csvexport::passagesTable(data));
                const auto summary = m_library->cases().summary(id);
                write(out.stage(path + u"-case.csv"_s),
                      csvexport::casesTable({csvexport::anonymised(*summary, anonymiser)}));
            }
            out.publish();
        } else {
            QdpxExportOptions options;
            options.anonymise = true;
            options.anonymiser = Anonymiser::forCase(*m_library, id);
            options.reviewer = u"Imogen Smalley"_s;
            QdpxExporter::write(*m_library, id, path, options);
        }
    }

    /// The file's text as a reader gets it.
    static QString extracted(const QString &format, const QString &path)
    {
        if (format == u"pdf"_s) {
            const test::PdfContents pdf = test::readPdf(path);
            if (!pdf.loaded)
                return u"(unreadable PDF)"_s;
            return pdf.text + u'\n' + pdf.info.join(u'\n');
        }
        if (format == u"qdpx"_s)
            return zipText(path);
        const QString text = QString::fromUtf8(fileBytes(path));
        if (format == u"json"_s) {
            QStringList strings;
            collectStrings(QJsonDocument::fromJson(fileBytes(path)).object(), strings);
            return strings.join(u'\n');
        }
        if (format == u"csv"_s)
            return text + u'\n' + QString::fromUtf8(fileBytes(path + u"-case.csv"_s));
        // HTML: the markup with entities decoded, and with the tags taken out.
        QString stripped = text;
        stripped.replace(QRegularExpression(u"<[^>]*>"_s), QString());
        return text + u'\n' + stripped.replace(u"&amp;"_s, u"&"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = Library::create(m_folder.path(u"corpus.casebench"_s));
        databaseOf(*m_library).setAuthor(u"Imogen Smalley"_s);
        m_subject = addCase(u"ANC-001"_s, u"Ferraby"_s, u"Tamsin Ferraby"_s,
                            variants.join(u"\n\n"_s), u"tamsin_ferraby_decision.pdf"_s);
        AnonymisationRepository &lists = m_library->anonymisation();
        using Kind = AnonymisationEntry::Kind;
        lists.add(m_subject, entry(u"Oswin Blackthorne"_s, u"Service User A"_s, Kind::ServiceUser));
        lists.add(m_subject, entry(u"07B1234C"_s, u"[identifier]"_s, Kind::Identifier));
        // A precedent with its own registrant, tagged like the subject so that it is ranked.
        m_precedent = addCase(u"ANC-002"_s, u"Pellingham"_s, u"Corvin Pellingham"_s,
                              u"Corvin Pellingham was dishonest.\n\nPellingham showed insight."_s,
                              u"pellingham.pdf"_s);
        // A case with no registrant and nothing on its list.
        m_unlisted = addCase(u"ANC-003"_s, u"Unlisted"_s, QString(),
                             u"The panel met.\n\nNothing else."_s, u"unlisted.pdf"_s);
    }

    void normaliser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("soft hyphen") << u"Fer\u00ADraby"_s << u"ferraby"_s;
        QTest::newRow("zero width")
            << u"Tam\u200Bsin\u200C \u200DFer\u2060raby\uFEFF"_s << u"tamsin ferraby"_s;
        QTest::newRow("line break") << u"Fer-\nraby"_s << u"ferraby"_s;
        QTest::newRow("hyphen space") << u"Fer- raby"_s << u"ferraby"_s;
        QTest::newRow("word hyphen") << u"Fenwick-Tate"_s << u"fenwicktate"_s;
        QTest::newRow("dash kept") << u"Smith - Jones"_s << u"smith - jones"_s;
        QTest::newRow("full width") << u"ＦＥＲＲＡＢＹ"_s << u"ferraby"_s;
        QTest::newRow("ligature") << u"Gri\uFB03n"_s << u"griffin"_s;
        QTest::newRow("spaces") << u"  Tamsin \t\n Ferraby "_s << u"tamsin ferraby"_s;
        QTest::newRow("apostrophe") << u"Ferraby’s"_s << u"ferraby's"_s;
    }

    void normaliser()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(anonymisationtext::normalised(text), expected);
    }

    void anonymiserReplacesHiddenNames()
    {
        const Anonymiser anonymiser = Anonymiser::forCase(*m_library, m_subject);
        for (const QString &variant : variants) {
            const QString out = anonymiser.apply(variant);
            QVERIFY2(firstForbidden(out).isEmpty(), qPrintable(variant + u" → "_s + out));
        }
        QCOMPARE(anonymiser.apply(u"Ms T. Ferraby signed."_s), u"The Registrant signed."_s);
        QCOMPARE(anonymiser.apply(u"O. Blackthorne"_s), u"Service User A"_s);
        // A lower-case letter is no initial.
        QCOMPARE(anonymiser.apply(u"a Ferraby"_s), u"a the Registrant"_s);
    }

    void everyFormatNamesNoOne_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"pdf", "html", "csv", "json", "qdpx"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void everyFormatNamesNoOne()
    {
        QFETCH(QString, format);
        const QString path = m_folder.path(u"anonymised."_s + format);
        QElapsedTimer timer;
        timer.start();
        exportAs(m_subject, format, path);
        const qint64 ms = timer.elapsed();
        QVERIFY(QFile::exists(path));
        // The check alone, again, on the published file: it passes and its cost is reported.
        timer.restart();
        const AnonymisationVerifier verifier = AnonymisationVerifier::forCase(*m_library,
                                                                              m_subject);
        QVERIFY(!verifier.checkFile(path, AnonymisationVerifier::formatOf(path)).has_value());
        qInfo("%s: %lld bytes exported and verified in %lld ms (the check alone %lld ms)",
              qPrintable(format), QFileInfo(path).size(), ms, timer.elapsed());
        const QString text = extracted(format, path);
        QVERIFY2(text.size() > 200, qPrintable(text));
        const QString found = firstForbidden(text);
        QVERIFY2(found.isEmpty(), qPrintable(format + u": “"_s + found + u"” survives"_s));
        // The raw bytes as well, for what a parser would hide.
        QVERIFY(!fileBytes(path).contains("Ferraby"));
        QVERIFY(!fileBytes(path).contains("Smalley"));
        // Nothing unverified is left beside it.
        const QStringList left = QDir(m_folder.path(QString()))
                                     .entryList({u".*unverified*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    }

    void bundlePrintsThePrecedentAnonymised()
    {
        const BundleBuilder builder = bundle(m_subject);
        const QList<BundlePrecedent> chosen = builder.content().chosenPrecedents(builder.options());
        const bool listed = std::any_of(
            chosen.cbegin(), chosen.cend(),
            [&](const BundlePrecedent &p) { return p.match.precedent.id == m_precedent; });
        QVERIFY(listed);
        const QString html = builder.html().value_or(QString());
        QVERIFY(html.contains(u"id=\"precedents\""_s));
        QVERIFY(!html.contains(u"Pellingham"_s));
        QVERIFY(!html.contains(u"Corvin"_s));
        // The precedent without a list is not named at all.
        QVERIFY(html.contains(u"anonymisation list is empty"_s) || !html.contains(u"ANC-003"_s));
    }

    void jsonDropsReviewersFilesAndWarnings()
    {
        const QString path = m_folder.path(u"reviewers.json"_s);
        exportAs(m_subject, u"json"_s, path);
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!bytes.contains("Imogen"));
        QVERIFY(!bytes.contains("tamsin_ferraby"));
        QVERIFY(!bytes.contains("has no text layer"));
        QVERIFY(bytes.contains("Reviewer 1"));
    }

    void qdpxGuidsAreNotDerivedFromTheReference()
    {
        const QString a = m_folder.path(u"a.qdpx"_s);
        const QString b = m_folder.path(u"b.qdpx"_s);
        exportAs(m_subject, u"qdpx"_s, a);
        exportAs(m_subject, u"qdpx"_s, b);
        static const QRegularExpression caseGuid(u"<Case\\b[^>]*\\bguid=\"([^\"]+)\""_s);
        const QString ga = caseGuid.match(zipText(a)).captured(1);
        const QString gb = caseGuid.match(zipText(b)).captured(1);
        QVERIFY(!ga.isEmpty());
        QVERIFY(ga != gb);
        QVERIFY(zipText(a).contains(u"Reviewer 1"_s));
    }

    void verifierRefusesAndSaysWhere()
    {
        AnonymisationVerifier verifier;
        verifier.forbid(
            {entry(u"Tamsin Ferraby"_s, u"the Registrant"_s, AnonymisationEntry::Kind::Registrant)},
            u"Tamsin Ferraby"_s);
        // Full-width letters are not matched by the anonymiser, but a reader finds them.
        const QString path = m_folder.path(u"leak.html"_s);
        VerifiedExport out(&verifier, u"anonymised bundle"_s);
        {
            QFile f(out.stage(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"<html><body><p>First.</p><p>Seen by ＦＥＲＲＡＢＹ.</p></body></html>"_s
                        .toUtf8());
        }
        try {
            out.publish();
            QFAIL("a surviving name was published");
        } catch (const LibraryError &e) {
            QVERIFY2(e.message().contains(u"“Ferraby” still appears"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"leak.html"_s), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_folder.path(QString()))
                    .entryList({u".leak.html*"_s}, QDir::Files | QDir::Hidden)
                    .isEmpty());

        QCOMPARE(verifier.findIn(u"row of J. Bloggs"_s, u"x"_s).has_value(), false);
        QCOMPARE(verifier.findIn(u"by T. Ferraby"_s, u"x"_s)->name, u"T. Ferraby"_s);
        QVERIFY(verifier.findIn(u"PIN 09C7654D"_s, u"x"_s).has_value());
        // A number in groups is named whole, not by its first group.
        QCOMPARE(verifier.findIn(u"Registration number: 01-23456"_s, u"x"_s)->name, u"01-23456"_s);
        QVERIFY(verifier.findIn(u"Ferr-\n  aby"_s, u"x"_s).has_value());
        QVERIFY(!verifier.findIn(u"Ferrabyson"_s, u"x"_s).has_value());
    }

    void pdfLeakNamesThePage()
    {
        // A bundle whose list misses a name the verifier knows: refused, naming the page.
        AnonymisationVerifier verifier = AnonymisationVerifier::forCase(*m_library, m_subject);
        verifier.forbidName(u"Service User A"_s);
        const QString path = m_folder.path(u"leak.pdf"_s);
        VerifiedExport out(&verifier, u"anonymised bundle"_s);
        bundle(m_subject).writePdf(out.stage(path));
        try {
            out.publish();
            QFAIL("a surviving name was published");
        } catch (const LibraryError &e) {
            QVERIFY2(e.message().contains(u"on page "_s), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(path));
    }

    void emptyListIsRefused_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"pdf", "html", "csv", "json", "qdpx"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void emptyListIsRefused()
    {
        QFETCH(QString, format);
        const QString path = m_folder.path(u"unlisted."_s + format);
        try {
            exportAs(m_unlisted, format, path);
            QFAIL("an export with an empty anonymisation list was written");
        } catch (const LibraryError &e) {
            QVERIFY2(e.message().contains(u"anonymisation list is empty"_s),
                     qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(path));
    }

    void importSuggestsTheRegistrant()
    {
        const QString text = u"Nursing and Midwifery Council\nFitness to Practise Committee\n\n"
                             "Substantive Hearing\n\nName of Registrant: Ms Tamsin Ferraby\n"
                             "NMC PIN: 07B1234C\nPart(s) of the register: Registered Nurse\n"
                             "Hearing date: 3 February 2025\n\n"
                             "1. The panel heard the case of Ms Ferraby.\n"_s;
        const MetadataSuggestions m = MetadataExtractor::extract(text);
        QVERIFY(m.registrant.has_value());
        QCOMPARE(m.registrant->value, u"Ms Tamsin Ferraby"_s);
        // And with it the list starts with their names.
        Case c;
        c.registrant = m.registrant->value;
        const Anonymiser anonymiser(anonymisation::effectiveList(c, {}));
        QCOMPARE(anonymiser.apply(u"Ferraby and Tamsin"_s), u"The Registrant and the Registrant"_s);
    }
};

} // namespace casebench

// The PDF is laid out with Qt Gui's fonts: QTEST_MAIN for a QGuiApplication (offscreen).
QTEST_MAIN(casebench::TestAnonymisationCorpus)
#include "tst_anonymisationcorpus.moc"
