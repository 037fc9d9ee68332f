// SPDX-License-Identifier: GPL-3.0-or-later
#include "testlibrary.h"

#include "commands/importcasecommand.h"
#include "commands/librarysession.h"
#include "export/anonymiser.h"
#include "export/casejsonexport.h"
#include "export/casejsonreader.h"
#include "export/exportedcase.h"
#include "import/outlinedetector.h"
#include "model/libraryerror.h"
#include "services/casejsonimporter.h"
#include "services/demolibrary.h"
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

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

/// The JSON with what differs between libraries taken out: row ids (and the targets naming
/// them), the case's modification time and the generator.
QJsonValue withoutIds(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutIds(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    o.remove(u"id"_s);
    o.remove(u"source"_s); // annotation targets: the document's id
    o.remove(u"generator"_s);
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = withoutIds(it.value());
    return o;
}

QJsonObject exportCase(Library &library, const QString &reference,
                       const Anonymiser &anonymiser = {})
{
    const auto c = library.cases().findByReference(reference);
    if (!c)
        return {};
    const QByteArray bytes = casejsonexport::toBytes(
        ExportedCase::load(library, c->id).anonymised(anonymiser), !anonymiser.isEmpty());
    return QJsonDocument::fromJson(bytes).object();
}

struct Counts
{
    int cases, sanctions, documents, factors, passages;
    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts counts(Library &library)
{
    const Library::CheckReport r = library.check();
    return {r.cases, r.sanctions, r.documents, r.factors, r.passages};
}

/// Gives a demo document an outline, two pages and a source record, as an import would.
void addOutline(Library &library, const QString &reference)
{
    const Case c = *library.cases().findByReference(reference);
    const Document d = library.documents().forCase(c.id).constFirst();
    const QList<int> pages{0, static_cast<int>(d.text.size() / 2)};
    const Outline outline = OutlineDetector::detect(d.text, pages);
    DocumentSource source;
    source.format = DocumentFormat::Pdf;
    source.textHash = Document::hashOfText(d.text);
    source.warnings = {u"A test warning."_s};
    library.outlines().save(d.id, outline, pages, source);
}

} // namespace

class TestCaseJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripEveryDemoCase();
    void outlineAndPagesRoundTrip();
    void annotationShape();
    void anonymisedKeepsPositions();
    void malformed_data();
    void malformed();
    void referenceTaken();
    void unknownFactorWritesNothing();
    void missingFactorsCreated();
    void placement();
    void undoRedo();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<Library> m_demo;
};

void TestCaseJson::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_demo = demolibrary::create(m_folder->path(u"demo.casebench"_s));
}

void TestCaseJson::cleanup()
{
    m_demo.reset();
    m_folder.reset();
}

void TestCaseJson::roundTripEveryDemoCase()
{
    auto target = Library::create(m_folder->path(u"target.casebench"_s));
    for (const Case &c : m_demo->cases().all()) {
        const QByteArray bytes = casejsonexport::toBytes(ExportedCase::load(*m_demo, c.id), false);
        const ParsedCase parsed = CaseJsonReader::parse(bytes, u"case.json"_s);
        const CaseJsonImportReport report = CaseJsonImporter::import(*target, parsed,
                                                                     u"case.json"_s);
        QCOMPARE(report.reference, c.reference);
        QCOMPARE(report.orphaned, 0);
        QCOMPARE(report.placedByQuote, 0);
        QCOMPARE(report.placedAtPosition, report.passages);

        // Exported again from the new library: the same document, ids and times of writing aside.
        QJsonObject before = exportCase(*m_demo, c.reference);
        QJsonObject after = exportCase(*target, c.reference);
        QJsonObject beforeCase = before.value(u"case"_s).toObject();
        QJsonObject afterCase = after.value(u"case"_s).toObject();
        beforeCase.remove(u"modified"_s);
        afterCase.remove(u"modified"_s);
        before.insert(u"case"_s, beforeCase);
        after.insert(u"case"_s, afterCase);
        QCOMPARE(withoutIds(after), withoutIds(before));

        // Every passage's quote is at its offsets.
        const Case stored = *target->cases().findByReference(c.reference);
        for (const Document &d : target->documents().forCase(stored.id)) {
            for (const Passage &p : target->passages().forDocument(d.id)) {
                QVERIFY(!p.orphaned);
                QCOMPARE(d.text.mid(p.start, p.end - p.start), p.quote);
            }
        }
    }
    QVERIFY2(target->check().ok(), qPrintable(target->check().problems.join(u' ')));
    QCOMPARE(target->cases().count(), m_demo->cases().count());
}

