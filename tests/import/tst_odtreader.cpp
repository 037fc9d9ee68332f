// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/odtreader.h"
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

QByteArray content(const QByteArray &body, const QByteArray &styles = {})
{
    return "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
           "office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
           "<office:automatic-styles>"
           + styles + "</office:automatic-styles><office:body><office:text>" + body
           + "</office:text></office:body></office:document-content>";
}

} // namespace

class TestOdtReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDecision();
    void throughDocumentReader();
    void listsRestartAndShowLevels();
    void headingsNumberedByTheOutlineStyle();
    void malformed();

private:
    QString readText(const QByteArray &contentXml);

    QTemporaryDir m_dir;
};

QString TestOdtReader::readText(const QByteArray &contentXml)
{
    const QString path = m_dir.filePath(u"case.odt"_s);
    if (!testfixtures::writeDecisionOdt(path, contentXml))
        return u"cannot write"_s;
    const ReadResult result = OdtReader::read(fileBytes(path), u"case.odt"_s, {});
    return result.ok() ? result.extracted->text : u"ERROR: "_s + result.error;
}

void TestOdtReader::readsTheDecision()
{
    const QString path = m_dir.filePath(u"decision.odt"_s);
    QVERIFY(testfixtures::writeDecisionOdt(path));
    const ReadResult result = OdtReader::read(fileBytes(path), u"decision.odt"_s, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString expected = u"Decision on facts\n\n"
                             u"1. The panel heard from two fictional witnesses.[1]\n\n"
                             u"(a) Particular one was found proved.\n\n"
                             u"(b) Particular two was not proved.\n\n"
                             u"A paragraph between the lists.\n\n"
                             u"2. The panel then considered grounds.\n\n"
                             u"Decision on sanction\n\n"
                             u"i. No further action was considered.\n\n"
                             u"ii. A caution order was considered.\n\n"
                             u"Sanction\tMonths\nSuspension\t6\n\n"
                             u"The order takes effect\ttoday.\n\n"
                             u"[1] Both witnesses are invented for this test."_s;
    QCOMPARE(result.extracted->text, expected);
    QCOMPARE(result.extracted->title, u"Fictional Tribunal decision FHT-00043"_s);
    QCOMPARE(result.extracted->format, DocumentFormat::Odt);
}

void TestOdtReader::throughDocumentReader()
{
    const QString path = m_dir.filePath(u"decision-copy.zip"_s);
    QVERIFY(testfixtures::writeDecisionOdt(path));
    const ReadResult result = DocumentReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.extracted->format, DocumentFormat::Odt);
}

void TestOdtReader::listsRestartAndShowLevels()
{
    const QByteArray styles
        = "<text:list-style style:name=\"L\">"
          "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" "
          "style:num-suffix=\".\"/>"
          "<text:list-level-style-number text:level=\"2\" style:num-format=\"1\" "
          "style:num-suffix=\".\" text:display-levels=\"2\"/>"
          "</text:list-style>";
    const QByteArray body
        = "<text:list text:style-name=\"L\"><text:list-item><text:p>one</text:p>"
          "<text:list><text:list-item><text:p>one-one</text:p></text:list-item>"
          "<text:list-item><text:p>one-two</text:p></text:list-item></text:list>"
          "</text:list-item><text:list-item><text:p>two</text:p></text:list-item></text:list>"
          "<text:list text:style-name=\"L\"><text:list-item><text:p>again</text:p>"
          "</text:list-item><text:list-header><text:p>unnumbered</text:p></text:list-header>"
          "<text:list-item text:start-value=\"9\"><text:p>nine</text:p></text:list-item>"
          "</text:list>";
    QCOMPARE(readText(content(body, styles)),
             u"1. one\n\n1.1. one-one\n\n1.2. one-two\n\n2. two\n\n1. again\n\nunnumbered\n\n"
             u"9. nine"_s);
}

void TestOdtReader::headingsNumberedByTheOutlineStyle()
{
    const QByteArray styles = "<text:outline-style style:name=\"Outline\">"
                              "<text:outline-level-style text:level=\"1\" style:num-format=\"1\" "
                              "style:num-suffix=\".\"/></text:outline-style>";
    const QByteArray body = "<text:h text:outline-level=\"1\">Background</text:h>"
                            "<text:p>text</text:p>"
                            "<text:h text:outline-level=\"1\">Findings</text:h>";
    QCOMPARE(readText(content(body, styles)), u"1. Background\n\ntext\n\n2. Findings"_s);
}

void TestOdtReader::malformed()
{
    QVERIFY(readText("<office:document-content><office:body>")
                .contains(u"“case.odt” cannot be imported: its part “content.xml” is not "
                          u"well-formed XML"_s));
    QVERIFY(readText(content(QByteArray("<text:section>").repeated(600) + "x"))
                .contains(u"nests elements more than 512 deep"_s));
    QVERIFY(readText(content("")).contains(u"holds no text"_s));

    const QString path = m_dir.filePath(u"nocontent.odt"_s);
    QVERIFY(testfixtures::detail::zipEntries(
        path, {{u"mimetype"_s, "application/vnd.oasis.opendocument.text"}}, true));
    const ReadResult missing = OdtReader::read(fileBytes(path), u"nocontent.odt"_s, {});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(u"has no content.xml"_s), qPrintable(missing.error));

    const QString whole = m_dir.filePath(u"whole.odt"_s);
    QVERIFY(testfixtures::writeDecisionOdt(whole));
    const QByteArray bytes = fileBytes(whole);
    // (The end record's last bytes hold the comment length and an offset's high bytes: a file
    // cut there still holds every entry whole, checksums and all, so it may be read.)
    for (qsizetype cut = 10; cut < bytes.size() - 8; cut += bytes.size() / 19) {
        const ReadResult cutShort = OdtReader::read(bytes.left(cut), u"cut.odt"_s, {});
        QVERIFY2(!cutShort.ok(), qPrintable(QString::number(cut)));
        QVERIFY(cutShort.error.contains(u"“cut.odt”"_s));
    }
}

QTEST_GUILESS_MAIN(TestOdtReader)
#include "tst_odtreader.moc"
