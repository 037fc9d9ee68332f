// SPDX-License-Identifier: GPL-3.0-or-later
// Bundles end to end: both presets built from a library, written as HTML and PDF and read back
// (PDF through Poppler), citations and notes, escaping, checklist marks, precedent order, cancel,
// a long bundle on a worker thread, and the anonymisation proof.
#include "bundlefixture.h"
#include "pdftext.h"

#include "analysis/precedentranker.h"
#include "export/bundlebuilder.h"
#include "export/bundlecontent.h"
#include "export/bundlehtml.h"
#include "export/guidancechecklist.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QTextDocument>
#include <QtConcurrent>

using namespace casebench;
using namespace casebench::test;
using namespace Qt::StringLiterals;

namespace {

/// Positions of `needles` in `text`, in order; -1 for any that is missing.
QList<qsizetype> positions(const QString &text, const QStringList &needles)
{
    QList<qsizetype> list;
    for (const QString &n : needles)
        list.append(text.indexOf(n));
    return list;
}

bool ascending(const QList<qsizetype> &list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i) < 0 || (i > 0 && list.at(i) <= list.at(i - 1)))
            return false;
    }
    return true;
}

QStringList categoryHeadings(const BundleOptions &options, const BundleContent &content)
{
    QStringList headings;
    for (FactorCategory category : options.categoryOrder) {
        qsizetype n = 0;
        for (const BundlePassage &p : content.passages)
            n += p.factor.category == category ? 1 : 0;
        headings.append(u"%1 (%2)"_s.arg(enumLabel(category)).arg(n));
    }
    return headings;
}

/// The checklist row of a consideration in the HTML: its mark cell and evidence cell.
QStringList checklistRow(const QString &html, const QString &consideration)
{
    const QRegularExpression row(
        u"<tr><td><b>"_s + QRegularExpression::escape(consideration)
        + u"</b>.*?</td><td class=\"(yes|no)\">(.*?)</td><td>(.*?)</td></tr>"_s);
    const auto m = row.match(html);
    return m.hasMatch() ? QStringList{m.captured(1), m.captured(3)} : QStringList{};
}

} // namespace

class TestBundleBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets();
    void htmlSectionsAndOrder_data();
    void htmlSectionsAndOrder();
    void htmlEscapesText();
    void checklistMarks();
    void pdfReadBack_data();
    void pdfReadBack();
    void precedentOrder();
    void sectionsCanBeLeftOut();
    void cancelWritesNothing();
    void longBundleOnWorkerThread();
    void anonymisedPdfHidesNames();
    void anonymisedHtmlHidesNames();
    void writeErrorNamesFile();
};

void TestBundleBuilder::presets()
{
    const BundleOptions aide = BundleOptions::aideMemoire();
    QCOMPARE(
        aide.categoryOrder.mid(0, 4),
        (QList<FactorCategory>{FactorCategory::Finding, FactorCategory::Aggravating,
                               FactorCategory::Mitigating, FactorCategory::InsightRemediation}));
    QCOMPARE(aide.precedentOrder, PrecedentOrder::BySimilarity);
    const BundleOptions mitigation = BundleOptions::mitigation();
    QCOMPARE(
        mitigation.categoryOrder.mid(0, 2),
        (QList<FactorCategory>{FactorCategory::Mitigating, FactorCategory::InsightRemediation}));
    QCOMPARE(mitigation.precedentOrder, PrecedentOrder::LighterFirst);
    QCOMPARE(BundleOptions::forPreset(BundlePreset::Mitigation), mitigation);

    BundleOptions custom = aide;
    custom.setSection(BundleSection::Precedents, false);
    QVERIFY(!custom.has(BundleSection::Precedents));
    QCOMPARE(custom.preset, BundlePreset::Custom);
    custom.setSection(BundleSection::Precedents, true);
    QCOMPARE(custom.sections, aide.sections);

    // Every checklist key is a key of the default codebook.
    BundleFixture fixture;
    for (const ChecklistItem &item : GuidanceChecklist::items()) {
        for (const QString &key : item.factorKeys)
            QVERIFY2(fixture.library().codebook().findByKey(key).has_value(), qPrintable(key));
    }
}

void TestBundleBuilder::htmlSectionsAndOrder_data()
{
    QTest::addColumn<BundlePreset>("preset");
    QTest::newRow("aide-memoire") << BundlePreset::AideMemoire;
    QTest::newRow("mitigation") << BundlePreset::Mitigation;
}

