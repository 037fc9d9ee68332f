// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Generators for import fixtures: decision PDFs, DOCX and ODT files, and a malformed set. Every
// decision they write is fictional, written for Casebench's tests: no real person or hearing.
//
// Use from tests and benchmarks:
//   - PDFs are painted with QPdfWriter, so the program needs a QGuiApplication (QTEST_MAIN on
//     the offscreen platform, as CTest runs every test).
//   - DOCX/ODT/zip fixtures use QuaZip: link QuaZip::QuaZip (tests/import/CMakeLists.txt shows
//     how).

#include "importfixturetext.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>

namespace casebench::testfixtures {

/// What writeDecisionPdf() wrote, so tests can check a reader against it.
struct DecisionPdf
{
    int pages = 0;
    QString header;                    ///< the running head on every page
    QString footerTemplate;            ///< the footer, "%1" the page number, "%2" the count
    QStringList hyphenatedWords;       ///< words split with a hyphen across a line end
    QHash<QString, int> paragraphPage; ///< numbered paragraph ("12") → page it starts on
    QStringList stageHeadings;         ///< in order
};

namespace detail {

/// A line placed on a page of the generated PDF.
struct PlacedLine
{
    QString text;
    qreal y = 0;
    bool bold = false;
};

/// Lays the blocks out on A4 pages in points: greedy word wrap, long words hyphenated at the
/// line end, a blank line between blocks. Fills `info` with pages, paragraph pages and
/// hyphenated words.
inline QList<QList<PlacedLine>> layOut(const QList<DecisionBlock> &blocks, const QFont &font,
                                       DecisionPdf &info)
{
    const QFontMetricsF metrics(font);
    const qreal width = 595 - 2 * 72;
    const qreal top = 90;
    const qreal bottom = 842 - 90;
    const qreal lineHeight = metrics.height() * 1.25;
    QList<QList<PlacedLine>> pages{{}};
    qreal y = top;
    info.hyphenatedWords.clear();
    info.paragraphPage.clear();
    const auto newLine = [&](const QString &text, bool bold) {
        if (y + lineHeight > bottom) {
            pages.append(QList<PlacedLine>{});
            y = top;
        }
        pages.last().append(PlacedLine{text, y, bold});
        y += lineHeight;
    };
    for (const DecisionBlock &block : blocks) {
        if (y + 2 * lineHeight > bottom) { // keep a block's first lines together
            pages.append(QList<PlacedLine>{});
            y = top;
        }
        if (!block.number.isEmpty())
            info.paragraphPage.insert(block.number, static_cast<int>(pages.size()));
        const QStringList words = block.text.split(u' ', Qt::SkipEmptyParts);
        QString line;
        for (const QString &word : words) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (metrics.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            // Split a long, plain word with a hyphen when its first part still fits.
            bool split = false;
            if (word.size() >= 9 && word.front().isLower()
                && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); })) {
                for (qsizetype cut = word.size() - 4; cut >= 4; --cut) {
                    const QString head = line + u' ' + word.left(cut) + u'-';
                    if (metrics.horizontalAdvance(head) <= width) {
                        newLine(head, block.heading);
                        info.hyphenatedWords.append(word);
                        line = word.mid(cut);
                        split = true;
                        break;
                    }
                }
            }
            if (!split) {
                newLine(line, block.heading);
                line = word;
            }
        }
        if (!line.isEmpty())
            newLine(line, block.heading);
        y += lineHeight * 0.8; // the space between paragraphs
    }
    info.pages = static_cast<int>(pages.size());
    return pages;
}

