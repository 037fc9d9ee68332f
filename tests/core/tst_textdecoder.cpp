// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

// Curly quotes, a pound sign, an en dash and an accent: what Word's "ANSI" text is full of.
const QString sample
    = u"The panel’s order – a caution for £0 costs – was “agreed” by the café owner.\nSecond line."_s;

QByteArray withBom(const QByteArray &bom, const QByteArray &body)
{
    return bom + body;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void decodesUnicode_data();
    void decodesUnicode();
    void decodesWindows1252();
    void windows1252TableMatchesIcu();
    void normalisesLineEnds();
    void emptyFileIsEmptyText();
    void refuses_data();
    void refuses();
};

void TestTextDecoder::init()
{
    // An invalid pattern or a Qt warning is a failure here, not noise.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestTextDecoder::decodesUnicode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");

    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);
    QTest::newRow("utf-8") << sample.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("utf-8 with BOM")
        << withBom("\xEF\xBB\xBF", sample.toUtf8()) << TextEncoding::Utf8Bom;
    QTest::newRow("utf-16le with BOM")
        << withBom("\xFF\xFE", le.encode(sample)) << TextEncoding::Utf16LE;
    QTest::newRow("utf-16be with BOM")
        << withBom("\xFE\xFF", be.encode(sample)) << TextEncoding::Utf16BE;
}

void TestTextDecoder::decodesUnicode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    const DecodedText decoded = TextDecoder::decode(bytes, u"decision.txt"_s);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, sample);
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY(!decoded.text.startsWith(QChar(0xFEFF)));
}

void TestTextDecoder::decodesWindows1252()
{
    // 0x92 right quote, 0x96 en dash, 0xA3 pound, 0x93/0x94 double quotes, 0xE9 é.
    const QByteArray bytes("The panel\x92s order \x96 a caution for \xA3"
                           "0 costs \x96 was \x93"
                           "agreed\x94 by the caf\xE9 owner.\r\nSecond line.");
    const DecodedText decoded = TextDecoder::decode(bytes, u"notes.txt"_s);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, TextEncoding::Windows1252);
    QCOMPARE(decoded.text, sample);
}

void TestTextDecoder::windows1252TableMatchesIcu()
{
    // The table's fixed points, whatever Qt was built with.
    QCOMPARE(TextDecoder::decodeWindows1252("\x80\x85\x91\x92\x96\x97\x99\x9F"), u"€…‘’–—™Ÿ"_s);
    QCOMPARE(TextDecoder::decodeWindows1252("\x81\x8D\x8F\x90\x9D"), QString(5, QChar(0xFFFD)));
    QCOMPARE(TextDecoder::decodeWindows1252("A\xA3\xE9\xFF"), u"A£éÿ"_s);

    // Every defined byte agrees with ICU's code page, where this Qt has ICU.
    QStringDecoder icu("windows-1252");
    QByteArray all;
    for (int b = 0x20; b <= 0xFF; ++b) {
        if (b != 0x81 && b != 0x8D && b != 0x8F && b != 0x90 && b != 0x9D && b != 0x7F)
            all.append(static_cast<char>(b));
    }
    const QString ours = TextDecoder::decodeWindows1252(all);
    QCOMPARE(ours.size(), all.size());
    QVERIFY(!ours.contains(QChar(0xFFFD)));
    if (icu.isValid())
        QCOMPARE(ours, icu.decode(all));
}

void TestTextDecoder::normalisesLineEnds()
{
    const DecodedText decoded = TextDecoder::decode("one\r\ntwo\rthree\nfour\r\n", u"a.md"_s);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.text, u"one\ntwo\nthree\nfour\n"_s);
    QCOMPARE(TextDecoder::normaliseLineEnds(u"a\r\r\nb"_s), u"a\n\nb"_s);
}

void TestTextDecoder::emptyFileIsEmptyText()
{
    const DecodedText decoded = TextDecoder::decode(QByteArray(), u"empty.txt"_s);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.text.isEmpty());
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem"); // a word the message must contain

    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);
    QStringEncoder utf32(QStringConverter::Utf32LE);
    QTest::newRow("utf-16le without BOM") << QByteArray(le.encode(sample)) << u"byte-order mark"_s;
    QTest::newRow("utf-16be without BOM") << QByteArray(be.encode(sample)) << u"byte-order mark"_s;
    QTest::newRow("binary with NULs")
        << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20) << u"binary"_s;
    // "こんにちは、世界" in Shift-JIS: high bytes in pairs.
    QTest::newRow("shift-jis") << QByteArray(
        "\x82\xB1\x82\xF1\x82\xC9\x82\xBF\x82\xCD\x81\x41\x90\xA2\x8A\x45")
                               << u"encoding"_s;
    QTest::newRow("shift-jis without undefined bytes")
        << QByteArray("\x82\xB1\x82\xF1\x82\xC9\x82\xBF\x82\xCD") << u"Shift-JIS"_s;
    QTest::newRow("control byte") << QByteArray("Decision\x01 text") << u"U+0001"_s;
    QTest::newRow("c1 control in utf-8") << QByteArray("Decision \xC2\x85 text") << u"U+0085"_s;
    QTest::newRow("bad utf-8 after BOM") << QByteArray("\xEF\xBB\xBFgood \xFF bad") << u"UTF-8"_s;
    QTest::newRow("odd utf-16") << QByteArray("\xFF\xFE\x41\x00\x42") << u"incomplete"_s;
    QTest::newRow("utf-32") << withBom(QByteArray("\xFF\xFE\x00\x00", 4), utf32.encode(sample))
                            << u"UTF-32"_s;
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const DecodedText decoded = TextDecoder::decode(bytes, u"upload.txt"_s);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.text.isEmpty());
    QVERIFY2(decoded.error.contains(u"“upload.txt”"_s), qPrintable(decoded.error));
    QVERIFY2(decoded.error.contains(problem), qPrintable(decoded.error));
    QVERIFY2(decoded.error.endsWith(u'.'), qPrintable(decoded.error));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