void TestCaseJson::outlineAndPagesRoundTrip()
{
    addOutline(*m_demo, u"DEMO-HCPC-001"_s);
    const Case c = *m_demo->cases().findByReference(u"DEMO-HCPC-001"_s);
    const Document d = m_demo->documents().forCase(c.id).constFirst();
    auto target = Library::create(m_folder->path(u"target.casebench"_s));
    const ParsedCase parsed = CaseJsonReader::parse(
        casejsonexport::toBytes(ExportedCase::load(*m_demo, c.id), false), u"case.json"_s);
    const CaseJsonImportReport report = CaseJsonImporter::import(*target, parsed, u"case.json"_s);
    const Document imported = target->documents().forCase(report.caseId).constFirst();
    OutlineRepository &from = m_demo->outlines();
    OutlineRepository &to = target->outlines();
    QVERIFY(!from.outline(d.id).paragraphs().isEmpty());
    QCOMPARE(to.outline(imported.id), from.outline(d.id));
    QCOMPARE(to.pageStarts(imported.id), from.pageStarts(d.id));
    QCOMPARE(to.source(imported.id), from.source(d.id));
    QVERIFY2(target->check().ok(), qPrintable(target->check().problems.join(u' ')));
}

void TestCaseJson::annotationShape()
{
    const QJsonObject root = exportCase(*m_demo, u"DEMO-GMC-001"_s);
    QCOMPARE(root.value(u"format"_s).toString(), u"casebench-case"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    const QJsonArray annotations = root.value(u"annotations"_s).toArray();
    QVERIFY(!annotations.isEmpty());
    QSet<QString> factorKeys;
    for (const QJsonValue &f : root.value(u"factors"_s).toArray()) {
        const QJsonObject o = f.toObject();
        QVERIFY(o.contains(u"label"_s) && o.contains(u"category"_s) && o.contains(u"polarity"_s)
                && o.contains(u"parent"_s));
        factorKeys.insert(o.value(u"key"_s).toString());
    }
    QHash<qint64, QString> texts;
    for (const QJsonValue &d : root.value(u"documents"_s).toArray())
        texts.insert(d.toObject().value(u"id"_s).toInteger(),
                     d.toObject().value(u"text"_s).toString());
    for (const QJsonValue &value : annotations) {
        const QJsonObject a = value.toObject();
        QCOMPARE(a.value(u"type"_s).toString(), u"Annotation"_s);
        const QJsonObject tagging = a.value(u"body"_s).toArray().at(0).toObject();
        QCOMPARE(tagging.value(u"type"_s).toString(), u"TextualBody"_s);
        QCOMPARE(tagging.value(u"purpose"_s).toString(), u"tagging"_s);
        QVERIFY(factorKeys.contains(tagging.value(u"value"_s).toString()));
        const QJsonObject target = a.value(u"target"_s).toObject();
        const QJsonArray selectors = target.value(u"selector"_s).toArray();
        const QJsonObject position = selectors.at(0).toObject();
        const QJsonObject quote = selectors.at(1).toObject();
        QCOMPARE(position.value(u"type"_s).toString(), u"TextPositionSelector"_s);
        QCOMPARE(quote.value(u"type"_s).toString(), u"TextQuoteSelector"_s);
        const QString text = texts.value(target.value(u"source"_s).toInteger());
        const int start = position.value(u"start"_s).toInt();
        const int end = position.value(u"end"_s).toInt();
        QCOMPARE(text.mid(start, end - start), quote.value(u"exact"_s).toString());
        QVERIFY(text.left(start).endsWith(quote.value(u"prefix"_s).toString()));
        QVERIFY(a.value(u"creator"_s).isObject());
        QVERIFY(!a.value(u"created"_s).toString().isEmpty());
    }
}

void TestCaseJson::anonymisedKeepsPositions()
{
    addOutline(*m_demo, u"DEMO-GMC-001"_s);
    QList<AnonymisationEntry> entries{
        {0, u"Adrian Kelland"_s, u"the Doctor"_s, AnonymisationEntry::Kind::Registrant, true},
        {0, u"Kelland"_s, u"Dr K"_s, AnonymisationEntry::Kind::Registrant, true},
        {0, u"intensive care"_s, u"a specialist unit"_s, AnonymisationEntry::Kind::Place, true},
    };
    const Anonymiser anonymiser(entries);
    const QJsonObject root = exportCase(*m_demo, u"DEMO-GMC-001"_s, anonymiser);
    const QString all = QString::fromUtf8(QJsonDocument(root).toJson());
    QVERIFY(!all.contains(u"Kelland"_s, Qt::CaseInsensitive));
    QVERIFY(!all.contains(u"intensive care"_s, Qt::CaseInsensitive));
    QVERIFY(all.contains(u"a specialist unit"_s));
    QVERIFY(root.value(u"anonymised"_s).toBool());

    QHash<qint64, QString> texts;
    for (const QJsonValue &d : root.value(u"documents"_s).toArray()) {
        const QJsonObject o = d.toObject();
        const QString text = o.value(u"text"_s).toString();
        texts.insert(o.value(u"id"_s).toInteger(), text);
        QCOMPARE(o.value(u"content_hash"_s).toString(), Document::hashOfText(text));
        for (const QJsonValue &p :
             o.value(u"outline"_s).toObject().value(u"paragraphs"_s).toArray()) {
            QVERIFY(p.toObject().value(u"end"_s).toInt() <= text.size());
            QVERIFY(p.toObject().value(u"start"_s).toInt() <= p.toObject().value(u"end"_s).toInt());
        }
    }
    int changed = 0;
    for (const QJsonValue &value : root.value(u"annotations"_s).toArray()) {
        const QJsonObject target = value.toObject().value(u"target"_s).toObject();
        const QString text = texts.value(target.value(u"source"_s).toInteger());
        const QJsonArray selectors = target.value(u"selector"_s).toArray();
        const int start = selectors.at(0).toObject().value(u"start"_s).toInt();
        const int end = selectors.at(0).toObject().value(u"end"_s).toInt();
        const QString exact = selectors.at(1).toObject().value(u"exact"_s).toString();
        QCOMPARE(text.mid(start, end - start), exact);
        if (exact.contains(u"a specialist unit"_s) || exact.contains(u"Dr K"_s)
            || exact.contains(u"the Doctor"_s))
            ++changed;
    }
    QVERIFY(changed > 0);

    // The anonymised file imports as it stands, every passage at its offsets.
    auto target = Library::create(m_folder->path(u"anonymised.casebench"_s));
    const ParsedCase parsed = CaseJsonReader::parse(QJsonDocument(root).toJson(),
                                                    u"anonymised.json"_s);
    QVERIFY(parsed.anonymised);
    const CaseJsonImportReport report = CaseJsonImporter::import(*target, parsed,
                                                                 u"anonymised.json"_s);
    QCOMPARE(report.placedAtPosition, report.passages);
    QVERIFY2(target->check().ok(), qPrintable(target->check().problems.join(u' ')));
}

void TestCaseJson::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"casebench-case\",\n  oops\n}")
                              << u"line 3"_s;
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"no JSON object"_s;
    QTest::newRow("other format") << QByteArray(R"({"format": "refi-qda", "version": 1})")
                                  << u"not a Casebench case file"_s;
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "casebench-case", "version": 7, "case": {"reference": "X"}})")
        << u"version 7"_s;
    QTest::newRow("no case") << QByteArray(R"({"format": "casebench-case", "version": 1})")
                             << u"case"_s;
    QTest::newRow("bad regulator") << QByteArray(
        R"({"format": "casebench-case", "version": 1, "case": {"reference": "X", "regulator": "mars"}})")
                                   << u"“regulator” has the unknown value “mars”"_s;
    QTest::newRow("bad date") << QByteArray(
        R"({"format": "casebench-case", "version": 1, "case": {"reference": "X", "hearing_date": "yesterday"}})")
                              << u"“hearing_date” is not a date"_s;
    QTest::newRow("text not string") << QByteArray(
        R"({"format": "casebench-case", "version": 1, "case": {"reference": "X"}, "documents": [{"id": 1, "text": 5}]})")
                                     << u"documents[0]: “text” must be a string"_s;
    QTest::newRow("dangling target")
        << QByteArray(
               R"({"format": "casebench-case", "version": 1, "case": {"reference": "X"}, "documents": [{"id": 1, "text": "abc"}],
        "annotations": [{"type": "Annotation", "body": [{"purpose": "tagging", "value": "insight"}], "target": {"source": 9, "selector": [{"type": "TextQuoteSelector", "exact": "b"}]}}]})")
        << u"annotations[0]: its target is not one of the file's documents"_s;
    QTest::newRow("negative offset") << QByteArray(
        R"({"format": "casebench-case", "version": 1, "case": {"reference": "X"}, "documents": [{"id": 1, "text": "abc"}],
        "annotations": [{"type": "Annotation", "body": [{"purpose": "tagging", "value": "insight"}], "target": {"source": 1, "selector": [{"type": "TextPositionSelector", "start": -1, "end": 2}, {"type": "TextQuoteSelector", "exact": "b"}]}}]})")
                                     << u"“start” is out of range"_s;
    // Found by fuzz_json: a number beyond qint64 was cast (undefined behaviour).
    QTest::newRow("offset beyond 64 bits") << QByteArray(
        R"({"format": "casebench-case", "version": 1, "case": {"reference": "X"}, "documents": [{"id": 1, "text": "abc"}],
        "annotations": [{"type": "Annotation", "body": [{"purpose": "tagging", "value": "insight"}], "target": {"source": 1, "selector": [{"type": "TextPositionSelector", "start": 36444444444444444444, "end": 2}, {"type": "TextQuoteSelector", "exact": "b"}]}}]})")
                                           << u"“start” must be a whole number"_s;
    QTest::newRow("document id 1e300") << QByteArray(
        R"({"format": "casebench-case", "version": 1, "case": {"reference": "X"}, "documents": [{"id": 1e300, "text": "abc"}]})")
                                       << u"“id” must be a whole number"_s;
    QTest::newRow("outline past text") << QByteArray(
        R"({"format": "casebench-case", "version": 1, "case": {"reference": "X"}, "documents": [{"id": 1, "text": "abc", "source": {"format": "pdf"}, "outline": {"paragraphs": [{"start": 0, "end": 40}]}}]})")
                                       << u"runs past the end of the text"_s;
}

