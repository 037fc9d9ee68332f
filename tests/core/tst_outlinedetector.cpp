// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/outlinedetector.h"
#include "import/textdecoder.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(CASEBENCH_IMPORT_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const DecodedText decoded = TextDecoder::decode(file.readAll(), name);
    return decoded.text;
}

// The paragraph whose text starts with `prefix`, or nothing.
std::optional<OutlineParagraph> paragraphStarting(const Outline &outline, const QString &prefix)
{
    for (const OutlineParagraph &p : outline.paragraphs()) {
        if (p.text.startsWith(prefix))
            return p;
    }
    return std::nullopt;
}

QList<DecisionStage> openedStages(const Outline &outline)
{
    QList<DecisionStage> stages;
    for (const OutlineParagraph &p : outline.paragraphs()) {
        if (p.opensStage)
            stages.append(p.stage);
    }
    return stages;
}

} // namespace

class TestOutlineDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stageHeadings_data();
    void stageHeadings();
    void hcptsLayout();
    void nmcLayoutWithPageFurniture();
    void sweLayoutWithNumbersOnTheirOwnLines();
    void markers_data();
    void markers();
    void wrappedLineStartingWithANumberIsNoParagraph();
    void redactions();
    void offsetsAreStableAndOrdered();
    void citations();
    void pagesFromThePdfReader();
    void emptyText();
};

void TestOutlineDetector::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestOutlineDetector::stageHeadings_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<int>("stage"); // -1: no stage

    const auto row = [](const char *heading, std::optional<DecisionStage> stage) {
        QTest::newRow(heading) << QString::fromUtf8(heading)
                               << (stage ? static_cast<int>(*stage) : -1);
    };
    using S = DecisionStage;
    // HCPTS
    row("Allegation:", S::Allegation);
    row("Finding:", S::Facts);
    row("Decision on Facts", S::Facts);
    row("Decision on Grounds", S::Grounds);
    row("Decision on Impairment", S::Impairment);
    row("Decision on Sanction", S::Sanction);
    row("Order:", S::Order);
    row("Notes:", S::Notes);
    // NMC
    row("Details of charge", S::Allegation);
    row("Decision and reasons on service of Notice of Meeting", S::Preliminary);
    row("Decision and reasons on facts", S::Facts);
    row("Decision and reasons on misconduct", S::Grounds);
    row("Decision and reasons on impairment", S::Impairment);
    row("Decision and reasons on sanction", S::Sanction);
    row("Interim order", S::InterimOrder);
    row("Decision and reasons on interim order", S::InterimOrder);
    // Social Work England
    row("Introduction and attendees:", S::Preliminary);
    row("Finding and reasons on facts", S::Facts);
    row("Panel’s decision on findings of fact:", S::Facts);
    row("Finding and reasons on grounds and impairment:", S::Grounds);
    row("Panel decision and reasons on current impairment:", S::Impairment);
    row("Finding and reasons on Sanctions:", S::Sanction);
    row("Sanction", S::Sanction);
    row("Removal order:", S::Sanction);
    row("Review of a suspension order", S::Review);
    row("Review of the current order:", S::Review);
    row("Review of final orders:", S::Notes);
    row("Right of appeal", S::Notes);
    // Others, and Markdown
    row("Background to the case", S::Background);
    row("Findings regarding impairment", S::Impairment);
    row("Second Review Hearing – 22 June 2026", S::Review);
    row("## Decision on sanction", S::Sanction);
    row("**Order**", S::Order);
    row("3. Background", S::Background);
    row("Aggravating factors at review", std::nullopt);
    row("Representations on interim order", std::nullopt);
    row("The panel noted the following:", std::nullopt);
}

void TestOutlineDetector::stageHeadings()
{
    QFETCH(QString, heading);
    QFETCH(int, stage);
    const auto found = OutlineDetector::stageOfHeading(heading);
    QCOMPARE(found ? static_cast<int>(*found) : -1, stage);
}