inline bool zipEntries(const QString &path, const QList<std::pair<QString, QByteArray>> &entries,
                       bool firstStored = false)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    bool first = true;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        const int method = first && firstStored ? 0 : 8;
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, method))
            return false;
        file.write(data);
        file.close();
        first = false;
        if (file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace detail

/// Writes a fictional decision of exactly `pages` pages (at least 1) to `path`: a title block,
/// the stage headings (Allegation … Notes), paragraphs numbered straight through, particulars
/// "(a)", "(b)", a running head and a "Page N of M" footer on every page, and long words
/// hyphenated across line ends. The same `seed` writes the same text. Returns what it wrote
/// (pages 0 on failure).
inline DecisionPdf writeDecisionPdf(const QString &path, int pages, quint32 seed = 1)
{
    DecisionPdf info;
    pages = qMax(pages, 1);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10); // QPdfWriter at 72 dpi: one pixel is one point
    const DecisionText decision = decisionText(seed);
    info.header = decision.header;
    info.footerTemplate = QStringLiteral("Page %1 of %2");
    info.stageHeadings = decision.stageHeadings;
    // Grow the body a paragraph at a time until it fills the pages asked for.
    QList<QList<detail::PlacedLine>> laidOut;
    for (int paragraphs = pages * 3;; ++paragraphs) {
        laidOut = detail::layOut(decisionBlocks(decision, paragraphs, seed), font, info);
        if (info.pages >= pages || paragraphs > pages * 40)
            break;
    }
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(decision.title);
    writer.setCreator(QStringLiteral("Casebench test fixtures"));
    QPainter painter;
    if (!painter.begin(&writer))
        return {};
    QFont bold = font;
    bold.setBold(true);
    for (qsizetype p = 0; p < laidOut.size(); ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(font);
        painter.drawText(QPointF(72, 50), info.header);
        const QString footer = info.footerTemplate.arg(p + 1).arg(laidOut.size());
        painter.drawText(QPointF(72, 842 - 45), footer);
        for (const detail::PlacedLine &line : laidOut.at(p)) {
            painter.setFont(line.bold ? bold : font);
            painter.drawText(QPointF(72, line.y), line.text);
        }
    }
    painter.end();
    return info;
}

/// A PDF whose only page is an image with no text layer, as a scan is.
inline bool writeImageOnlyPdf(const QString &path)
{
    QImage image(400, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter imagePainter(&image);
    for (int y = 40; y < 460; y += 14)
        imagePainter.fillRect(30, y, 300 + (y * 7) % 60, 6, Qt::black); // lines of "print"
    imagePainter.end();
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.drawImage(QRectF(50, 50, 400, 500), image);
    painter.end();
    return true;
}

/// A PDF encrypted with a user password (40-bit RC4, the standard security handler), written
/// by hand: no reader can open it without the password, which is not the empty one.
inline bool writeEncryptedPdf(const QString &path)
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>",
        "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44"
        " /O <2055c756c72e1ad702608e8196acad447ad32d17cff583235f6dd15fed7dab67>"
        " /U <8a5a7a6f3e8ad1c3e2a2d4b3f1a5c7d98a5a7a6f3e8ad1c3e2a2d4b3f1a5c7d9> >>",
        "<< /Length 16 >>\nstream\n\x93\x11\x8c\x02\x5b\xee\x41\x07\x9a\x3c\x55\x60\x0f\xd2\x88\x31"
        "\nendstream",
    };
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef>"
             " <0123456789abcdef0123456789abcdef>] >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return detail::writeBytes(path, pdf);
}

/// Writes a fictional decision as a Word document: a title in docProps/core.xml, a heading, a
/// numbered list "1." with sub-items "(a)", "(b)" and a roman-numbered list "i.", "ii.", a
/// table, and a footnote. `extraParts` are added as they are (for malformed variants);
/// `documentXml` replaces word/document.xml when given.
inline bool writeDecisionDocx(const QString &path, const QByteArray &documentXml = {},
                              const QList<std::pair<QString, QByteArray>> &extraParts = {})
{
    QList<std::pair<QString, QByteArray>> entries{
        {QStringLiteral("[Content_Types].xml"), docxContentTypes()},
        {QStringLiteral("_rels/.rels"), docxRels()},
        {QStringLiteral("docProps/core.xml"), docxCore()},
        {QStringLiteral("word/document.xml"), documentXml.isNull() ? docxDocument() : documentXml},
        {QStringLiteral("word/numbering.xml"), docxNumbering()},
        {QStringLiteral("word/styles.xml"), docxStyles()},
        {QStringLiteral("word/footnotes.xml"), docxFootnotes()},
    };
    entries += extraParts;
    return detail::zipEntries(path, entries);
}