void TestCaseJson::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Counts before = counts(*m_demo);
    try {
        const ParsedCase parsed = CaseJsonReader::parse(bytes, u"broken.json"_s);
        CaseJsonImporter::import(*m_demo, parsed, u"broken.json"_s);
        QFAIL("a malformed file was accepted");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"broken.json"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        QVERIFY2(e.message().endsWith(u'.'), qPrintable(e.message()));
    }
    QVERIFY(counts(*m_demo) == before);
}

void TestCaseJson::referenceTaken()
{
    const Case c = *m_demo->cases().findByReference(u"DEMO-NMC-002"_s);
    const ParsedCase parsed = CaseJsonReader::parse(
        casejsonexport::toBytes(ExportedCase::load(*m_demo, c.id), false), u"nmc.json"_s);
    const Counts before = counts(*m_demo);
    // The file's reference is taken: the case is stored under the unique one, with a warning.
    const CaseJsonImportReport renamed = CaseJsonImporter::import(*m_demo, parsed, u"nmc.json"_s);
    QCOMPARE(renamed.reference, u"DEMO-NMC-002 (2)"_s);
    QCOMPARE(renamed.warnings.size(), 1);
    QVERIFY2(renamed.warnings.constFirst().contains(u"“DEMO-NMC-002 (2)”"_s),
             qPrintable(renamed.warnings.constFirst()));
    QVERIFY(m_demo->cases().findByReference(u"DEMO-NMC-002 (2)"_s));
    // A reference asked for and free is used as it is.
    const CaseJsonImportReport report = CaseJsonImporter::import(*m_demo, parsed, u"nmc.json"_s,
                                                                 u"COPY-1"_s);
    QCOMPARE(report.reference, u"COPY-1"_s);
    QVERIFY(report.warnings.isEmpty());
    // Asked for again: the rule applies to it as well.
    QCOMPARE(CaseJsonImporter::import(*m_demo, parsed, u"nmc.json"_s, u"COPY-1"_s).reference,
             u"COPY-1 (2)"_s);
    const Counts afterCopy = counts(*m_demo);
    QCOMPARE(afterCopy.cases, before.cases + 3);
    QCOMPARE(afterCopy.passages, before.passages + 3 * report.passages);
    QCOMPARE(afterCopy.factors, before.factors);
}

