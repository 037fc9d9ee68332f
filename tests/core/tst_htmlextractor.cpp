// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlextractor.h"
#include "import/metadataextractor.h"
#include "import/outlinedetector.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CASEBENCH_IMPORT_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString extracted(const QString &html)
{
    const HtmlExtraction result = HtmlExtractor::extract(html, u"page.html"_s);
    return result.ok() ? result.text : u"ERROR: "_s + result.error;
}

} // namespace

class TestHtmlExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savedDecisionPage();
    void decisionPageFeedsTheOutline();
    void blocksAndLineBreaks();
    void orderedListsKeepTheirNumbers_data();
    void orderedListsKeepTheirNumbers();
    void tables();
    void entities_data();
    void entities();
    void prefersTheElementWithMostParagraphText();
    void toleratesTagSoup();
    void preformattedText();
    void refusesAbsurdNesting();
    void decodesFileBytes();
};

void TestHtmlExtractor::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestHtmlExtractor::savedDecisionPage()
{
    const HtmlExtraction result = HtmlExtractor::extractFile(fixture(u"decision-page.html"_s),
                                                             u"decision-page.html"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.title, u"Jordan Testcase | Hearing outcome | Example Tribunal Service"_s);
    const QString &text = result.text;
    // Chrome is gone: scripts, styles, cookie banner, skip link, header, navigation, search
    // form, breadcrumbs, aside and footer.
    for (const QString &absent :
         {u"dataLayer"_s, u"font-family"_s, u"cookies"_s, u"Skip to"_s, u"About us"_s, u"Search"_s,
          u"Hearings"_s, u"Related hearings"_s, u"must not appear"_s, u"©"_s, u"Striking-off"_s}) {
        QVERIFY2(!text.contains(absent), qPrintable(absent));
    }
    const QStringList blocks = text.split(u"\n\n"_s);
    QCOMPARE(blocks.first(), u"Jordan Testcase"_s);
    QCOMPARE(
        blocks.at(1),
        u"Profession\tParamedic\nRegistration number\tPA99999\nHearing type\tFinal Hearing\nDate\t14/04/2026"_s);
    QVERIFY(blocks.contains(u"Allegation"_s));
    QVERIFY(blocks.contains(
        u"1. On 2 January 2025 you did not carry out a full assessment of Patient A’s condition;"_s));
    QVERIFY(blocks.contains(
        u"2. On 2 January 2025 you left Patient A at home without arranging follow‑up care."_s));
    QVERIFY(blocks.contains(
        u"2. The Panel determined that the Registrant’s fitness to practise is currently impaired."_s));
    QVERIFY(blocks.contains(
        u"ORDER: The Registrar is directed to make the registration of Mr Jordan Testcase subject to the "
        u"following conditions for a period of 12 months:"_s));
    QVERIFY(blocks.contains(
        u"2. You must complete a course on patient assessment & record keeping, costing no more than £500."_s));
    QVERIFY(blocks.contains(
        u"Right to appeal: you may appeal to the High Court.\nThis order takes effect 28 days from the date of the decision."_s));
    QVERIFY(blocks.contains(
        u"4. The Panel decided that a Conditions of Practice Order for 12 months is the appropriate and proportionate sanction."_s));
    QVERIFY(!text.contains(u"  "_s));
    QVERIFY(!text.contains(QChar(0x00A0)));
}

void TestHtmlExtractor::decisionPageFeedsTheOutline()
{
    const HtmlExtraction page = HtmlExtractor::extractFile(fixture(u"decision-page.html"_s),
                                                           u"decision-page.html"_s);
    const Outline outline = OutlineDetector::detect(page.text);
    QVERIFY(outline.hasStage(DecisionStage::Allegation));
    QVERIFY(outline.hasStage(DecisionStage::Sanction));
    QVERIFY(outline.hasStage(DecisionStage::Order));
    const int at = static_cast<int>(
        page.text.indexOf(u"Conditions of Practice Order for 12 months"_s));
    QCOMPARE(outline.citationAt(at).toString(), u"¶ 4, Decision on sanction"_s);

    const MetadataSuggestions m = MetadataExtractor::extract(page.text, outline);
    QVERIFY(m.sanction);
    QCOMPARE(m.sanction->type, SanctionType::ConditionsOfPractice);
    QCOMPARE(m.sanction->durationMonths, std::optional<int>(12));
    QCOMPARE(m.regulator->value,
             Regulator::Hcpc); // from the profession: the page names no regulator
    QCOMPARE(m.profession->value, u"Paramedic"_s);
    QCOMPARE(m.impairment->value, ImpairmentFinding::Impaired);
}