void TestOutlineDetector::hcptsLayout()
{
    const QString text = fixture(u"hcpts-final.txt"_s);
    QVERIFY(!text.isEmpty());
    const Outline outline = OutlineDetector::detect(text);
    using S = DecisionStage;
    const QList<S> expected{S::Allegation, S::Facts,      S::Preliminary, S::Background, S::Facts,
                            S::Grounds,    S::Impairment, S::Sanction,    S::Order,      S::Notes};
    QCOMPARE(openedStages(outline), expected);

    const auto particular = paragraphStarting(outline, u"a) did not obtain consent"_s);
    QVERIFY(particular);
    QCOMPARE(particular->kind, ParagraphKind::Particular);
    QCOMPARE(particular->number, u"a"_s);
    QCOMPARE(particular->reference, u"2(a)"_s);
    QCOMPARE(particular->stage, S::Allegation);

    const auto seven = paragraphStarting(outline, u"7. The Panel next considered"_s);
    QVERIFY(seven);
    QCOMPARE(seven->kind, ParagraphKind::Numbered);
    QCOMPARE(seven->number, u"7"_s);
    QCOMPARE(seven->stage, S::Sanction);

    const auto order = paragraphStarting(outline, u"ORDER: The Registrar"_s);
    QVERIFY(order);
    QCOMPARE(order->stage, S::Order);
    QVERIFY(order->reference.isEmpty());
}

void TestOutlineDetector::nmcLayoutWithPageFurniture()
{
    const QString text = fixture(u"nmc-final.txt"_s);
    const Outline outline = OutlineDetector::detect(text);
    for (const OutlineParagraph &p : outline.paragraphs())
        QVERIFY2(!p.text.contains(u"Page "_s), qPrintable(p.text));

    // The title block's labels and values are fields, not headings.
    const auto sanction = outline.field({u"Sanction"_s});
    QVERIFY(sanction);
    QCOMPARE(sanction->value, u"Conditions of practice order (18 months)"_s);
    QCOMPARE(text.mid(sanction->start, sanction->end - sanction->start), sanction->value);
    QCOMPARE(outline.field({u"facts not proved"_s})->value, u"Charges 2b, 3"_s);
    QCOMPARE(outline.field({u"Part(s) of the register"_s})->value,
             u"Registered Nurse – Adult Nursing"_s);
    QCOMPARE(outline.stageAt(sanction->start), DecisionStage::FrontMatter);

    // A paragraph cut by a page break is one paragraph; its span covers the furniture.
    const auto cut = paragraphStarting(outline, u"The panel considered whether a caution order"_s);
    QVERIFY(cut);
    QCOMPARE(
        cut->text,
        u"The panel considered whether a caution order would be appropriate but decided that it "
        u"would not mark the seriousness of the concerns about Ms Example’s practice."_s);
    QVERIFY(text.mid(cut->start, cut->end - cut->start).contains(u"Page 4 of 5"_s));
    QCOMPARE(cut->stage, DecisionStage::Sanction);

    // Wrapped lines are joined; "b." under charge 2 is particular 2(b) of the allegation.
    const auto charge = paragraphStarting(outline, u"b. recorded observations"_s);
    QVERIFY(charge);
    QCOMPARE(charge->reference, u"2(b)"_s);
    QCOMPARE(charge->stage, DecisionStage::Allegation);
    const auto interim = paragraphStarting(outline, u"The panel decided to make an interim"_s);
    QVERIFY(interim);
    QCOMPARE(interim->stage, DecisionStage::InterimOrder);
    QVERIFY(interim->text.endsWith(u"to cover the appeal period."_s));
}

void TestOutlineDetector::sweLayoutWithNumbersOnTheirOwnLines()
{
    const QString text = fixture(u"swe-review.txt"_s);
    const Outline outline = OutlineDetector::detect(text);
    QCOMPARE(outline.field({u"Hearing outcome"_s})->value,
             u"Suspension order extended by 6 months"_s);
    QCOMPARE(outline.field({u"Social worker"_s})->value, u"Sam Placeholder"_s);
    QCOMPARE(outline.field({u"Final order being reviewed"_s})->value,
             u"Suspension order (expiring 20 June 2026)"_s);

    const auto nine = paragraphStarting(outline, u"9. The panel has decided"_s);
    QVERIFY(nine);
    QCOMPARE(nine->number, u"9"_s);
    QCOMPARE(nine->stage, DecisionStage::Sanction);
    QCOMPARE(text.mid(nine->start, 2), u"9."_s); // the span starts at the number's own line
    QVERIFY(nine->text.endsWith(u"time to complete the training."_s));

    using S = DecisionStage;
    const QList<S> expected{S::Preliminary, S::Review, S::Impairment,
                            S::Sanction,    S::Notes,  S::Notes};
    QCOMPARE(openedStages(outline), expected);
    // The bare "2" and "3" are page numbers, not paragraphs.
    for (const OutlineParagraph &p : outline.paragraphs())
        QVERIFY2(p.text != u"2"_s && p.text != u"3"_s, qPrintable(p.text));
}