void TestCaseJson::unknownFactorWritesNothing()
{
    const QByteArray bytes
        = R"({"format": "casebench-case", "version": 1, "case": {"reference": "NEW-1"},
        "sanctions": [{"sequence": 0, "type": "caution_order", "months": 12}],
        "documents": [{"id": 1, "text": "The registrant showed insight."}],
        "annotations": [{"type": "Annotation", "body": [{"purpose": "tagging", "value": "no_such_factor"}],
                         "target": {"source": 1, "selector": [{"type": "TextQuoteSelector", "exact": "insight"}]}}]})";
    const Counts before = counts(*m_demo);
    const ParsedCase parsed = CaseJsonReader::parse(bytes, u"unknown.json"_s);
    try {
        CaseJsonImporter::import(*m_demo, parsed, u"unknown.json"_s);
        QFAIL("an unknown factor was accepted");
    } catch (const LibraryError &e) {
        QVERIFY2(e.message().contains(u"no_such_factor"_s), qPrintable(e.message()));
    }
    QVERIFY(counts(*m_demo) == before);
    QVERIFY(!m_demo->cases().findByReference(u"NEW-1"_s));
}

void TestCaseJson::missingFactorsCreated()
{
    const QByteArray bytes
        = R"({"format": "casebench-case", "version": 1, "case": {"reference": "NEW-2"},
        "factors": [
            {"key": "test_child", "label": "Test child", "category": "mitigating", "polarity": "less_severe", "parent": "test_parent"},
            {"key": "test_parent", "label": "Test parent", "category": "mitigating", "polarity": "less_severe", "parent": null},
            {"key": "insight", "label": "Insight, as the file calls it", "category": "insight_remediation", "polarity": "less_severe"}
        ],
        "documents": [{"id": 4, "text": "The registrant showed insight and apologised."}],
        "annotations": [
            {"type": "Annotation", "body": [{"purpose": "tagging", "value": "test_child"}],
             "target": {"source": 4, "selector": [{"type": "TextPositionSelector", "start": 34, "end": 44}, {"type": "TextQuoteSelector", "exact": "apologised"}]}},
            {"type": "Annotation", "body": [{"purpose": "tagging", "value": "insight"}, {"purpose": "commenting", "value": "A note."}],
             "target": {"source": 4, "selector": [{"type": "TextQuoteSelector", "exact": "insight"}]}}
        ]})";
    const auto existingInsight = m_demo->codebook().findByKey(u"insight"_s);
    QVERIFY(existingInsight);
    const ParsedCase parsed = CaseJsonReader::parse(bytes, u"factors.json"_s);
    const CaseJsonImportReport report = CaseJsonImporter::import(*m_demo, parsed,
                                                                 u"factors.json"_s);
    QCOMPARE(report.createdFactors.size(), 2);
    const auto parent = m_demo->codebook().findByKey(u"test_parent"_s);
    const auto child = m_demo->codebook().findByKey(u"test_child"_s);
    QVERIFY(parent && child);
    QCOMPARE(child->parent, parent->id);
    QCOMPARE(child->category, FactorCategory::Mitigating);
    QCOMPARE(child->name, u"Test child"_s);
    // Matched by key: the library's own factor is used and left as it was.
    QCOMPARE(*m_demo->codebook().findByKey(u"insight"_s), *existingInsight);
    const QList<Passage> passages = m_demo->passages().forCase(report.caseId);
    QCOMPARE(passages.size(), 2);
    QCOMPARE(report.placedAtPosition, 1);
    QCOMPARE(report.placedByQuote, 1);
    for (const Passage &p : passages) {
        if (p.factor == existingInsight->id) {
            QCOMPARE(p.start, 22);
            QCOMPARE(p.note, u"A note."_s);
        } else {
            QCOMPARE(p.factor, child->id);
        }
    }
}

