// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymisationverifier.h"
#include "anonymiser.h"
#include "bundlecontent.h"
#include "bundleoptions.h"

#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace casebench {

/// What writing a bundle did.
struct BundleResult
{
    bool cancelled = false; ///< stopped by the progress callback; nothing was written
    QString path;           ///< the file written (empty when printing)
    int pages = 0;          ///< pages of a PDF or print; 0 for HTML
    qint64 bytes = 0;       ///< size of the file written
};

/// Builds a bundle from content read beforehand (BundleContent::load): as HTML for a preview or a
/// file, as an A4 PDF with page numbers, or onto any paged device such as a printer. Never touches
/// the library, so it runs on a worker thread; the progress callback is called on that thread and
/// can cancel. When the options ask for anonymisation, everything written — text, titles,
/// footers and the PDF's metadata — goes through the anonymiser, each precedent also through its
/// own list; a case with an empty list is refused rather than "anonymised" by nothing, and a
/// written file is read back (AnonymisationVerifier) before it is moved into place.
class BundleBuilder
{
public:
    BundleBuilder(BundleContent content, BundleOptions options, Anonymiser anonymiser = {});

    [[nodiscard]] const BundleOptions &options() const { return m_options; }
    [[nodiscard]] const BundleContent &content() const { return m_content; }

    /// The page as HTML; nothing when cancelled.
    [[nodiscard]] std::optional<QString> html(const BundleProgress &progress = {}) const;
    /// The document title (anonymised): the PDF's title and the HTML's <title>.
    [[nodiscard]] QString documentTitle() const;

    /// What an anonymised file is checked against: this case's list and registrant and those of
    /// the precedents it prints.
    [[nodiscard]] const AnonymisationVerifier &verifier() const { return m_verifier; }

    /// Writes the HTML page to `path` (UTF-8, replacing the file only when complete). Throws
    /// LibraryError (Io) with a sentence naming the file when it cannot be written, and
    /// (InvalidData) when an anonymised page still names someone or the list is empty.
    BundleResult writeHtml(const QString &path, const BundleProgress &progress = {}) const;
    /// Writes an A4 PDF to `path` (replacing the file only when complete), with the title and
    /// creator set and "Page N of M" in the footer. Throws LibraryError (Io).
    BundleResult writePdf(const QString &path, const BundleProgress &progress = {}) const;
    /// Paints the bundle page by page onto a device that is ready to paint (a QPrinter after the
    /// print dialog, a QPdfWriter). Returns the result with the page count.
    BundleResult paint(QPagedPaintDevice &device, const BundleProgress &progress = {}) const;

private:
    /// Throws when anonymisation is asked for and the case's list is empty.
    void requireList() const;

    BundleContent m_content;
    BundleOptions m_options;
    Anonymiser m_anonymiser;
    AnonymisationVerifier m_verifier;
};

} // namespace casebench
