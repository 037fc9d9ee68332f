// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/outlinedetector.h"
#include "import/pdflayout.h"
#include "import/pdfreader.h"
#include "importfixtures.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

/// The 1-based page holding `offset`, from the reader's page map.
int pageOf(const QList<int> &pageStarts, int offset)
{
    return static_cast<int>(std::upper_bound(pageStarts.begin(), pageStarts.end(), offset)
                            - pageStarts.begin());
}

pdflayout::Line line(const QString &text, qreal y)
{
    return {text, QRectF(72, y, 400, 10)};
}

} // namespace

// PDFs are painted with QPdfWriter, which needs a QGuiApplication: QTEST_MAIN, offscreen.
class TestPdfReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readingOrderAndTitle();
    void headersAndFootersRemoved();
    void hyphenationJoined();
    void pageMap();
    void outlineFromPdf();
    void refusals_data();
    void refusals();
    void limits();
    void layoutRules();

private:
    QTemporaryDir m_dir;
    QString m_path;
    testfixtures::DecisionPdf m_info;
    ExtractedText m_extracted;
};

void TestPdfReader::initTestCase()
{
    m_path = m_dir.filePath(u"decision.pdf"_s);
    m_info = testfixtures::writeDecisionPdf(m_path, 5, 11);
    QCOMPARE(m_info.pages, 5);
    const ReadResult result = DocumentReader::readFile(m_path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    m_extracted = *result.extracted;
    QCOMPARE(m_extracted.format, DocumentFormat::Pdf);
}

void TestPdfReader::readingOrderAndTitle()
{
    QCOMPARE(m_extracted.title, u"Fictional Health Tribunal decision FHT-10011"_s);
    QVERIFY(m_extracted.text.startsWith(u"FICTIONAL HEALTH TRIBUNAL\n"_s));
    qsizetype at = 0;
    for (const QString &heading : std::as_const(m_info.stageHeadings)) {
        const qsizetype found = m_extracted.text.indexOf(u"\n\n"_s + heading + u"\n\n"_s, at);
        QVERIFY2(found > at, qPrintable(heading));
        at = found;
    }
    // Numbered paragraphs come in order, each starting a paragraph.
    qsizetype previous = -1;
    for (int n = 1; n <= m_info.paragraphPage.size(); ++n) {
        const qsizetype found = m_extracted.text.indexOf(u"\n\n%1. "_s.arg(n));
        QVERIFY2(found > previous, qPrintable(QString::number(n)));
        previous = found;
    }
    QVERIFY(m_extracted.text.contains(u"\n\n(a) On 3 May 2023"_s));
    QVERIFY(m_extracted.warnings.isEmpty());
}

void TestPdfReader::headersAndFootersRemoved()
{
    QVERIFY(!m_extracted.text.contains(m_info.header));
    QVERIFY(!m_extracted.text.contains(u"Page "_s));
    QVERIFY(!m_extracted.text.contains(u" of 5"_s));
    QVERIFY(!m_extracted.text.contains(u"Sam Placeholder |"_s));
}

void TestPdfReader::hyphenationJoined()
{
    QVERIFY2(!m_info.hyphenatedWords.isEmpty(), "the fixture hyphenated no word");
    for (const QString &word : std::as_const(m_info.hyphenatedWords)) {
        const qsizetype near = m_extracted.text.indexOf(word.left(5));
        QVERIFY2(m_extracted.text.contains(word),
                 qPrintable(word + u": "_s + m_extracted.text.mid(near - 40, 120)));
    }
    static const QRegularExpression split(u"\\p{Ll}-\\n\\p{Ll}"_s);
    QVERIFY(!m_extracted.text.contains(split));
}

void TestPdfReader::pageMap()
{
    QCOMPARE(m_extracted.pageStarts.size(), 5);
    QCOMPARE(m_extracted.pageStarts.first(), 0);
    QVERIFY(std::is_sorted(m_extracted.pageStarts.begin(), m_extracted.pageStarts.end()));
    int onPageThree = 0;
    for (auto it = m_info.paragraphPage.cbegin(); it != m_info.paragraphPage.cend(); ++it) {
        const qsizetype at = m_extracted.text.indexOf(u"\n\n"_s + it.key() + u". "_s);
        QVERIFY2(at >= 0, qPrintable(it.key()));
        QCOMPARE(pageOf(m_extracted.pageStarts, static_cast<int>(at) + 2), it.value());
        if (it.value() == 3)
            ++onPageThree;
    }
    QVERIFY(onPageThree > 0);
}

void TestPdfReader::outlineFromPdf()
{
    const Outline outline = OutlineDetector::detect(m_extracted.text, m_extracted.pageStarts);
    int numbered = 0;
    for (const OutlineParagraph &p : outline.paragraphs()) {
        if (p.kind != ParagraphKind::Numbered || !m_info.paragraphPage.contains(p.number))
            continue;
        ++numbered;
        QCOMPARE(p.page, std::optional<int>(m_info.paragraphPage.value(p.number)));
    }
    QCOMPARE(numbered, m_info.paragraphPage.size());
    QVERIFY(outline.hasStage(DecisionStage::Sanction));
    QVERIFY(outline.hasStage(DecisionStage::Facts));
}

void TestPdfReader::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("encrypted") << u"encrypted.pdf"_s << u"encrypted with a password"_s;
    QTest::newRow("scan") << u"scan.pdf"_s << u"no text layer"_s;
    QTest::newRow("truncated") << u"truncated.pdf"_s << u"truncated"_s;
    QTest::newRow("text named .pdf") << u"notes.pdf"_s << u"not a PDF"_s;
    QTest::newRow("noise") << u"noise.pdf"_s << u"not a PDF"_s;
}