void TestBundleBuilder::htmlSectionsAndOrder()
{
    QFETCH(BundlePreset, preset);
    BundleFixture fixture;
    const BundleOptions options = BundleOptions::forPreset(preset);
    const BundleContent content = BundleContent::load(fixture.library(), fixture.subject(),
                                                      options);
    QCOMPARE(content.passages.size(), 5);
    const BundleBuilder builder(content, options);
    const auto html = builder.html();
    QVERIFY(html);
    QVERIFY(html->startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html->contains(u"<style>"_s));
    QVERIFY(!html->contains(u"<link"_s)); // self-contained

    QTextDocument parsed;
    parsed.setHtml(*html);
    const QString text = parsed.toPlainText();
    QCOMPARE(parsed.metaInformation(QTextDocument::DocumentTitle), builder.documentTitle());
    QVERIFY(ascending(positions(
        text, {options.title, enumLabel(BundleSection::Summary),
               enumLabel(BundleSection::Sanctions), enumLabel(BundleSection::Passages),
               enumLabel(BundleSection::Precedents), enumLabel(BundleSection::Checklist)})));
    QVERIFY2(ascending(positions(text, categoryHeadings(options, content))), qPrintable(text));
    QVERIFY(text.contains(u"¶ 27, Decision on sanction, p. 9"_s));
    QVERIFY(text.contains(u"¶ 12, Decision on facts, p. 4"_s));
    QVERIFY(text.contains(u"¶ 24, Decision on sanction, p. 8"_s));
    QVERIFY(text.contains(u"Note: Central to the case against the registrant."_s));
    QVERIFY(text.contains(u"Suspension order, 1 year"_s));
    QVERIFY(text.contains(u"BND-002"_s) && text.contains(u"BND-003"_s)
            && text.contains(u"BND-004"_s));
}

void TestBundleBuilder::htmlEscapesText()
{
    BundleFixture fixture;
    const BundleOptions options = BundleOptions::aideMemoire();
    const auto html = BundleBuilder(
                          BundleContent::load(fixture.library(), fixture.subject(), options),
                          options)
                          .html();
    QVERIFY(html);
    QVERIFY(!html->contains(u"<script"_s));
    QVERIFY(html->contains(u"&lt;script&gt;"_s));
    QTextDocument parsed;
    parsed.setHtml(*html);
    QVERIFY(parsed.toPlainText().contains(u"Note: "_s + BundleFixture::scriptNote()));
}

void TestBundleBuilder::checklistMarks()
{
    BundleFixture fixture;
    const BundleOptions options = BundleOptions::aideMemoire();
    const auto html = BundleBuilder(
                          BundleContent::load(fixture.library(), fixture.subject(), options),
                          options)
                          .html();
    QVERIFY(html);
    const QStringList insight = checklistRow(*html, u"Insight"_s);
    QCOMPARE(insight.value(0), u"yes"_s);
    QVERIFY(insight.value(1).contains(u"Insight: ¶ 27, Decision on sanction, p. 9"_s));
    // Staffing shortage is a sub-factor of working conditions: it evidences workplace pressures.
    const QStringList pressures = checklistRow(*html, u"Workplace pressures"_s);
    QCOMPARE(pressures.value(0), u"yes"_s);
    QVERIFY(pressures.value(1).contains(u"Staffing shortage: ¶ 28"_s));
    const QStringList dishonesty = checklistRow(*html, u"Dishonesty"_s);
    QCOMPARE(dishonesty.value(0), u"yes"_s);
    for (const QString &absent :
         {u"Concealment"_s, u"Testimonials and references"_s, u"Vulnerable service users"_s}) {
        const QStringList row = checklistRow(*html, absent);
        QCOMPARE(row.value(0), u"no"_s);
        QCOMPARE(row.value(1), BundleHtml::notEvidencedText());
    }
    QCOMPARE(html->count(u"<td class=\"yes\">"_s) + html->count(u"<td class=\"no\">"_s),
             GuidanceChecklist::items().size());
}

void TestBundleBuilder::pdfReadBack_data()
{
    htmlSectionsAndOrder_data();
}