/// Writes the same fictional decision as an OpenDocument text: meta.xml title, a heading, a
/// numbered list with a nested "(a)" level, a roman list, a table and a footnote.
inline bool writeDecisionOdt(const QString &path, const QByteArray &contentXml = {})
{
    return detail::zipEntries(
        path,
        {
            {QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text")},
            {QStringLiteral("META-INF/manifest.xml"), odtManifest()},
            {QStringLiteral("meta.xml"), odtMeta()},
            {QStringLiteral("styles.xml"), odtStyles()},
            {QStringLiteral("content.xml"), contentXml.isNull() ? odtContent() : contentXml},
        },
        true);
}

/// A DOCX whose document.xml would inflate to `megabytes` MB of spaces (a few KB on disk):
/// its compression ratio is far past any sane limit.
inline bool writeZipBombDocx(const QString &path, int megabytes = 8)
{
    QByteArray body = docxDocument();
    body.insert(body.indexOf("<w:body>"), QByteArray(megabytes * 1024 * 1024, ' '));
    return writeDecisionDocx(path, body);
}

/// A DOCX whose zip directory lies: it claims document.xml unpacks to a few hundred bytes while
/// the data inflates to `megabytes` MB, so only a check made while inflating catches it.
inline bool writeLyingZipDocx(const QString &path, int megabytes = 2)
{
    if (!writeZipBombDocx(path, megabytes))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const QByteArray name = "word/document.xml";
    // Central directory header: signature, …, uncompressed size at 24, name length at 28, name
    // at 46. Local header: uncompressed size at 22, name at 30.
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0;
         at = bytes.indexOf("PK\x01\x02", at + 4)) {
        if (bytes.mid(at + 46, name.size()) == name) {
            const quint32 compressed = qFromLittleEndian<quint32>(bytes.constData() + at + 20);
            const quint32 claimed = compressed * 2;
            qToLittleEndian(claimed, bytes.data() + at + 24);
        }
    }
    for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0;
         at = bytes.indexOf("PK\x03\x04", at + 4)) {
        if (bytes.mid(at + 30, name.size()) == name) {
            const quint32 compressed = qFromLittleEndian<quint32>(bytes.constData() + at + 18);
            qToLittleEndian(compressed * 2, bytes.data() + at + 22);
        }
    }
    file.seek(0);
    return file.write(bytes) == bytes.size();
}

/// A DOCX with `count` entries, for the entry-count limit.
inline bool writeManyEntriesDocx(const QString &path, int count)
{
    QList<std::pair<QString, QByteArray>> extra;
    for (int i = 0; i < count; ++i)
        extra.append({QStringLiteral("word/media/part%1.xml").arg(i), QByteArray("<x/>")});
    return writeDecisionDocx(path, {}, extra);
}

/// An HTML page whose elements nest `depth` deep.
inline QByteArray deeplyNestedHtml(int depth)
{
    return "<html><body>" + QByteArray("<div>").repeated(depth) + "text"
           + QByteArray("</div>").repeated(depth) + "</body></html>";
}

/// `size` bytes of noise from `seed`.
inline QByteArray randomBytes(int size, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, '\0');
    for (char &b : bytes)
        b = static_cast<char>(random.bounded(256));
    return bytes;
}

