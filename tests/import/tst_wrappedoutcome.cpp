// SPDX-License-Identifier: GPL-3.0-or-later
// The order a decision makes, stated in one sentence that the document breaks over lines or
// paragraphs: hard-wrapped plain text, a Word line or paragraph break, a PDF column narrow enough
// to wrap it. Each must still suggest the order and its duration. Every decision here is
// fictional.
#include "import/documentreader.h"
#include "import/metadataextractor.h"
#include "import/outlinedetector.h"
#include "importfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString orderSentence
    = u"The panel therefore decided to extend the suspension order for a further 18 months."_s;

/// A fictional review decision; `order` is its order paragraph (without its number), `outcome`
/// paragraphs of the title block stating the outcome.
QStringList reviewParagraphs(const QString &order, const QStringList &outcome = {})
{
    return QStringList{
               u"Nursing and Midwifery Council"_s,
               u"Fitness to Practise Committee"_s,
               u"Substantive Order Review Hearing"_s,
           }
           + outcome
           + QStringList{
               u"Name of Registrant: Philippa Ardingly-Threlkeld"_s,
               u"NMC PIN: 01A2345B"_s,
               u"Date of hearing: 3 June 2026"_s,
               u"Decision and reasons on review of the substantive order"_s,
               u"1. The panel reviewed the suspension order imposed on 4 June 2025. Ms Ardingly-Threlkeld "
               u"did not attend and was not represented."_s,
               u"2. The panel found that Ms Ardingly-Threlkeld's fitness to practise remains impaired. "
               u"She has shown limited insight and has not yet completed the training she was asked to "
               u"complete."_s,
               u"3. The panel considered whether to allow the order to lapse, to replace it with a "
               u"conditions of practice order or to strike her off, and found that none of those would "
               u"protect the public."_s,
               u"4. "_s + order,
               u"5. This will be reviewed before the order expires."_s,
           };
}

/// The order paragraph when only the title block gives the period.
const QString orderWithoutPeriod = u"The panel therefore decided to extend the suspension order."_s;

/// Greedy word wrap of each paragraph at `width` characters, paragraphs apart by a blank line.
QString hardWrapped(const QStringList &paragraphs, int width)
{
    QStringList out;
    for (const QString &p : paragraphs) {
        QStringList lines{QString()};
        for (const QString &word : p.split(u' ', Qt::SkipEmptyParts)) {
            if (!lines.last().isEmpty() && lines.last().size() + 1 + word.size() > width)
                lines.append(QString());
            lines.last() += (lines.last().isEmpty() ? QString() : u" "_s) + word;
        }
        out << lines.join(u'\n');
    }
    return out.join(u"\n\n"_s) + u'\n';
}

QByteArray xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

/// word/document.xml with one <w:p> per paragraph; "\n" in a paragraph is a <w:br/>, and "¶"
/// ends the paragraph there and starts another (as Word writes a stray hard return).
QByteArray documentXml(const QStringList &paragraphs)
{
    QByteArray body;
    for (const QString &p : paragraphs) {
        for (const QString &part : p.split(u'¶')) {
            body += "<w:p>";
            const QStringList lines = part.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    body += "<w:r><w:br/></w:r>";
                body += "<w:r><w:t xml:space=\"preserve\">" + xmlEscaped(lines.at(i))
                        + "</w:t></w:r>";
            }
            body += "</w:p>";
        }
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:body>"
           + body + "</w:body></w:document>";
}

/// A PDF of the paragraphs in a column `width` points wide, a blank line between paragraphs; a
/// form feed in a paragraph starts a new page there.
bool writeNarrowPdf(const QString &path, const QStringList &paragraphs, qreal width)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(10);
    const QFontMetricsF metrics(font);
    const qreal lineHeight = metrics.height() * 1.25;
    const int perPage = static_cast<int>((842 - 2 * 72) / lineHeight);
    QList<QStringList> pages{{}};
    int lines = 0;
    auto newLine = [&](const QString &text) {
        if (lines == perPage) {
            pages.append(QStringList());
            lines = 0;
        }
        pages.last().append(text);
        ++lines;
    };
    for (const QString &p : paragraphs) {
        QString line;
        for (const QString &word : p.split(u' ', Qt::SkipEmptyParts)) {
            if (word.startsWith(u'\f')) {
                newLine(line);
                pages.append(QStringList());
                lines = 0;
                line = word.mid(1);
                continue;
            }
            const QString longer = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
                newLine(line);
                line = word;
            } else {
                line = longer;
            }
        }
        newLine(line);
        newLine(QString());
    }
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setFont(font);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        qreal y = 72;
        for (const QString &text : pages.at(p)) {
            if (!text.isEmpty())
                painter.drawText(QPointF(72, y), text);
            y += lineHeight;
        }
    }
    return painter.end();
}

MetadataSuggestions suggestionsOf(const ExtractedText &extracted)
{
    return MetadataExtractor::extract(
        extracted.text, OutlineDetector::detect(extracted.text, extracted.pageStarts));
}

} // namespace

// PDFs are painted with QPdfWriter, which needs a QGuiApplication: QTEST_MAIN, offscreen.
class TestWrappedOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextOnOneLine();
    void plainTextHardWrapped_data();
    void plainTextHardWrapped();
    void docxBreaks_data();
    void docxBreaks();
    void pdfNarrowColumn_data();
    void pdfNarrowColumn();
    void pdfPageBreak_data();
    void pdfPageBreak();
    void outcomeField_data();
    void outcomeField();
    void unrelatedParagraphsStayApart();

private:
    static void checkOrder(const MetadataSuggestions &m)
    {
        QVERIFY(m.sanction);
        QCOMPARE(m.sanction->type, SanctionType::Suspension);
        QCOMPARE(m.sanction->durationMonths, std::optional<int>(18));
        QCOMPARE(m.sanction->outcome, ReviewOutcome::Extended);
    }
};