void TestHtmlExtractor::blocksAndLineBreaks()
{
    QCOMPARE(
        extracted(
            u"<body><p>One\n   two</p><p>Three<br>four<br/>five</p><div>Six <b>bold</b> <i>and</i> "
            u"more</div>Loose text<h2>Heading</h2>tail</body>"_s),
        u"One two\n\nThree\nfour\nfive\n\nSix bold and more\n\nLoose text\n\nHeading\n\ntail"_s);
    QCOMPARE(extracted(u"<p>  </p><p>\n</p><p>only</p>"_s), u"only"_s);
    QCOMPARE(extracted(u"<ul><li>first<li>second</ul>"_s), u"• first\n\n• second"_s);
    QCOMPARE(extracted(u"<ol><li><p>Nested paragraph</p><ol type=\"a\"><li>inner</ol></li></ol>"_s),
             u"1. Nested paragraph\n\na. inner"_s);
}

void TestHtmlExtractor::orderedListsKeepTheirNumbers_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("decimal") << u"<ol><li>a<li>b<li>c</ol>"_s << u"1. a\n\n2. b\n\n3. c"_s;
    QTest::newRow("start") << u"<ol start=\"12\"><li>a</li><li>b</li></ol>"_s
                           << u"12. a\n\n13. b"_s;
    QTest::newRow("value") << u"<ol><li>a<li value=7>b<li>c</ol>"_s << u"1. a\n\n7. b\n\n8. c"_s;
    QTest::newRow("letters") << u"<ol type=a><li>x<li>y</ol>"_s << u"a. x\n\nb. y"_s;
    QTest::newRow("upper roman") << u"<ol type=\"I\" start=\"3\"><li>x<li>y</ol>"_s
                                 << u"III. x\n\nIV. y"_s;
}

void TestHtmlExtractor::orderedListsKeepTheirNumbers()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(extracted(html), text);
}

void TestHtmlExtractor::tables()
{
    QCOMPARE(
        extracted(
            u"<p>Before</p><table><caption>Dates</caption><thead><tr><th>Date<th>Event</thead>"
            u"<tbody><tr><td>1 May 2026<td>Hearing <b>opened</b><tr><td><td></tbody></table><p>After</p>"_s),
        u"Before\n\nDates\n\nDate\tEvent\n1 May 2026\tHearing opened\n\nAfter"_s);
}

void TestHtmlExtractor::entities_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("basic") << u"a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;"_s
                           << u"a & b <c> \"d\" 'e'"_s;
    QTest::newRow("typography") << u"&lsquo;x&rsquo; &ldquo;y&rdquo; &ndash; &mdash; &hellip;"_s
                                << u"‘x’ “y” – — …"_s;
    QTest::newRow("money") << u"&pound;5 &euro;6"_s << u"£5 €6"_s;
    QTest::newRow("numeric") << u"&#8217;&#x2019;&#X2013;&#163;"_s << u"’’–£"_s;
    QTest::newRow("windows-1252 numeric") << u"&#146;&#150;"_s << u"’–"_s;
    QTest::newRow("no semicolon legacy") << u"fish &amp chips"_s << u"fish & chips"_s;
    QTest::newRow("unknown kept") << u"&notanentity; & alone &"_s << u"&notanentity; & alone &"_s;
    QTest::newRow("bad numeric") << u"&#0;&#xD800;"_s << u"\uFFFD\uFFFD"_s;
}

