// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/docxreader.h"
#include "importfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDocxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDecision();
    void throughDocumentReader();
    void numberingRestartsAndContinues();
    void malformed_data();
    void malformed();
    void deepXmlIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestDocxReader::readsTheDecision()
{
    const QString path = m_dir.filePath(u"decision.docx"_s);
    QVERIFY(testfixtures::writeDecisionDocx(path));
    const ReadResult result = DocxReader::read(fileBytes(path), u"decision.docx"_s, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString expected = u"Decision on facts\n\n"
                             u"1. The panel heard from two fictional witnesses.[1]\n\n"
                             u"(a) Particular one was found proved.\n\n"
                             u"(b) Particular two was not proved.\n\n"
                             u"2. The panel then considered grounds.\n\n"
                             u"Decision on sanction\n\n"
                             u"i. No further action was considered.\n\n"
                             u"ii. A caution order was considered.\n\n"
                             u"Sanction\tMonths\nSuspension\t6\n\n"
                             u"The order takes effect\ttoday.\n\n"
                             u"[1] Both witnesses are invented for this test."_s;
    QCOMPARE(result.extracted->text, expected);
    QCOMPARE(result.extracted->title, u"Fictional Tribunal decision FHT-00042"_s);
    QCOMPARE(result.extracted->format, DocumentFormat::Docx);
    QVERIFY(result.extracted->pageStarts.isEmpty());
    QVERIFY(result.extracted->warnings.isEmpty());
}

void TestDocxReader::throughDocumentReader()
{
    const QString path = m_dir.filePath(u"named-oddly.bin"_s);
    QVERIFY(testfixtures::writeDecisionDocx(path));
    const ReadResult result = DocumentReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extracted->format, DocumentFormat::Docx);
    QVERIFY(result.extracted->text.contains(u"ii. A caution order"_s));
}

void TestDocxReader::numberingRestartsAndContinues()
{
    // Two instances of one definition continue one another unless one restarts (startOverride);
    // a deeper level restarts under each new parent; lvlText may show several levels.
    const QByteArray numbering = R"x(<?xml version="1.0"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
</w:numbering>)x";
    const auto p = [](int num, int level, const char *text) -> QByteArray {
        return QByteArray("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"") + QByteArray::number(level)
               + "\"/><w:numId w:val=\"" + QByteArray::number(num)
               + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    };
    const QByteArray document
        = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          "<w:body>"
          + p(1, 0, "one") + p(1, 1, "one-one") + p(1, 1, "one-two") + p(1, 2, "deep")
          + p(2, 0, "two") + p(2, 1, "two-one") + p(3, 0, "seven") + "</w:body></w:document>";
    const QString path = m_dir.filePath(u"numbering.docx"_s);
    QVERIFY(testfixtures::detail::zipEntries(
        path, {{u"word/document.xml"_s, document}, {u"word/numbering.xml"_s, numbering}}));
    const ReadResult result = DocxReader::read(fileBytes(path), u"numbering.docx"_s, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extracted->text,
             u"1. one\n\n1.1 one-one\n\n1.2 one-two\n\nI) deep\n\n2. two\n\n2.1 two-one\n\n"
             u"7. seven"_s);
}

void TestDocxReader::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("random") << testfixtures::randomBytes(3000) << u"Word document"_s;
    QTest::newRow("zip magic only") << QByteArray("PK\x03\x04garbage") << u"Word document"_s;
    QTest::newRow("empty zip") << QByteArray("PK\x05\x06" + QByteArray(18, '\0'))
                               << u"Word document"_s;
}

void TestDocxReader::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const ReadResult result = DocxReader::read(bytes, u"broken.docx"_s, {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"“broken.docx”"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));

    // Every way of cutting a good file short is refused, never half read.
    const QString path = m_dir.filePath(u"whole.docx"_s);
    QVERIFY(testfixtures::writeDecisionDocx(path));
    const QByteArray whole = fileBytes(path);
    // (The end record's last bytes hold the comment length and an offset's high bytes: a file
    // cut there still holds every entry whole, checksums and all, so it may be read.)
    for (qsizetype cut = 10; cut < whole.size() - 8; cut += whole.size() / 23) {
        const ReadResult cutShort = DocxReader::read(whole.left(cut), u"cut.docx"_s, {});
        QVERIFY2(!cutShort.ok(),
                 qPrintable(QString::number(cut) + u" of "_s + QString::number(whole.size())));
        QVERIFY(cutShort.error.contains(u"“cut.docx”"_s));
    }
}

void TestDocxReader::deepXmlIsRefused()
{
    ImportLimits limits;
    limits.maxHtmlDepth = 64;
    const QByteArray deep = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                            "wordprocessingml/2006/main\"><w:body>"
                            + QByteArray("<w:sdt>").repeated(200)
                            + QByteArray("</w:sdt>").repeated(200) + "</w:body></w:document>";
    const QString path = m_dir.filePath(u"deep.docx"_s);
    QVERIFY(testfixtures::writeDecisionDocx(path, deep));
    const ReadResult result = DocxReader::read(fileBytes(path), u"deep.docx"_s, limits);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"“deep.docx”"_s) && result.error.contains(u"64 deep"_s),
             qPrintable(result.error));

    const QString bad = m_dir.filePath(u"bad.docx"_s);
    QVERIFY(testfixtures::writeDecisionDocx(bad, "<w:document><w:body><w:p>"));
    const ReadResult malformed = DocxReader::read(fileBytes(bad), u"bad.docx"_s, {});
    QVERIFY(!malformed.ok());
    QVERIFY2(malformed.error.contains(u"not well-formed XML"_s), qPrintable(malformed.error));
}

QTEST_GUILESS_MAIN(TestDocxReader)
#include "tst_docxreader.moc"