/// The malformed set, written into `folder`: each file's name → what is wrong with it. Every
/// one must be refused with a message naming the file, and none may crash a reader.
inline QHash<QString, QString> writeMalformedSet(const QString &folder)
{
    QHash<QString, QString> files;
    const auto at = [&folder](const QString &name) -> QString { return folder + u'/' + name; };
    writeDecisionPdf(at(QStringLiteral("whole.pdf")), 2, 3);
    QFile whole(at(QStringLiteral("whole.pdf")));
    if (whole.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = whole.readAll();
        detail::writeBytes(at(QStringLiteral("truncated.pdf")), bytes.left(bytes.size() / 2));
        files.insert(QStringLiteral("truncated.pdf"), QStringLiteral("truncated"));
    }
    QFile::remove(at(QStringLiteral("whole.pdf")));
    writeDecisionDocx(at(QStringLiteral("whole.docx")));
    QFile wholeDocx(at(QStringLiteral("whole.docx")));
    if (wholeDocx.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = wholeDocx.readAll();
        detail::writeBytes(at(QStringLiteral("truncated.docx")), bytes.left(bytes.size() * 2 / 3));
        files.insert(QStringLiteral("truncated.docx"), QStringLiteral("truncated"));
    }
    QFile::remove(at(QStringLiteral("whole.docx")));
    detail::writeBytes(at(QStringLiteral("notes.pdf")), "These are my notes, not a PDF.\n");
    files.insert(QStringLiteral("notes.pdf"), QStringLiteral("text named .pdf"));
    detail::writeBytes(at(QStringLiteral("noise.pdf")), randomBytes(4096));
    files.insert(QStringLiteral("noise.pdf"), QStringLiteral("random bytes"));
    detail::writeBytes(at(QStringLiteral("noise.docx")), randomBytes(4096, 8));
    files.insert(QStringLiteral("noise.docx"), QStringLiteral("random bytes"));
    detail::writeBytes(at(QStringLiteral("noise.odt")), "PK\x03\x04" + randomBytes(4096, 9));
    files.insert(QStringLiteral("noise.odt"), QStringLiteral("zip magic, random body"));
    detail::writeBytes(at(QStringLiteral("noise.txt")), randomBytes(4096, 10));
    files.insert(QStringLiteral("noise.txt"), QStringLiteral("random bytes"));
    writeZipBombDocx(at(QStringLiteral("bomb.docx")));
    files.insert(QStringLiteral("bomb.docx"), QStringLiteral("zip bomb"));
    writeLyingZipDocx(at(QStringLiteral("lying.docx")));
    files.insert(QStringLiteral("lying.docx"), QStringLiteral("zip directory lies"));
    writeEncryptedPdf(at(QStringLiteral("encrypted.pdf")));
    files.insert(QStringLiteral("encrypted.pdf"), QStringLiteral("encrypted"));
    writeImageOnlyPdf(at(QStringLiteral("scan.pdf")));
    files.insert(QStringLiteral("scan.pdf"), QStringLiteral("no text layer"));
    detail::writeBytes(at(QStringLiteral("nested.html")), deeplyNestedHtml(5000));
    files.insert(QStringLiteral("nested.html"), QStringLiteral("nesting"));
    writeDecisionDocx(at(QStringLiteral("badxml.docx")), "<w:document><w:body><w:p>");
    files.insert(QStringLiteral("badxml.docx"), QStringLiteral("malformed XML"));
    detail::zipEntries(at(QStringLiteral("nobody.docx")),
                       {{QStringLiteral("[Content_Types].xml"), docxContentTypes()}});
    files.insert(QStringLiteral("nobody.docx"), QStringLiteral("no word/document.xml"));
    writeDecisionOdt(at(QStringLiteral("badxml.odt")), "<office:document-content><office:body>");
    files.insert(QStringLiteral("badxml.odt"), QStringLiteral("malformed XML"));
    detail::writeBytes(at(QStringLiteral("empty.txt")), {});
    files.insert(QStringLiteral("empty.txt"), QStringLiteral("empty"));
    return files;
}

} // namespace casebench::testfixtures
