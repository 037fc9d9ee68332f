// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportedcase.h"

#include "anonymiser.h"
#include "import/outlinedetector.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

/// Maps a span of the original text into the anonymised one, keeping it inside the new text
/// and never reversed.
QPair<int, int> mappedSpan(const Anonymiser::Mapped &mapped, int start, int end)
{
    const int size = static_cast<int>(mapped.text.size());
    const int newStart = std::clamp(mapped.map(start), 0, size);
    const int newEnd = std::clamp(mapped.map(end), newStart, size);
    return {newStart, newEnd};
}

Outline anonymisedOutline(const Outline &outline, const Anonymiser &anonymiser,
                          const Anonymiser::Mapped &mapped)
{
    QList<OutlineParagraph> paragraphs = outline.paragraphs();
    for (OutlineParagraph &p : paragraphs) {
        std::tie(p.start, p.end) = mappedSpan(mapped, p.start, p.end);
        p.text = anonymiser.apply(p.text);
    }
    QList<OutlineField> fields = outline.fields();
    for (OutlineField &f : fields) {
        std::tie(f.start, f.end) = mappedSpan(mapped, f.start, f.end);
        f.label = anonymiser.apply(f.label);
        f.value = anonymiser.apply(f.value);
    }
    QList<Redaction> redactions = outline.redactions();
    for (Redaction &r : redactions)
        std::tie(r.start, r.end) = mappedSpan(mapped, r.start, r.end);
    return Outline(std::move(paragraphs), std::move(fields), std::move(redactions));
}

/// Reviewers' names as neutral labels, the same person always getting the same one.
class ReviewerLabels
{
public:
    QString operator()(const QString &name)
    {
        const QString key = name.simplified().toCaseFolded();
        if (key.isEmpty())
            return {};
        auto it = m_labels.find(key);
        if (it == m_labels.end()) {
            it = m_labels.insert(
                key,
                QCoreApplication::translate("casebench", "Reviewer %1").arg(m_labels.size() + 1));
        }
        return *it;
    }

private:
    QHash<QString, QString> m_labels;
};

ExportedDocument anonymisedDocument(const ExportedDocument &original, const Anonymiser &anonymiser,
                                    ReviewerLabels &reviewers)
{
    ExportedDocument d = original;
    const Anonymiser::Mapped mapped = anonymiser.applyMapped(original.document.text);
    d.document.title = anonymiser.apply(d.document.title);
    // A file name can name anyone in any spelling ("JSmith-final.pdf"): it is left out, and so
    // are the reader's warnings, which quote it.
    d.document.sourceFileName.clear();
    d.document.modifiedBy = reviewers(d.document.modifiedBy);
    d.document.text = mapped.text;
    // The original's hash would identify the source file; this one describes what is exported.
    d.document.contentHash = Document::hashOfText(mapped.text);
    d.outline = anonymisedOutline(original.outline, anonymiser, mapped);
    for (int &start : d.pageStarts)
        start = std::clamp(mapped.map(start), 0, static_cast<int>(mapped.text.size()));
    if (d.source) {
        d.source->textHash = Document::hashOfText(mapped.text);
        d.source->warnings.clear();
    }
    for (Passage &p : d.passages) {
        p.note = anonymiser.apply(p.note);
        p.author = reviewers(p.author);
        p.modifiedBy = reviewers(p.modifiedBy);
        if (p.orphaned) {
            // Its offsets mean nothing in this text; the quote is all that is kept.
            p.quote = anonymiser.apply(p.quote);
            p.prefix = anonymiser.apply(p.prefix);
            p.suffix = anonymiser.apply(p.suffix);
            continue;
        }
        const auto [start, end] = mappedSpan(mapped, p.start, p.end);
        const Passage placed = Passage::fromSpan(mapped.text, p.document, p.factor, start, end);
        p.start = placed.start;
        p.end = placed.end;
        p.quote = placed.quote;
        p.prefix = placed.prefix;
        p.suffix = placed.suffix;
    }
    return d;
}

} // namespace

namespace {

QString citationOf(const Outline &outline, const QList<int> &pageStarts, int offset)
{
    Citation citation = outline.citationAt(offset);
    if (!citation.page && !pageStarts.isEmpty() && offset >= pageStarts.constFirst()) {
        const auto after = std::upper_bound(pageStarts.cbegin(), pageStarts.cend(), offset);
        citation.page = static_cast<int>(after - pageStarts.cbegin());
    }
    return citation.toString();
}

} // namespace

