// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlebuilder.h"

#include "bundlehtml.h"
#include "model/libraryerror.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::BundleBuilder)
};

[[noreturn]] void throwWriteError(const QString &path, const QString &reason)
{
    throw LibraryError(
        LibraryError::Kind::Io,
        Tr::tr("Cannot write the bundle to %1: %2.").arg(QDir::toNativeSeparators(path), reason));
}

/// Moves a heading that would sit at the foot of a page, without room for what follows, to the
/// next page, by widening its top margin by the rest of the page, top to bottom, each against the
/// layout the ones before it made. (A forced page break does the same in QTextDocument, but
/// drops a heading that follows a table from the painted page in Qt 6.4.)
void keepHeadingsWithText(QTextDocument &document, qreal pageHeight)
{
    const qreal room = pageHeight * 0.12;
    (void) document.documentLayout()->documentSize();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        const qreal top = std::fmod(rect.top(), pageHeight);
        if (rect.top() > 0 && pageHeight - top < rect.height() + room) {
            QTextBlockFormat format = block.blockFormat();
            format.setTopMargin(format.topMargin() + pageHeight - top);
            QTextCursor(block).setBlockFormat(format);
            // The layout is lazy: lay the rest out again before the next heading is measured.
            (void) document.documentLayout()->documentSize();
        }
    }
}

/// Lays the page out on the device and paints it page by page with a footer. Returns the
/// number of pages, or nothing when cancelled.
std::optional<int> paintPages(QPainter &painter, QPagedPaintDevice &device, const QString &html,
                              const QString &footer, const BundleProgress &progress)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(html);

    const QRectF body = device.pageLayout().paintRectPixels(device.logicalDpiX()).toRectF();
    QFont footerFont = font;
    footerFont.setPointSizeF(8);
    const QFontMetricsF metrics(footerFont, &device);
    const qreal footerHeight = metrics.height() * 2.5;
    const qreal pageHeight = body.height() - footerHeight;
    document.setPageSize(QSizeF(body.width(), pageHeight));
    keepHeadingsWithText(document, pageHeight);
    const int pages = document.pageCount();
    if (progress && !progress(60))
        return std::nullopt;

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return std::nullopt;
        painter.save();
        painter.setClipRect(QRectF(0, 0, body.width(), pageHeight));
        painter.translate(0, -page * pageHeight);
        context.clip = QRectF(0, page * pageHeight, body.width(), pageHeight);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footerRect(0, body.height() - metrics.height() * 1.5, body.width(),
                                metrics.height() * 1.5);
        painter.drawLine(QPointF(0, footerRect.top()), QPointF(body.width(), footerRect.top()));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, footer);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom,
                         Tr::tr("Page %1 of %2").arg(page + 1).arg(pages));
        if (progress && !progress(60 + 40 * (page + 1) / pages))
            return std::nullopt;
    }
    return pages;
}

} // namespace

BundleBuilder::BundleBuilder(BundleContent content, BundleOptions options, Anonymiser anonymiser)
    : m_content(std::move(content)), m_options(std::move(options)),
      m_anonymiser(m_options.anonymise ? std::move(anonymiser) : Anonymiser())
{
    if (m_options.anonymise) {
        m_verifier.forbid(m_anonymiser.entries(), m_content.caseRecord.registrant);
        if (m_options.has(BundleSection::Precedents)) {
            for (const BundlePrecedent &p : m_content.chosenPrecedents(m_options))
                m_verifier.forbid(p.anonymisation, p.registrant);
        }
    }
}

void BundleBuilder::requireList() const
{
    if (m_options.anonymise)
        AnonymisationVerifier::requireList(m_anonymiser, m_content.caseRecord.reference);
}

std::optional<QString> BundleBuilder::html(const BundleProgress &progress) const
{
    try {
        return BundleHtml(m_content, m_options, m_anonymiser).compose(progress);
    } catch (const BundleHtml::Cancelled &) {
        return std::nullopt;
    }
}

QString BundleBuilder::documentTitle() const
{
    return BundleHtml(m_content, m_options, m_anonymiser).documentTitle();
}

BundleResult BundleBuilder::writeHtml(const QString &path, const BundleProgress &progress) const
{
    requireList();
    BundleResult result;
    BundleProgress scaled;
    if (progress)
        scaled = [&progress](int percent) { return progress(percent * 9 / 10); };
    const std::optional<QString> page = html(scaled);
    if (!page) {
        result.cancelled = true;
        return result;
    }
    VerifiedExport out(m_options.anonymise ? &m_verifier : nullptr, Tr::tr("anonymised bundle"));
    const QString target = out.stage(path);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        throwWriteError(path, file.errorString());
    const QByteArray bytes = page->toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        throwWriteError(path, file.errorString());
    out.publish();
    result.path = path;
    result.bytes = bytes.size();
    if (progress)
        progress(100);
    return result;
}

BundleResult BundleBuilder::paint(QPagedPaintDevice &device, const BundleProgress &progress) const
{
    requireList();
    BundleResult result;
    const BundleHtml composer(m_content, m_options, m_anonymiser);
    QString page;
    try {
        page = composer.compose(progress, 0, 40);
    } catch (const BundleHtml::Cancelled &) {
        result.cancelled = true;
        return result;
    }
    QPainter painter;
    if (!painter.begin(&device))
        throw LibraryError(LibraryError::Kind::Io,
                           Tr::tr("Cannot start painting the bundle on the chosen device."));
    const std::optional<int> pages = paintPages(painter, device, page, composer.footerLabel(),
                                                progress);
    painter.end();
    result.cancelled = !pages;
    result.pages = pages.value_or(0);
    return result;
}

BundleResult BundleBuilder::writePdf(const QString &path, const BundleProgress &progress) const
{
    requireList();
    VerifiedExport out(m_options.anonymise ? &m_verifier : nullptr, Tr::tr("anonymised bundle"));
    const QString target = out.stage(path);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        throwWriteError(path, file.errorString());
    BundleResult result;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(documentTitle());
        writer.setCreator(u"Casebench"_s);
        result = paint(writer, progress);
    }
    if (result.cancelled) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        throwWriteError(path, file.errorString());
    out.publish();
    result.path = path;
    result.bytes = QFileInfo(path).size();
    return result;
}

} // namespace casebench