void TestCaseJson::placement()
{
    const QString text = u"Alpha beta gamma. Alpha beta delta. Epsilon."_s;
    Passage p;
    p.quote = u"Alpha beta"_s;
    p.start = 18;
    QCOMPARE(CaseJsonImporter::placeQuote(text, p), std::optional<int>(18)); // at its offsets
    p.start = 3;
    p.suffix = u" delta"_s;
    QCOMPARE(CaseJsonImporter::placeQuote(text, p), std::optional<int>(18)); // by its context
    p.suffix = u" gamma"_s;
    QCOMPARE(CaseJsonImporter::placeQuote(text, p), std::optional<int>(0));
    p.quote = u"Zeta"_s;
    QCOMPARE(CaseJsonImporter::placeQuote(text, p), std::nullopt);

    // In a file: a moved quote is found, a missing one kept as an orphan; both counted.
    const QByteArray bytes
        = R"({"format": "casebench-case", "version": 1, "case": {"reference": "NEW-3"},
        "documents": [{"id": 1, "text": "First sentence. The registrant showed insight."}],
        "annotations": [
            {"type": "Annotation", "body": [{"purpose": "tagging", "value": "insight"}],
             "target": {"source": 1, "selector": [{"type": "TextPositionSelector", "start": 0, "end": 7}, {"type": "TextQuoteSelector", "exact": "insight"}]}},
            {"type": "Annotation", "body": [{"purpose": "tagging", "value": "insight"}],
             "target": {"source": 1, "selector": [{"type": "TextPositionSelector", "start": 0, "end": 9}, {"type": "TextQuoteSelector", "exact": "remorse"}]}}
        ]})";
    const CaseJsonImportReport report = CaseJsonImporter::import(
        *m_demo, CaseJsonReader::parse(bytes, u"p.json"_s), u"p.json"_s);
    QCOMPARE(report.placedByQuote, 1);
    QCOMPARE(report.orphaned, 1);
    int orphans = 0;
    for (const Passage &p2 : m_demo->passages().forCase(report.caseId)) {
        if (p2.orphaned) {
            ++orphans;
            QCOMPARE(p2.quote, u"remorse"_s);
        } else {
            QCOMPARE(p2.start, 38);
        }
    }
    QCOMPARE(orphans, 1);
}