void TestOutlineDetector::markers_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<ParagraphKind>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("reference");

    // Each line follows "12. The panel found:" so that letters take it as their parent.
    QTest::newRow("numbered") << u"13. The panel next found."_s << ParagraphKind::Numbered
                              << u"13"_s << u"13"_s;
    QTest::newRow("two levels") << u"12.1 The panel noted."_s << ParagraphKind::Numbered
                                << u"12.1"_s << u"12.1"_s;
    QTest::newRow("three levels") << u"1.2.1 That you did not."_s << ParagraphKind::Particular
                                  << u"1.2.1"_s << u"1.2.1"_s;
    QTest::newRow("1(a)") << u"1(a) Did not record it."_s << ParagraphKind::Particular << u"1(a)"_s
                          << u"1(a)"_s;
    QTest::newRow("1a") << u"1a Did not record it."_s << ParagraphKind::Particular << u"1a"_s
                        << u"1a"_s;
    QTest::newRow("a)") << u"a) did not record it;"_s << ParagraphKind::Particular << u"a"_s
                        << u"12(a)"_s;
    QTest::newRow("(b)") << u"(b) did not record it;"_s << ParagraphKind::Particular << u"b"_s
                         << u"12(b)"_s;
    QTest::newRow("i.") << u"i. did not record it;"_s << ParagraphKind::Particular << u"i"_s
                        << u"12(i)"_s;
    QTest::newRow("(iv)") << u"(iv) did not record it;"_s << ParagraphKind::Particular << u"iv"_s
                          << u"12(iv)"_s;
    QTest::newRow("bullet") << u"• a copy of the notice;"_s << ParagraphKind::ListItem << QString()
                            << u"12"_s;
    QTest::newRow("plain") << u"The panel then retired."_s << ParagraphKind::Text << QString()
                           << u"12"_s;
}

void TestOutlineDetector::markers()
{
    QFETCH(QString, line);
    QFETCH(ParagraphKind, kind);
    QFETCH(QString, number);
    QFETCH(QString, reference);
    const QString text = u"Decision on Facts\n\n12. The panel found:\n"_s + line + u'\n';
    const Outline outline = OutlineDetector::detect(text);
    QCOMPARE(outline.paragraphs().size(), 3);
    const OutlineParagraph &p = outline.paragraphs().at(2);
    QCOMPARE(p.text, line);
    QCOMPARE(p.kind, kind);
    QCOMPARE(p.number, number);
    QCOMPARE(p.reference, reference);
    QCOMPARE(p.start, static_cast<int>(text.indexOf(line)));
}

void TestOutlineDetector::wrappedLineStartingWithANumberIsNoParagraph()
{
    const QString text
        = u"Decision on Facts\n\n14. The panel found that particulars\n21(b) and (c) were not proved, and\n3.5 hours passed before the call.\n"_s;
    const Outline outline = OutlineDetector::detect(text);
    QCOMPARE(outline.paragraphs().size(), 2);
    QCOMPARE(outline.paragraphs().at(1).number, u"14"_s);
    QVERIFY(outline.paragraphs().at(1).text.endsWith(u"3.5 hours passed before the call."_s));
}

void TestOutlineDetector::redactions()
{
    const QString text
        = u"Order\n\n1. You must tell your employer.\n\n2. [PRIVATE]\n\n3. You must attend [redacted] weekly and [REDACTED – health] monthly.\n"_s;
    const Outline outline = OutlineDetector::detect(text);
    QCOMPARE(outline.redactions().size(), 3);
    const Redaction first = outline.redactions().first();
    QCOMPARE(text.mid(first.start, first.end - first.start), u"[PRIVATE]"_s);
    QCOMPARE(text.mid(outline.redactions().last().start,
                      outline.redactions().last().end - outline.redactions().last().start),
             u"[REDACTED – health]"_s);
    const QList<OutlineParagraph> &ps = outline.paragraphs();
    QCOMPARE(ps.size(), 4);
    QVERIFY(!ps.at(1).redacted);
    QVERIFY(ps.at(2).redacted);
    QCOMPARE(ps.at(2).number, u"2"_s);
    QVERIFY(ps.at(3).redacted);
}