void TestHtmlExtractor::entities()
{
    QFETCH(QString, encoded);
    QFETCH(QString, decoded);
    QCOMPARE(HtmlExtractor::decodeEntities(encoded), decoded);
}

void TestHtmlExtractor::prefersTheElementWithMostParagraphText()
{
    const QString longText
        = u"The panel considered all of the evidence before it with care. "_s.repeated(5);
    const QString html = u"<body><div class=\"links\"><p>Short link list</p></div>"
                         u"<div id=\"decision\"><p>"_s
                         + longText + u"</p><p>"_s + longText
                         + u"</p></div><div><p>Footer-ish note</p></div></body>"_s;
    const QString text = extracted(html);
    QVERIFY(text.startsWith(u"The panel considered"_s));
    QVERIFY(!text.contains(u"Short link list"_s));
    QVERIFY(!text.contains(u"Footer-ish"_s));

    // With <article> and no <main>, the article wins.
    QCOMPARE(extracted(u"<body><p>Outside</p><article><p>Inside</p></article></body>"_s),
             u"Inside"_s);
    // A short page keeps its whole body.
    QCOMPARE(extracted(u"<body><p>One</p><div><p>Two</p></div></body>"_s), u"One\n\nTwo"_s);
}

void TestHtmlExtractor::toleratesTagSoup()
{
    const QString soup
        = u"<HTML><BODY BGCOLOR=white><P ALIGN=left>First <B>bold<P>Second & third "
          u"<!-- a comment with <p>tags</p> --> a < b > c"
          u"<div class=x data-y='1' hidden=>gone</div><span style=\"display: none\">gone too</span>"
          u"</i></p></p><p>Last<p/>After</BODY></HTML>"_s;
    QCOMPARE(extracted(soup), u"First bold\n\nSecond & third a < b > c\n\nLast\n\nAfter"_s);
    QCOMPARE(extracted(u"<p>Unclosed <a href=\"x>broken"_s), u"Unclosed"_s);
    QCOMPARE(extracted(u"plain text, no tags"_s), u"plain text, no tags"_s);
    QCOMPARE(extracted(QString()), QString());
    QCOMPARE(extracted(u"<script>document.write('<p>x</p>')</script><p>y</p><style>p{}</style>"_s),
             u"y"_s);
}

void TestHtmlExtractor::preformattedText()
{
    QCOMPARE(extracted(u"<p>Before</p><pre>  line one\n    line two  </pre>"_s),
             u"Before\n\n  line one\n    line two"_s);
}

void TestHtmlExtractor::refusesAbsurdNesting()
{
    const QString deep = u"<div>"_s.repeated(HtmlExtractor::maxDepth + 1) + u"text"_s;
    const HtmlExtraction refused = HtmlExtractor::extract(deep, u"deep.html"_s);
    QVERIFY(!refused.ok());
    QVERIFY(refused.text.isEmpty());
    QVERIFY2(refused.error.contains(u"“deep.html”"_s), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(u"512"_s), qPrintable(refused.error));

    const QString fine = u"<span>"_s.repeated(HtmlExtractor::maxDepth - 10) + u"text"_s;
    const HtmlExtraction accepted = HtmlExtractor::extract(fine, u"fine.html"_s);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error));
    QCOMPARE(accepted.text, u"text"_s);
    // Paragraphs close each other, so a long unclosed run is not deep.
    QVERIFY(HtmlExtractor::extract(u"<p>x"_s.repeated(2000), u"flat.html"_s).ok());
}

void TestHtmlExtractor::decodesFileBytes()
{
    const HtmlExtraction result = HtmlExtractor::extractFile("<p>The panel\x92s order \x96 \xA3"
                                                             "5</p>",
                                                             u"old.htm"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.text, u"The panel’s order – £5"_s);
    const HtmlExtraction binary = HtmlExtractor::extractFile(QByteArray("\0\x01\x02<p>", 6),
                                                             u"image.htm"_s);
    QVERIFY(!binary.ok());
    QVERIFY(binary.error.contains(u"“image.htm”"_s));
}

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
