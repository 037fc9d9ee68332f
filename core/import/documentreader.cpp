// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"

#include "docxreader.h"
#include "htmlextractor.h"
#include "odtreader.h"
#include "pdfreader.h"
#include "textdecoder.h"
#include "untrustedfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::DocumentReader)
};

ReadResult failure(const QString &message)
{
    ReadResult result;
    result.error = message;
    return result;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

std::optional<DocumentFormat> formatFromExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf")
        return DocumentFormat::Pdf;
    if (suffix == u"docx")
        return DocumentFormat::Docx;
    if (suffix == u"odt")
        return DocumentFormat::Odt;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return DocumentFormat::Html;
    if (suffix == u"txt" || suffix == u"text")
        return DocumentFormat::Text;
    if (suffix == u"md" || suffix == u"markdown")
        return DocumentFormat::Markdown;
    return std::nullopt;
}

// The head of a text file as lower-case ASCII without a BOM or leading white space, for sniffing
// "<html" and "<!doctype html". UTF-16 is narrowed by dropping its zero bytes.
QByteArray sniffableHead(const QByteArray &head)
{
    QByteArray bytes = head.left(1024);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        bytes = bytes.mid(2).replace('\0', QByteArray());
    return bytes.trimmed().toLower();
}

std::optional<DocumentFormat> formatOfZip(const QByteArray &head, const QString &fileName)
{
    // An ODF package stores its "mimetype" entry first and uncompressed.
    if (head.contains("application/vnd.oasis.opendocument.text"))
        return DocumentFormat::Odt;
    // A Word package names its parts "[Content_Types].xml" and "word/…", usually first.
    if (head.contains("word/") || head.contains("[Content_Types].xml"))
        return DocumentFormat::Docx;
    const auto byName = formatFromExtension(fileName);
    if (byName == DocumentFormat::Docx || byName == DocumentFormat::Odt)
        return byName;
    return std::nullopt;
}

ReadResult readText(const QByteArray &bytes, const QString &fileName, DocumentFormat format)
{
    const DecodedText decoded = TextDecoder::decode(bytes, fileName);
    if (!decoded.ok())
        return failure(decoded.error);
    ExtractedText extracted;
    extracted.format = format;
    extracted.text = decoded.text;
    if (format == DocumentFormat::Markdown) {
        const QStringList lines = decoded.text.split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"# ")) {
                extracted.title = line.mid(2).trimmed();
                break;
            }
        }
    }
    if (decoded.encoding == TextEncoding::Windows1252) {
        extracted.warnings.append(
            Tr::tr(
                "“%1” was read as Windows-1252 text; check accented letters and quotation marks.")
                .arg(fileName));
    }
    if (extracted.text.trimmed().isEmpty())
        return failure(Tr::tr("“%1” cannot be imported: it holds no text.").arg(fileName));
    ReadResult result;
    result.extracted = std::move(extracted);
    return result;
}

ReadResult readHtml(const QByteArray &bytes, const QString &fileName, const ImportLimits &limits)
{
    const DecodedText decoded = TextDecoder::decode(bytes, fileName);
    if (!decoded.ok())
        return failure(decoded.error);
    const HtmlExtraction html = HtmlExtractor::extract(decoded.text, fileName, limits.maxHtmlDepth);
    if (!html.ok())
        return failure(html.error);
    if (html.text.trimmed().isEmpty())
        return failure(Tr::tr("“%1” cannot be imported: the page holds no text.").arg(fileName));
    ExtractedText extracted;
    extracted.format = DocumentFormat::Html;
    extracted.text = html.text;
    extracted.title = html.title;
    ReadResult result;
    result.extracted = std::move(extracted);
    return result;
}

ReadResult readFormat(const QByteArray &bytes, const QString &name, DocumentFormat format,
                      const ImportLimits &limits)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return PdfReader::read(bytes, name, limits);
    case DocumentFormat::Docx:
        return DocxReader::read(bytes, name, limits);
    case DocumentFormat::Odt:
        return OdtReader::read(bytes, name, limits);
    case DocumentFormat::Html:
        return readHtml(bytes, name, limits);
    case DocumentFormat::Text:
    case DocumentFormat::Markdown:
        return readText(bytes, name, format);
    }
    return failure(Tr::tr("“%1” cannot be imported: unknown format.").arg(name));
}

} // namespace

std::optional<DocumentFormat> DocumentReader::detectFormat(const QByteArray &head,
                                                           const QString &fileName)
{
    // PDF readers accept a little junk before the header, as Acrobat does.
    const qsizetype pdf = head.indexOf("%PDF-");
    if (pdf >= 0 && pdf < 1024)
        return DocumentFormat::Pdf;
    if (head.startsWith("PK\x03\x04")) {
        if (const auto zip = formatOfZip(head, fileName))
            return zip;
    }
    const auto byName = formatFromExtension(fileName);
    const QByteArray text = sniffableHead(head);
    if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
        if (byName != DocumentFormat::Pdf && byName != DocumentFormat::Docx
            && byName != DocumentFormat::Odt)
            return DocumentFormat::Html;
    }
    return byName;
}

ReadResult DocumentReader::readFile(const QString &path, const ImportLimits &limits)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (info.isDir())
        return failure(Tr::tr("“%1” cannot be imported: it is a folder, not a file.").arg(name));
    if (info.isFile() && info.size() > limits.maxFileBytes) {
        return failure(
            Tr::tr("“%1” cannot be imported: it is %2, more than the import limit of %3.")
                .arg(name, sizeText(info.size()), sizeText(limits.maxFileBytes)));
    }
    // Only a regular file, and never more than the limit: not /dev/zero, not a FIFO.
    QString problem;
    const auto bytes = untrustedfile::read(path, limits.maxFileBytes, problem);
    if (!bytes)
        return failure(Tr::tr("“%1” cannot be imported: %2.").arg(name, problem));
    return readBytes(*bytes, name, limits);
}

ReadResult DocumentReader::readBytes(const QByteArray &bytes, const QString &fileName,
                                     const ImportLimits &limits)
{
    const QString name = QFileInfo(fileName).fileName().isEmpty() ? fileName
                                                                  : QFileInfo(fileName).fileName();
    if (bytes.size() > limits.maxFileBytes) {
        return failure(
            Tr::tr("“%1” cannot be imported: it is %2, more than the import limit of %3.")
                .arg(name, sizeText(bytes.size()), sizeText(limits.maxFileBytes)));
    }
    if (bytes.isEmpty())
        return failure(Tr::tr("“%1” cannot be imported: the file is empty.").arg(name));
    const auto format = detectFormat(bytes.left(4096), name);
    if (!format) {
        return failure(
            Tr::tr("“%1” cannot be imported: Casebench cannot tell what kind of document "
                   "it is; it reads PDF, Word (.docx), OpenDocument (.odt), web pages "
                   "(.html), plain text (.txt) and Markdown (.md).")
                .arg(name));
    }
    ReadResult result = readFormat(bytes, name, *format, limits);
    // Every format is held to one limit on the text of a document (DOCX and ODT count theirs
    // while they read, part by part).
    if (result.ok() && result.extracted->text.size() > limits.maxTextCharacters) {
        return failure(Tr::tr("“%1” cannot be imported: its text passes the limit of %2 characters "
                              "for one document.")
                           .arg(name)
                           .arg(limits.maxTextCharacters));
    }
    return result;
}

} // namespace casebench