void TestWrappedOutcome::plainTextOnOneLine()
{
    checkOrder(MetadataExtractor::extract(reviewParagraphs(orderSentence).join(u"\n\n"_s)));
}

void TestWrappedOutcome::plainTextHardWrapped_data()
{
    QTest::addColumn<int>("width");
    for (int width : {24, 30, 36, 44, 52, 60, 70})
        QTest::addRow("%d columns", width) << width;
}

void TestWrappedOutcome::plainTextHardWrapped()
{
    QFETCH(int, width);
    const QString text = hardWrapped(reviewParagraphs(orderSentence), width);
    checkOrder(MetadataExtractor::extract(text));
}

void TestWrappedOutcome::docxBreaks_data()
{
    QTest::addColumn<QString>("order");
    // A line break (Shift+Enter) or a hard return in the middle of the sentence.
    QTest::newRow("line break before the period")
        << u"The panel therefore decided to extend the suspension order for\na further 18 months."_s;
    QTest::newRow("line break inside the period")
        << u"The panel therefore decided to extend the suspension order for a further 18\nmonths."_s;
    QTest::newRow("paragraph break before the period")
        << u"The panel therefore decided to extend the suspension order for¶a further 18 months."_s;
    QTest::newRow("paragraph break before the number")
        << u"The panel therefore decided to extend the suspension order for a further¶18 months."_s;
    QTest::newRow("paragraph break after the verb")
        << u"The panel therefore decided to extend¶the suspension order for a further 18 months."_s;
}

void TestWrappedOutcome::docxBreaks()
{
    QFETCH(QString, order);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"review.docx"_s);
    QVERIFY(testfixtures::writeDecisionDocx(path, documentXml(reviewParagraphs(order))));
    const ReadResult read = DocumentReader::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    checkOrder(suggestionsOf(*read.extracted));
}

void TestWrappedOutcome::pdfNarrowColumn_data()
{
    QTest::addColumn<int>("width");
    for (int width : {110, 150, 200, 260})
        QTest::addRow("%d points", width) << width;
}

void TestWrappedOutcome::pdfNarrowColumn()
{
    QFETCH(int, width);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"review.pdf"_s);
    QVERIFY(writeNarrowPdf(path, reviewParagraphs(orderSentence), width));
    const ReadResult read = DocumentReader::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY2(read.extracted->text.contains(u"18"_s), qPrintable(read.extracted->text));
    checkOrder(suggestionsOf(*read.extracted));
}

void TestWrappedOutcome::pdfPageBreak_data()
{
    QTest::addColumn<QString>("order");
    // A form feed: the page ends there, the sentence goes on at the top of the next page.
    QTest::newRow("before the number")
        << u"The panel therefore decided to extend the suspension order for a further \f18 months."_s;
    QTest::newRow("before the article")
        << u"The panel therefore decided to extend the suspension order for \fa further 18 months."_s;
}

void TestWrappedOutcome::pdfPageBreak()
{
    QFETCH(QString, order);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"review.pdf"_s);
    QVERIFY(writeNarrowPdf(path, reviewParagraphs(order), 300));
    const ReadResult read = DocumentReader::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.extracted->pageStarts.size(), 2);
    checkOrder(suggestionsOf(*read.extracted));
}

void TestWrappedOutcome::outcomeField_data()
{
    QTest::addColumn<QStringList>("outcome");
    QTest::addColumn<bool>("docx");
    const auto both = [](const char *name, const QStringList &outcome) {
        QTest::addRow("%s, text", name) << outcome << false;
        QTest::addRow("%s, docx", name) << outcome << true;
    };
    both("inline, line break", {u"Outcome: Suspension order extended for a further\n18 months"_s});
    both("inline, paragraph break",
         {u"Outcome: Suspension order extended for a further¶18 months"_s});
    both("label, line breaks", {u"Outcome:\nSuspension order extended for\na further 18 months"_s});
    both("label, paragraph breaks",
         {u"Outcome:¶Suspension order extended for¶a further 18 months"_s});
}

void TestWrappedOutcome::outcomeField()
{
    QFETCH(QStringList, outcome);
    QFETCH(bool, docx);
    const QStringList paragraphs = reviewParagraphs(orderWithoutPeriod, outcome);
    if (!docx) {
        // As a reader writes it: a line break is a line break, a paragraph break a blank line.
        QString text = paragraphs.join(u"\n\n"_s);
        text.replace(u'¶', u"\n\n"_s);
        checkOrder(MetadataExtractor::extract(text));
        return;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"review.docx"_s);
    QVERIFY(testfixtures::writeDecisionDocx(path, documentXml(paragraphs)));
    const ReadResult read = DocumentReader::readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    checkOrder(suggestionsOf(*read.extracted));
}

void TestWrappedOutcome::unrelatedParagraphsStayApart()
{
    // A paragraph that ends a sentence is no part of the next: the period of an earlier order
    // recited in the following paragraph is not this order's.
    QStringList paragraphs = reviewParagraphs(
        u"The panel therefore decided to extend the suspension order."_s);
    paragraphs.insert(paragraphs.size() - 1,
                      u"5. The original order was made for 18 months in June 2025."_s);
    paragraphs.last() = u"6. This will be reviewed before the order expires."_s;
    const MetadataSuggestions m = MetadataExtractor::extract(paragraphs.join(u"\n\n"_s));
    QVERIFY(m.sanction);
    QCOMPARE(m.sanction->type, SanctionType::Suspension);
    QCOMPARE(m.sanction->durationMonths, std::nullopt);
}

QTEST_MAIN(TestWrappedOutcome)
#include "tst_wrappedoutcome.moc"