void TestPdfReader::refusals()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    testfixtures::writeMalformedSet(dir.path());
    const ReadResult result = DocumentReader::readFile(dir.filePath(name));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"“"_s + name + u"”"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
}

void TestPdfReader::limits()
{
    ImportLimits pages;
    pages.maxPdfPages = 4;
    const ReadResult tooMany = DocumentReader::readFile(m_path, pages);
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error.contains(u"5 pages, more than the limit of 4"_s),
             qPrintable(tooMany.error));

    ImportLimits time;
    time.maxPdfMilliseconds = 0;
    const ReadResult tooSlow = DocumentReader::readFile(m_path, time);
    QVERIFY(!tooSlow.ok());
    QVERIFY2(tooSlow.error.contains(u"took longer than"_s), qPrintable(tooSlow.error));

    // Damage in the middle of the file (the end intact) is refused or read, never a crash.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    for (qsizetype at = 200; at < bytes.size() - 200; at += bytes.size() / 13) {
        QByteArray damaged = bytes;
        for (qsizetype i = at; i < at + 64; ++i)
            damaged[i] = 'X';
        const ReadResult result = PdfReader::read(damaged, u"damaged.pdf"_s, {});
        QVERIFY(result.ok() || result.error.contains(u"“damaged.pdf”"_s));
    }
}

void TestPdfReader::layoutRules()
{
    QCOMPARE(pdflayout::furnitureKey(u"  Page 12 of  40 "_s), u"page # of #"_s);
    // A head on three pages out of four and a changing page number go; body lines stay.
    const QList<QList<pdflayout::Line>> pages{
        {line(u"Body one."_s, 100), line(u"1"_s, 800)},
        {line(u"Tribunal head"_s, 40), line(u"Body two."_s, 100), line(u"2"_s, 800)},
        {line(u"Tribunal head"_s, 40), line(u"Body three."_s, 100), line(u"3"_s, 800)},
        {line(u"Tribunal head"_s, 40), line(u"Body four."_s, 100), line(u"4"_s, 800)},
    };
    const pdflayout::Layout layout = pdflayout::assemble(pdflayout::withoutFurniture(pages));
    QCOMPARE(layout.text, u"Body one.\n\nBody two.\n\nBody three.\n\nBody four."_s);
    QCOMPARE(layout.pageStarts, (QList<int>{0, 11, 22, 35}));

    // Lines close together form a paragraph; a hyphen before a lower-case word joins it, also
    // across a page; a wide gap starts a paragraph.
    const QList<QList<pdflayout::Line>> wrapped{
        {line(u"The panel made a deter-"_s, 100), line(u"mination on the facts."_s, 112),
         line(u"A new paragraph begins and con-"_s, 140)},
        {line(u"tinues here."_s, 100), line(u"Well-known words stay."_s, 112)},
    };
    const pdflayout::Layout joined = pdflayout::assemble(wrapped);
    QCOMPARE(joined.text,
             u"The panel made a determination on the facts.\n\nA new paragraph begins and "
             u"continues here.\nWell-known words stay."_s);
    QCOMPARE(joined.pageStarts.size(), 2);
    QCOMPARE(joined.text.mid(joined.pageStarts.at(1), 5), u"tinue"_s);

    // A single page keeps everything; nothing at all gives nothing.
    QCOMPARE(pdflayout::withoutFurniture({pages.first()}).first().size(), 2);
    QCOMPARE(pdflayout::assemble({}).text, QString());
    QCOMPARE(pdflayout::assemble({{}, {}}).pageStarts, (QList<int>{0, 0}));
}

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
