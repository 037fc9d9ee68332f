// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/documentreader.h"
#include "importfixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

// The malformed set paints PDFs with QPdfWriter: QTEST_MAIN for a QGuiApplication.
class TestImportLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void malformedSetRefused();
    void zipBombByRatio();
    void zipDirectoryThatLies();
    void tooManyEntries();
    void uncompressedTotal();
    void goodFilesWithinDefaults();

private:
    ReadResult read(const QString &name, const ImportLimits &limits = {});

    QTemporaryDir m_dir;
    QHash<QString, QString> m_malformed;
};

ReadResult TestImportLimits::read(const QString &name, const ImportLimits &limits)
{
    return DocumentReader::readFile(m_dir.filePath(name), limits);
}

void TestImportLimits::initTestCase()
{
    m_malformed = testfixtures::writeMalformedSet(m_dir.path());
    QVERIFY(m_malformed.size() >= 15);
}

void TestImportLimits::malformedSetRefused()
{
    for (auto it = m_malformed.cbegin(); it != m_malformed.cend(); ++it) {
        const ReadResult result = read(it.key());
        QVERIFY2(!result.ok(), qPrintable(it.key() + u" was read: "_s + it.value()));
        QVERIFY2(result.error.contains(u"“"_s + it.key() + u"”"_s), qPrintable(result.error));
        // One sentence: it ends with a full stop and holds no line break.
        QVERIFY2(result.error.endsWith(u'.') && !result.error.contains(u'\n'),
                 qPrintable(result.error));
    }
}

void TestImportLimits::zipBombByRatio()
{
    const ReadResult result = read(u"bomb.docx"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"zip bomb"_s) && result.error.contains(u"word/document.xml"_s),
             qPrintable(result.error));
    QVERIFY(QFileInfo(m_dir.filePath(u"bomb.docx"_s)).size() < 100 * 1024);
}

void TestImportLimits::zipDirectoryThatLies()
{
    const ReadResult result = read(u"lying.docx"_s);
    QVERIFY(!result.ok());
    // minizip inflates no further than the size the directory claims; the checksum then fails.
    QVERIFY2(result.error.contains(u"word/document.xml"_s)
                 && (result.error.contains(u"unpacks to more than its archive says"_s)
                     || result.error.contains(u"checksum does not match"_s)),
             qPrintable(result.error));
}

void TestImportLimits::tooManyEntries()
{
    const QString path = m_dir.filePath(u"many.docx"_s);
    QVERIFY(testfixtures::writeManyEntriesDocx(path, 40));
    ImportLimits limits;
    limits.maxArchiveEntries = 30;
    const ReadResult refused = DocumentReader::readFile(path, limits);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"47 entries, more than the limit of 30"_s),
             qPrintable(refused.error));
    limits.maxArchiveEntries = 47;
    QVERIFY(DocumentReader::readFile(path, limits).ok());
}

void TestImportLimits::uncompressedTotal()
{
    const QString path = m_dir.filePath(u"decision.docx"_s);
    QVERIFY(testfixtures::writeDecisionDocx(path));
    ImportLimits limits;
    limits.maxUncompressedBytes = 2000;
    const ReadResult result = DocumentReader::readFile(path, limits);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"unpack to more than"_s), qPrintable(result.error));

    // A high ratio is fine under the limit it is set to.
    ImportLimits lenient;
    lenient.maxCompressionRatio = 100000;
    lenient.maxUncompressedBytes = qint64(64) * 1024 * 1024;
    const ReadResult bomb = DocumentReader::readFile(m_dir.filePath(u"bomb.docx"_s), lenient);
    QVERIFY2(bomb.ok(), qPrintable(bomb.error));
}

void TestImportLimits::goodFilesWithinDefaults()
{
    const QString docx = m_dir.filePath(u"good.docx"_s);
    const QString odt = m_dir.filePath(u"good.odt"_s);
    const QString pdf = m_dir.filePath(u"good.pdf"_s);
    QVERIFY(testfixtures::writeDecisionDocx(docx));
    QVERIFY(testfixtures::writeDecisionOdt(odt));
    QCOMPARE(testfixtures::writeDecisionPdf(pdf, 2).pages, 2);
    for (const QString &path : {docx, odt, pdf}) {
        const ReadResult result = DocumentReader::readFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
    }
}

QTEST_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