void TestBundleBuilder::pdfReadBack()
{
    QFETCH(BundlePreset, preset);
    BundleFixture fixture;
    const BundleOptions options = BundleOptions::forPreset(preset);
    const BundleContent content = BundleContent::load(fixture.library(), fixture.subject(),
                                                      options);
    const BundleBuilder builder(content, options);
    const QString path = fixture.path(u"bundle.pdf"_s);
    QList<int> seen;
    const BundleResult result = builder.writePdf(path, [&](int percent) {
        seen.append(percent);
        return true;
    });
    QVERIFY(!result.cancelled);
    QCOMPARE(result.path, path);
    QVERIFY(result.pages >= 2);
    QCOMPARE(result.bytes, QFileInfo(path).size());
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.constLast(), 100);

    const PdfContents pdf = readPdf(path);
    QVERIFY(pdf.loaded);
    QCOMPARE(pdf.pages, result.pages);
    QCOMPARE(pdf.title, builder.documentTitle());
    QCOMPARE(pdf.creator, u"Casebench"_s);
    const QString text = QString(pdf.text).replace(u'\n', u' ').simplified();
    QVERIFY2(ascending(positions(
                 text, {enumLabel(BundleSection::Summary), enumLabel(BundleSection::Sanctions),
                        enumLabel(BundleSection::Passages), enumLabel(BundleSection::Precedents),
                        enumLabel(BundleSection::Checklist)})),
             qPrintable(text));
    QVERIFY2(ascending(positions(text, categoryHeadings(options, content))), qPrintable(text));
    const QString flat = withoutSpaces(pdf.text);
    for (const QString &needle :
         {u"¶ 27, Decision on sanction, p. 9"_s, u"¶ 12, Decision on facts, p. 4"_s,
          u"Note: Central to the case against the registrant."_s,
          u"Note: Rota evidence from Kestrel Ward."_s, BundleFixture::scriptNote(),
          u"Page 1 of %1"_s.arg(result.pages), BundleHtml::notEvidencedText(),
          u"BND-002 — BND-002 precedent"_s, u"BND-003 — BND-003 precedent"_s,
          u"BND-004 — BND-004 precedent"_s})
        QVERIFY2(flat.contains(withoutSpaces(needle)), qPrintable(needle));
}

void TestBundleBuilder::precedentOrder()
{
    BundleFixture fixture;
    const BundleOptions aide = BundleOptions::aideMemoire();
    const BundleContent content = BundleContent::load(fixture.library(), fixture.subject(), aide);
    PrecedentRanker ranker(fixture.library());
    const PrecedentResult ranked = ranker.rank(fixture.subject(), {}, 10);
    QCOMPARE(content.precedents.size(), ranked.matches.size());
    QCOMPARE(content.precedents.size(), 3);

    QStringList bySimilarity;
    for (const BundlePrecedent &p : content.chosenPrecedents(aide))
        bySimilarity.append(p.match.precedent.reference);
    QStringList expected;
    for (const PrecedentMatch &m : ranked.matches)
        expected.append(m.precedent.reference);
    QCOMPARE(bySimilarity, expected);

    // This case ended with a suspension: the caution and the conditions order are lighter and
    // come first, the striking-off last.
    QStringList lighterFirst;
    for (const BundlePrecedent &p : content.chosenPrecedents(BundleOptions::mitigation()))
        lighterFirst.append(p.match.precedent.reference);
    QCOMPARE(lighterFirst.constLast(), u"BND-003"_s);
    QCOMPARE(QSet<QString>(lighterFirst.cbegin(), lighterFirst.cbegin() + 2),
             (QSet<QString>{u"BND-002"_s, u"BND-004"_s}));

    // The factor comparison: BND-003 shares dishonesty, insight, fact proved and staffing.
    for (const BundlePrecedent &p : content.precedents) {
        if (p.match.precedent.reference != u"BND-003"_s)
            continue;
        QCOMPARE(p.shared.size(), 4);
        QCOMPARE(p.onlyInCase.size(), 1); // previous good history
        QVERIFY(p.onlyInPrecedent.isEmpty());
        QVERIFY(!p.lighter);
    }

    BundleOptions two = aide;
    two.precedentCount = 2;
    QCOMPARE(content.chosenPrecedents(two).size(), 2);
    const auto html = BundleBuilder(content, BundleOptions::mitigation()).html();
    QVERIFY(html && html->indexOf(u"BND-003 —"_s) > html->indexOf(u"BND-002 —"_s));
    QVERIFY(html->contains(u"Lighter than this case"_s));
}