void TestOutlineDetector::offsetsAreStableAndOrdered()
{
    for (const QString &name :
         {u"hcpts-final.txt"_s, u"nmc-final.txt"_s, u"swe-review.txt"_s, u"nmc-interim.txt"_s}) {
        const QString text = fixture(name);
        QVERIFY(!text.isEmpty());
        const Outline outline = OutlineDetector::detect(text);
        QVERIFY(outline.paragraphs().size() > 5);
        int previousEnd = 0;
        for (const OutlineParagraph &p : outline.paragraphs()) {
            QVERIFY2(p.start >= previousEnd && p.start < p.end && p.end <= text.size(),
                     qPrintable(name + u": "_s + p.text));
            // The span starts with the paragraph's first word and ends with its last.
            QCOMPARE(text.at(p.start), p.text.at(0));
            QCOMPARE(text.at(p.end - 1), p.text.back());
            QCOMPARE(outline.paragraphAt(p.start), outline.paragraphs().indexOf(p));
            previousEnd = p.end;
        }
        QCOMPARE(OutlineDetector::detect(text), outline); // deterministic
    }
}

void TestOutlineDetector::citations()
{
    const QString text = fixture(u"hcpts-final.txt"_s);
    const Outline outline = OutlineDetector::detect(text);
    const int at = static_cast<int>(text.indexOf(u"a Caution Order for three years"_s));
    QVERIFY(at > 0);
    const Citation citation = outline.citationAt(at);
    QCOMPARE(citation.paragraph, u"7"_s);
    QCOMPARE(citation.stage, DecisionStage::Sanction);
    QVERIFY(!citation.page);
    QCOMPARE(citation.toString(), u"¶ 7, Decision on sanction"_s);

    QCOMPARE(outline.citationAt(static_cast<int>(text.indexOf(u"did not record the treatment"_s)))
                 .toString(),
             u"¶ 2(b), Allegation"_s);
    QCOMPARE(outline.citationAt(static_cast<int>(text.indexOf(u"The Registrar is directed"_s)))
                 .toString(),
             u"Order"_s);
    QCOMPARE(outline.citationAt(0).toString(), u"Allegation"_s);
    QCOMPARE((Citation{u"27"_s, DecisionStage::Sanction, 4}.toString()),
             u"¶ 27, Decision on sanction, p. 4"_s);
    QCOMPARE((Citation{u"3"_s, DecisionStage::FrontMatter, {}}.toString()), u"¶ 3"_s);
}

void TestOutlineDetector::pagesFromThePdfReader()
{
    const QString text = u"1. First page.\n\n2. Still the first page.\n\n3. Second page.\n"_s;
    const int secondPage = static_cast<int>(text.indexOf(u"3."_s));
    const Outline outline = OutlineDetector::detect(text, {0, secondPage});
    QCOMPARE(outline.paragraphs().size(), 3);
    QCOMPARE(outline.paragraphs().at(0).page, std::optional<int>(1));
    QCOMPARE(outline.paragraphs().at(1).page, std::optional<int>(1));
    QCOMPARE(outline.paragraphs().at(2).page, std::optional<int>(2));
    QCOMPARE(outline.citationAt(secondPage + 3).toString(), u"¶ 3, p. 2"_s);
    QVERIFY(!OutlineDetector::detect(text).paragraphs().at(2).page);
}

void TestOutlineDetector::emptyText()
{
    const Outline outline = OutlineDetector::detect(QString());
    QVERIFY(outline.paragraphs().isEmpty());
    QCOMPARE(outline.paragraphAt(10), -1);
    QCOMPARE(outline.stageAt(0), DecisionStage::FrontMatter);
    QCOMPARE(OutlineDetector::detect(u"\n\n   \n"_s).paragraphs().size(), 0);
}

QTEST_GUILESS_MAIN(TestOutlineDetector)
#include "tst_outlinedetector.moc"