void TestCaseJson::undoRedo()
{
    const QByteArray bytes = [this] {
        const Case c = *m_demo->cases().findByReference(u"DEMO-HCPC-002"_s);
        QJsonObject root = QJsonDocument::fromJson(
                               casejsonexport::toBytes(ExportedCase::load(*m_demo, c.id), false))
                               .object();
        // One factor the target library lacks.
        QJsonArray factors = root.value(u"factors"_s).toArray();
        QJsonObject first = factors.at(0).toObject();
        const QString oldKey = first.value(u"key"_s).toString();
        first.insert(u"key"_s, u"renamed_for_test"_s);
        first.insert(u"label"_s, u"Renamed for test"_s);
        first.insert(u"parent"_s, QJsonValue());
        factors.replace(0, first);
        root.insert(u"factors"_s, factors);
        QJsonArray annotations = root.value(u"annotations"_s).toArray();
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            QJsonObject a = annotations.at(i).toObject();
            QJsonArray body = a.value(u"body"_s).toArray();
            QJsonObject tag = body.at(0).toObject();
            if (tag.value(u"value"_s).toString() == oldKey) {
                tag.insert(u"value"_s, u"renamed_for_test"_s);
                body.replace(0, tag);
                a.insert(u"body"_s, body);
                annotations.replace(i, a);
            }
        }
        root.insert(u"annotations"_s, annotations);
        return QJsonDocument(root).toJson();
    }();
    LibrarySession session(Library::create(m_folder->path(u"session.casebench"_s)));
    Library &library = session.library();
    const Counts empty = counts(library);
    const ParsedCase parsed = CaseJsonReader::parse(bytes, u"hcpc.json"_s);
    const CaseJsonImportReport report = ImportCaseCommand::importInto(session, parsed,
                                                                      u"hcpc.json"_s);
    QCOMPARE(report.createdFactors.size(), 1);
    QCOMPARE(session.undoStack()->count(), 1);
    const Counts imported = counts(library);
    const QList<Passage> passages = library.passages().forCase(report.caseId);
    QCOMPARE(imported.factors, empty.factors + 1);

    session.undoStack()->undo();
    QVERIFY(counts(library) == empty);
    QVERIFY(!library.codebook().findByKey(u"renamed_for_test"_s));
    session.undoStack()->redo();
    QVERIFY(counts(library) == imported);
    QCOMPARE(library.passages().forCase(report.caseId), passages);
    QCOMPARE(library.codebook().findByKey(u"renamed_for_test"_s)->id,
             report.createdFactors.constFirst());
    session.undoStack()->undo();
    QVERIFY(counts(library) == empty);
    QVERIFY2(library.check().ok(), qPrintable(library.check().problems.join(u' ')));

    // A failing import (a passage tagged with a factor no one has) pushes nothing.
    session.undoStack()->redo();
    ParsedCase broken = parsed;
    bool tagged = false;
    for (ParsedDocument &d : broken.documents) {
        if (!tagged && !d.passages.isEmpty()) {
            d.passages.first().factorKey = u"no_such_factor"_s;
            tagged = true;
        }
    }
    QVERIFY(tagged);
    QVERIFY_THROWS_EXCEPTION(LibraryError,
                             ImportCaseCommand::importInto(session, broken, u"hcpc.json"_s));
    QCOMPARE(session.undoStack()->count(), 1);
    QVERIFY(counts(library) == imported);
}

QTEST_GUILESS_MAIN(TestCaseJson)
#include "tst_casejson.moc"