void TestBundleBuilder::sectionsCanBeLeftOut()
{
    BundleFixture fixture;
    BundleOptions options = BundleOptions::aideMemoire();
    options.setSection(BundleSection::Precedents, false);
    options.setSection(BundleSection::Checklist, false);
    const BundleContent content = BundleContent::load(fixture.library(), fixture.subject(),
                                                      options);
    QVERIFY(content.precedents.isEmpty()); // not even ranked
    const auto html = BundleBuilder(content, options).html();
    QVERIFY(html);
    QVERIFY(!html->contains(u"id=\"precedents\""_s));
    QVERIFY(!html->contains(u"id=\"checklist\""_s));
    QVERIFY(html->contains(u"id=\"passages\""_s));
}

void TestBundleBuilder::cancelWritesNothing()
{
    BundleFixture fixture;
    const BundleOptions options = BundleOptions::aideMemoire();
    const BundleBuilder builder(BundleContent::load(fixture.library(), fixture.subject(), options),
                                options);
    QVERIFY(!builder.html([](int) { return false; }));

    const QString html = fixture.path(u"cancelled.html"_s);
    QVERIFY(builder.writeHtml(html, [](int) { return false; }).cancelled);
    QVERIFY(!QFileInfo::exists(html));

    // Cancelled while composing, and while painting pages.
    const QString pdf = fixture.path(u"cancelled.pdf"_s);
    QVERIFY(builder.writePdf(pdf, [](int percent) { return percent < 10; }).cancelled);
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(builder.writePdf(pdf, [](int percent) { return percent < 70; }).cancelled);
    QVERIFY(!QFileInfo::exists(pdf));
    // A file that was there before a cancelled export is left as it was.
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(builder.writePdf(pdf, [](int percent) { return percent < 70; }).cancelled);
    QCOMPARE(QFileInfo(pdf).size(), 3);
}

void TestBundleBuilder::longBundleOnWorkerThread()
{
    BundleFixture fixture;
    const CaseId id = fixture.addLongCase(u"BND-LONG"_s, 400);
    const BundleOptions options = BundleOptions::aideMemoire();
    QElapsedTimer timer;
    timer.start();
    BundleContent content = BundleContent::load(fixture.library(), id, options);
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(content.passages.size(), 400);
    const BundleBuilder builder(std::move(content), options);
    const QString path = fixture.path(u"long.pdf"_s);

    QMutex mutex;
    QList<int> seen;
    Qt::HANDLE worker = nullptr;
    timer.restart();
    QFuture<BundleResult> future = QtConcurrent::run([&] {
        return builder.writePdf(path, [&](int percent) {
            const QMutexLocker lock(&mutex);
            seen.append(percent);
            worker = QThread::currentThreadId();
            return true;
        });
    });
    const BundleResult result = future.result();
    const qint64 writeMs = timer.elapsed();
    QVERIFY(worker != QThread::currentThreadId());
    QVERIFY(!result.cancelled);
    QVERIFY2(result.pages > 20, qPrintable(QString::number(result.pages)));
    QVERIFY(seen.size() > 100);
    QCOMPARE(seen.constLast(), 100);
    const PdfContents pdf = readPdf(path);
    QCOMPARE(pdf.pages, result.pages);
    QVERIFY(withoutSpaces(pdf.text).contains(withoutSpaces(u"Note on point 400."_s)));
    qInfo("400 passages: read %lld ms, %d pages written on a worker thread in %lld ms", loadMs,
          result.pages, writeMs);

    // Cancelled half way through the pages on the worker: nothing written.
    const QString cancelled = fixture.path(u"long-cancelled.pdf"_s);
    const BundleResult stopped = QtConcurrent::run([&] {
                                     return builder.writePdf(
                                         cancelled, [](int percent) { return percent < 80; });
                                 }).result();
    QVERIFY(stopped.cancelled);
    QVERIFY(!QFileInfo::exists(cancelled));
}

