// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include "pdflayout.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::PdfReader)
};

ReadResult failure(const QString &message)
{
    ReadResult result;
    result.error = message;
    return result;
}

bool pastDeadline(const QVariant &deadline)
{
    return QDateTime::currentMSecsSinceEpoch() > deadline.toLongLong();
}

// Typographic ligatures ("ﬁ", "ﬃ") become their letters, so that words can be searched.
QString withoutLigatures(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06) {
            const QString letters = text.mid(i, 1).normalized(QString::NormalizationForm_KC);
            text.replace(i, 1, letters);
            i += letters.size() - 1;
        }
    }
    return text;
}

// Words in Poppler's reading order, grouped into the lines it found (nextWord() runs along a
// line and is null at its end).
QList<pdflayout::Line> pageLines(const Poppler::Page &page, qint64 deadline, bool &aborted)
{
    const auto words = page.textList(Poppler::Page::Rotate0, &pastDeadline, QVariant(deadline));
    aborted = pastDeadline(QVariant(deadline));
    QList<pdflayout::Line> lines;
    pdflayout::Line line;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Poppler::TextBox &word = *words[i];
        if (line.text.isEmpty())
            line.box = word.boundingBox();
        else
            line.box = line.box.united(word.boundingBox());
        line.text += withoutLigatures(word.text());
        const bool last = i + 1 == words.size() || word.nextWord() == nullptr;
        if (last) {
            if (!line.text.trimmed().isEmpty())
                lines.append(line);
            line = pdflayout::Line{};
        } else if (word.hasSpaceAfter()) {
            line.text += u' ';
        }
    }
    return lines;
}

} // namespace

ReadResult PdfReader::read(const QByteArray &bytes, const QString &fileName,
                           const ImportLimits &limits)
{
    const qsizetype header = bytes.indexOf("%PDF-");
    if (header < 0 || header >= 1024) {
        return failure(
            Tr::tr("“%1” cannot be imported: it is not a PDF (it does not start as one); "
                   "it may be another kind of file with a .pdf name.")
                .arg(fileName));
    }
    // Every complete PDF ends with %%EOF; without it the file was cut short, and Poppler would
    // quietly rebuild what it could: a silent partial document.
    if (!bytes.right(4096).contains("%%EOF")) {
        return failure(Tr::tr("“%1” cannot be imported: the PDF is truncated (it does not end as a "
                              "complete PDF does); download or copy it again.")
                           .arg(fileName));
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        return failure(Tr::tr("“%1” cannot be imported: the PDF is damaged and cannot be opened.")
                           .arg(fileName));
    }
    if (document->isLocked()) {
        return failure(Tr::tr("“%1” is encrypted with a password; Casebench cannot read its text. "
                              "Save an unprotected copy and import that.")
                           .arg(fileName));
    }
    const int pages = document->numPages();
    if (pages <= 0) {
        return failure(
            Tr::tr("“%1” cannot be imported: the PDF is damaged (it has no pages).").arg(fileName));
    }
    if (pages > limits.maxPdfPages) {
        return failure(
            Tr::tr("“%1” cannot be imported: it has %2 pages, more than the limit of %3.")
                .arg(fileName)
                .arg(pages)
                .arg(limits.maxPdfPages));
    }

    QElapsedTimer timer;
    timer.start();
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + limits.maxPdfMilliseconds;
    const QString tooSlow = Tr::tr(
                                "“%1” cannot be imported: reading its text took longer than %2 "
                                "seconds, the limit; the PDF may be damaged or unusually complex.")
                                .arg(fileName)
                                .arg(limits.maxPdfMilliseconds / 1000.0, 0, 'g', 3);
    QList<QList<pdflayout::Line>> pageTexts;
    pageTexts.reserve(pages);
    for (int i = 0; i < pages; ++i) {
        if (timer.elapsed() >= limits.maxPdfMilliseconds)
            return failure(tooSlow);
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page) {
            return failure(Tr::tr("“%1” cannot be imported: page %2 of the PDF is damaged.")
                               .arg(fileName)
                               .arg(i + 1));
        }
        bool aborted = false;
        pageTexts.append(pageLines(*page, deadline, aborted));
        if (aborted || timer.elapsed() >= limits.maxPdfMilliseconds)
            return failure(tooSlow);
    }

    QList<int> emptyPages;
    for (int i = 0; i < pages; ++i) {
        if (pageTexts.at(i).isEmpty())
            emptyPages.append(i + 1);
    }
    if (emptyPages.size() == pages) {
        return failure(
            Tr::tr("“%1” has no text layer (it is probably a scan); Casebench cannot read "
                   "its text. Run it through OCR and import the result.")
                .arg(fileName));
    }

    pdflayout::Layout layout = pdflayout::assemble(pdflayout::withoutFurniture(pageTexts));
    ExtractedText extracted;
    extracted.format = DocumentFormat::Pdf;
    extracted.text = std::move(layout.text);
    extracted.pageStarts = std::move(layout.pageStarts);
    extracted.title = document->info(u"Title"_s).simplified();
    if (!emptyPages.isEmpty()) {
        QStringList numbers;
        for (int n : std::as_const(emptyPages))
            numbers.append(QString::number(n));
        extracted.warnings.append(
            Tr::tr("“%1”: page(s) %2 have no text layer (scanned?); their text is missing.")
                .arg(fileName, numbers.join(u", "_s)));
    }
    ReadResult result;
    result.extracted = std::move(extracted);
    return result;
}

} // namespace casebench