ExportedCase ExportedCase::load(Library &library, CaseId id)
{
    const auto found = library.cases().find(id);
    if (!found) {
        throw LibraryError(
            LibraryError::Kind::NotFound,
            QCoreApplication::translate("casebench", "The case to export no longer exists."));
    }
    ExportedCase data;
    data.caseRecord = *found;
    data.sanctions = library.sanctions().forCase(id);
    OutlineRepository &outlines = library.outlines();
    const QList<Passage> passages = library.passages().forCase(id);
    for (const Document &document : library.documents().forCase(id, true)) {
        ExportedDocument d;
        d.document = document;
        d.source = outlines.source(document.id);
        if (d.source) {
            d.outline = outlines.outline(document.id);
            d.pageStarts = outlines.pageStarts(document.id);
        }
        for (const Passage &p : passages) {
            if (p.document == document.id)
                d.passages.append(p);
        }
        std::stable_sort(d.passages.begin(), d.passages.end(),
                         [](const Passage &a, const Passage &b) { return a.start < b.start; });
        const Outline outline = d.outline.paragraphs().isEmpty()
                                    ? OutlineDetector::detect(document.text, d.pageStarts)
                                    : d.outline;
        for (const Passage &p : std::as_const(d.passages)) {
            if (!p.orphaned)
                d.citations.insert(p.id, citationOf(outline, d.pageStarts, p.start));
        }
        data.documents.append(std::move(d));
    }
    for (const Factor &factor : library.codebook().all())
        data.factors.insert(factor.id, factor);
    return data;
}

QList<Factor> ExportedCase::usedFactors() const
{
    QSet<FactorId> wanted;
    for (const ExportedDocument &d : documents) {
        for (const Passage &p : d.passages) {
            for (FactorId f = p.factor; f.isValid() && !wanted.contains(f) && factors.contains(f);
                 f = factors.value(f).parent)
                wanted.insert(f);
        }
    }
    // Parents first: order by depth, then as the codebook orders them (category, sort, name).
    auto depth = [this](FactorId f) {
        int n = 0;
        for (FactorId p = factors.value(f).parent; p.isValid() && n < 64;
             p = factors.value(p).parent)
            ++n;
        return n;
    };
    QList<Factor> used;
    for (FactorId f : std::as_const(wanted))
        used.append(factors.value(f));
    std::sort(used.begin(), used.end(), [&](const Factor &a, const Factor &b) {
        const int da = depth(a.id);
        const int db = depth(b.id);
        if (da != db)
            return da < db;
        if (a.category != b.category)
            return a.category < b.category;
        if (a.sortOrder != b.sortOrder)
            return a.sortOrder < b.sortOrder;
        return a.key < b.key;
    });
    return used;
}

int ExportedCase::passageCount() const
{
    int n = 0;
    for (const ExportedDocument &d : documents)
        n += static_cast<int>(d.passages.size());
    return n;
}

ExportedCase ExportedCase::anonymised(const Anonymiser &anonymiser) const
{
    if (anonymiser.isEmpty())
        return *this;
    ExportedCase out = *this;
    Case &c = out.caseRecord;
    c.reference = anonymiser.apply(c.reference);
    c.title = anonymiser.apply(c.title);
    c.profession = anonymiser.apply(c.profession);
    c.registrant = anonymiser.apply(c.registrant);
    c.allegationSummary = anonymiser.apply(c.allegationSummary);
    c.notes = anonymiser.apply(c.notes);
    ReviewerLabels reviewers;
    c.modifiedBy = reviewers(c.modifiedBy);
    for (Sanction &s : out.sanctions) {
        s.conditions = anonymiser.apply(s.conditions);
        s.modifiedBy = reviewers(s.modifiedBy);
    }
    out.documents.clear();
    for (const ExportedDocument &d : documents)
        out.documents.append(anonymisedDocument(d, anonymiser, reviewers));
    for (Factor &f : out.factors) {
        f.name = anonymiser.apply(f.name);
        f.description = anonymiser.apply(f.description);
    }
    return out;
}

} // namespace casebench
