// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymiser.h"
#include "bundlecontent.h"
#include "bundleoptions.h"

#include <QString>

namespace casebench {

/// Composes a bundle as one self-contained HTML page (CSS inline, every text escaped and passed
/// through the anonymiser). The same page feeds the preview, the HTML file and, through
/// QTextDocument, the PDF, so it keeps to the HTML and CSS that QTextDocument renders. Touches no
/// library: safe on any thread.
class BundleHtml
{
public:
    /// Thrown out of compose() when the progress callback asks to stop.
    struct Cancelled
    {};

    BundleHtml(const BundleContent &content, const BundleOptions &options,
               const Anonymiser &anonymiser);

    /// The page. Reports progress from `from` to `to` percent; throws Cancelled.
    [[nodiscard]] QString compose(const BundleProgress &progress = {}, int from = 0,
                                  int to = 100) const;

    /// The bundle's title as documents carry it ("Panel aide-memoire: REF, title"), anonymised.
    [[nodiscard]] QString documentTitle() const;
    /// The footer label before the page number ("REF · Panel aide-memoire"), anonymised.
    [[nodiscard]] QString footerLabel() const;

    /// The line a checklist consideration prints when no passage evidences it.
    static QString notEvidencedText();

private:
    class Writer;
    void summary(Writer &w) const;
    void sanctions(Writer &w) const;
    void passages(Writer &w) const;
    void precedents(Writer &w) const;
    void checklist(Writer &w) const;
    [[nodiscard]] QString citationOf(const BundlePassage &p) const;

    const BundleContent &m_content;
    const BundleOptions &m_options;
    const Anonymiser &m_anonymiser;
    bool m_severalDocuments = false;
};

} // namespace casebench