void TestBundleBuilder::anonymisedPdfHidesNames()
{
    BundleFixture fixture;
    for (BundlePreset preset : {BundlePreset::AideMemoire, BundlePreset::Mitigation}) {
        BundleOptions options = BundleOptions::forPreset(preset);
        options.anonymise = true;
        const BundleBuilder builder(
            BundleContent::load(fixture.library(), fixture.subject(), options), options,
            BundleFixture::anonymiser());
        const QString path = fixture.path(u"anonymised-%1.pdf"_s.arg(enumIdentifier(preset)));
        const BundleResult result = builder.writePdf(path);
        QVERIFY(!result.cancelled);
        const PdfContents pdf = readPdf(path);
        QVERIFY(pdf.loaded);
        // The bundle is there: citations, the registrant's replacement, the title.
        QVERIFY(
            withoutSpaces(pdf.text).contains(withoutSpaces(u"¶ 27, Decision on sanction, p. 9"_s)));
        QVERIFY(pdf.text.contains(u"the Registrant"_s, Qt::CaseInsensitive));
        QVERIFY(pdf.title.contains(u"BND-001"_s));

        const QString text = pdf.text.toCaseFolded();
        const QString flat = withoutSpaces(pdf.text).toCaseFolded();
        const QByteArray raw = pdf.bytes.toLower();
        for (const QString &name : BundleFixture::replacedNames()) {
            const QString folded = name.toCaseFolded();
            QVERIFY2(!text.contains(folded), qPrintable(name));
            QVERIFY2(!flat.contains(withoutSpaces(folded)), qPrintable(name));
            for (const QString &value : pdf.info)
                QVERIFY2(!value.contains(name, Qt::CaseInsensitive), qPrintable(value));
            // Uncompressed metadata in the file: the document information and XMP, as Latin-1,
            // UTF-8 or UTF-16BE.
            QVERIFY2(!raw.contains(folded.toUtf8()), qPrintable(name));
            QByteArray utf16;
            for (QChar ch : folded) {
                utf16.append(char(ch.unicode() >> 8));
                utf16.append(char(ch.unicode() & 0xff));
            }
            QVERIFY2(!raw.contains(utf16), qPrintable(name));
            QByteArray utf16Upper;
            for (QChar ch : name.toUpper()) {
                utf16Upper.append(char(ch.unicode() >> 8));
                utf16Upper.append(char(ch.unicode() & 0xff));
            }
            QVERIFY2(!pdf.bytes.contains(utf16Upper), qPrintable(name));
        }
    }
}

void TestBundleBuilder::anonymisedHtmlHidesNames()
{
    BundleFixture fixture;
    BundleOptions options = BundleOptions::mitigation();
    options.anonymise = true;
    const BundleBuilder builder(BundleContent::load(fixture.library(), fixture.subject(), options),
                                options, BundleFixture::anonymiser());
    const QString path = fixture.path(u"anonymised.html"_s);
    QVERIFY(!builder.writeHtml(path).cancelled);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QTextDocument parsed;
    parsed.setHtml(html);
    const QString flat = withoutSpaces(parsed.toPlainText() + html).toCaseFolded();
    for (const QString &name : BundleFixture::replacedNames())
        QVERIFY2(!flat.contains(withoutSpaces(name.toCaseFolded())), qPrintable(name));
    QVERIFY(parsed.toPlainText().contains(u"Colleague A"_s));

    // Without anonymising, the names are there.
    const BundleBuilder plain(
        BundleContent::load(fixture.library(), fixture.subject(), BundleOptions::mitigation()),
        BundleOptions::mitigation(), BundleFixture::anonymiser());
    QVERIFY(plain.html()->contains(u"Marlowe Fenwick-Tate"_s));
}

void TestBundleBuilder::writeErrorNamesFile()
{
    BundleFixture fixture;
    const BundleOptions options = BundleOptions::aideMemoire();
    const BundleBuilder builder(BundleContent::load(fixture.library(), fixture.subject(), options),
                                options);
    const QString path = fixture.path(u"missing-folder/bundle.pdf"_s);
    for (bool pdf : {true, false}) {
        try {
            if (pdf)
                (void) builder.writePdf(path);
            else
                (void) builder.writeHtml(path);
            QFAIL("writing into a missing folder succeeded");
        } catch (const LibraryError &e) {
            QCOMPARE(e.kind(), LibraryError::Kind::Io);
            QVERIFY2(e.message().contains(QDir::toNativeSeparators(path)), qPrintable(e.message()));
            QVERIFY(e.message().endsWith(u'.'));
        }
    }
    try {
        (void) BundleContent::load(fixture.library(), CaseId(9999), options);
        QFAIL("a missing case loaded");
    } catch (const LibraryError &e) {
        QCOMPARE(e.kind(), LibraryError::Kind::NotFound);
    }
}

// The PDF is laid out with Qt Gui's fonts: QTEST_MAIN for a QGuiApplication (offscreen).
QTEST_MAIN(TestBundleBuilder)
#include "tst_bundlebuilder.moc"
