// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/documentreader.h"
#include "importfixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<DocumentFormat>)

class TestDocumentReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectFormat_data();
    void detectFormat();
    void plainText();
    void markdownTitle();
    void windows1252Warns();
    void html();
    void fileProblems();
    void unknownFormat();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

QString TestDocumentReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestDocumentReader::detectFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<DocumentFormat>>("expected");
    using F = DocumentFormat;
    QTest::newRow("pdf magic") << QByteArray("%PDF-1.7\n") << u"x.bin"_s << std::optional(F::Pdf);
    QTest::newRow("pdf after junk")
        << QByteArray("\r\n  %PDF-1.4") << u"x"_s << std::optional(F::Pdf);
    QTest::newRow("odt magic") << QByteArray("PK\x03\x04....mimetypeapplication/vnd.oasis."
                                             "opendocument.text")
                               << u"x.zip"_s << std::optional(F::Odt);
    QTest::newRow("docx magic") << QByteArray("PK\x03\x04....[Content_Types].xml") << u"x"_s
                                << std::optional(F::Docx);
    QTest::newRow("zip named docx")
        << QByteArray("PK\x03\x04") << u"x.DOCX"_s << std::optional(F::Docx);
    QTest::newRow("html doctype") << QByteArray("\xEF\xBB\xBF  <!DOCTYPE html><html>") << u"page"_s
                                  << std::optional(F::Html);
    QTest::newRow("html utf-16") << QByteArray("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14) << u"page"_s
                                 << std::optional(F::Html);
    QTest::newRow("htm") << QByteArray("<p>hi") << u"x.htm"_s << std::optional(F::Html);
    QTest::newRow("txt") << QByteArray("hello") << u"x.txt"_s << std::optional(F::Text);
    QTest::newRow("md") << QByteArray("# hi") << u"x.md"_s << std::optional(F::Markdown);
    QTest::newRow("text named pdf") << QByteArray("notes") << u"x.pdf"_s << std::optional(F::Pdf);
    QTest::newRow("unknown") << QByteArray("hello") << u"x.xyz"_s
                             << std::optional<DocumentFormat>();
}

void TestDocumentReader::detectFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(std::optional<DocumentFormat>, expected);
    QCOMPARE(DocumentReader::detectFormat(head, name), expected);
}

void TestDocumentReader::plainText()
{
    const QString path = write(u"decision.txt"_s, "Allegation\r\n\r\n1. The panel met.\r\n");
    const ReadResult result = DocumentReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extracted->text, u"Allegation\n\n1. The panel met.\n"_s);
    QCOMPARE(result.extracted->format, DocumentFormat::Text);
    QVERIFY(result.extracted->pageStarts.isEmpty());
    QVERIFY(result.extracted->title.isEmpty());
}

void TestDocumentReader::markdownTitle()
{
    const ReadResult result = DocumentReader::readBytes(
        "Intro\n\n# Decision of the fictional panel\n\nText.", u"notes/decision.md"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extracted->format, DocumentFormat::Markdown);
    QCOMPARE(result.extracted->title, u"Decision of the fictional panel"_s);
}

void TestDocumentReader::windows1252Warns()
{
    const ReadResult result = DocumentReader::readBytes("The panel\x92s decision \x96 final.",
                                                        u"old.txt"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extracted->text, u"The panel’s decision – final."_s);
    QCOMPARE(result.extracted->warnings.size(), 1);
    QVERIFY(result.extracted->warnings.first().contains(u"“old.txt”"_s));
}

void TestDocumentReader::html()
{
    const ReadResult result = DocumentReader::readBytes(
        "<html><head><title>Fictional decision</title><script>var x;</script></head>"
        "<body><nav>Home</nav><main><h2>Order</h2><ol><li>The order is made.</li></ol></main>"
        "</body></html>",
        u"page.html"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extracted->format, DocumentFormat::Html);
    QCOMPARE(result.extracted->title, u"Fictional decision"_s);
    QVERIFY(result.extracted->text.contains(u"1. The order is made."_s));
    QVERIFY(!result.extracted->text.contains(u"Home"_s));
    QVERIFY(!result.extracted->text.contains(u"var x"_s));

    ImportLimits shallow;
    shallow.maxHtmlDepth = 20;
    const ReadResult deep = DocumentReader::readBytes(testfixtures::deeplyNestedHtml(40),
                                                      u"deep.html"_s, shallow);
    QVERIFY(!deep.ok());
    QVERIFY2(deep.error.contains(u"“deep.html”"_s) && deep.error.contains(u"20 deep"_s),
             qPrintable(deep.error));
    QVERIFY(
        DocumentReader::readBytes(testfixtures::deeplyNestedHtml(15), u"ok.html"_s, shallow).ok());
    const ReadResult empty = DocumentReader::readBytes("<html><body></body></html>", u"e.html"_s);
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error.contains(u"“e.html”"_s), qPrintable(empty.error));
}

void TestDocumentReader::fileProblems()
{
    const ReadResult missing = DocumentReader::readFile(m_dir.filePath(u"absent.pdf"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error, u"“absent.pdf” cannot be imported: there is no such file."_s);

    const ReadResult folder = DocumentReader::readFile(m_dir.path());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error.contains(u"folder"_s), qPrintable(folder.error));

    const ReadResult empty = DocumentReader::readFile(write(u"empty.txt"_s, {}));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error, u"“empty.txt” cannot be imported: the file is empty."_s);

    const ReadResult blank = DocumentReader::readFile(write(u"blank.txt"_s, " \n\n \n"));
    QVERIFY(!blank.ok());
    QVERIFY2(blank.error.contains(u"holds no text"_s), qPrintable(blank.error));

    ImportLimits small;
    small.maxFileBytes = 10;
    const ReadResult big = DocumentReader::readFile(write(u"big.txt"_s, QByteArray(11, 'a')),
                                                    small);
    QVERIFY(!big.ok());
    QVERIFY2(big.error.startsWith(u"“big.txt” cannot be imported: it is 11 bytes"_s),
             qPrintable(big.error));
    QVERIFY(!DocumentReader::readBytes(QByteArray(11, 'a'), u"big.txt"_s, small).ok());
    QVERIFY(DocumentReader::readBytes(QByteArray(10, 'a'), u"fits.txt"_s, small).ok());

    const QString unreadable = write(u"locked.txt"_s, "text");
    QFile::setPermissions(unreadable, QFileDevice::Permissions{});
    QFile probe(unreadable);
    const bool privileged = probe.open(QIODevice::ReadOnly); // root reads it all the same
    probe.close();
    const ReadResult denied = DocumentReader::readFile(unreadable);
    QFile::setPermissions(unreadable, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (privileged) {
        QVERIFY2(denied.ok(), qPrintable(denied.error));
        return;
    }
    QVERIFY(!denied.ok());
    QVERIFY2(denied.error.startsWith(u"“locked.txt” cannot be imported: it cannot be read"_s),
             qPrintable(denied.error));
}

void TestDocumentReader::unknownFormat()
{
    const ReadResult result = DocumentReader::readBytes("some bytes", u"thing.xyz"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"“thing.xyz” cannot be imported: Casebench cannot tell"_s),
             qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
