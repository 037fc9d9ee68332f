// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlecontent.h"

#include "anonymisationlist.h"

#include "analysis/casecomparison.h"
#include "analysis/caseprofile.h"
#include "import/outlinedetector.h"
#include "model/libraryerror.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

/// The outline a citation is read from: the stored one, else one detected from the text.
Outline outlineOf(OutlineRepository &outlines, const Document &document)
{
    Outline outline = outlines.outline(document.id);
    if (outline.paragraphs().isEmpty() && !document.text.isEmpty())
        outline = OutlineDetector::detect(document.text, outlines.pageStarts(document.id));
    return outline;
}

QList<BundlePassage> loadPassages(Library &library, CaseId id,
                                  const QHash<FactorId, Factor> &factors)
{
    OutlineRepository &outlines = library.outlines();
    QHash<DocumentId, Document> documents;
    QHash<DocumentId, Outline> outlineCache;
    for (const Document &d : library.documents().forCase(id, true))
        documents.insert(d.id, d);

    QList<BundlePassage> result;
    for (const Passage &p : library.passages().forCase(id)) {
        BundlePassage bp;
        bp.passage = p;
        bp.factor = factors.value(p.factor);
        const Document document = documents.value(p.document);
        bp.documentTitle = document.title;
        if (!p.orphaned) {
            auto it = outlineCache.find(p.document);
            if (it == outlineCache.end())
                it = outlineCache.insert(p.document, outlineOf(outlines, document));
            if (!it->paragraphs().isEmpty())
                bp.citation = it->citationAt(p.start).toString();
        }
        result.append(bp);
    }
    return result;
}

BundlePrecedent precedentOf(Library &library, const CaseProfile &subject,
                            const PrecedentMatch &match)
{
    BundlePrecedent bp;
    bp.match = match;
    bp.outcome = outcomeText(match.precedent.sanction, match.precedent.regulator);
    bp.lighter = subject.sanctionRank && match.precedent.sanctionRank
                 && *match.precedent.sanctionRank < *subject.sanctionRank;
    if (const auto precedentCase = library.cases().find(match.precedent.id)) {
        AnonymisationRepository &lists = library.anonymisation();
        bp.anonymisation = anonymisation::effectiveList(*precedentCase,
                                                        lists.forCase(match.precedent.id));
        bp.registrant = precedentCase->registrant;
    }
    // The factor table only: linking passages of the texts is for the compare view.
    CaseComparison::Options options;
    options.maximumLinks = 0;
    options.minimumSimilarity = 2.0;
    const CaseComparison comparison = CaseComparison::compare(library, subject.id,
                                                              match.precedent.id, options);
    for (const CaseComparison::FactorRow &row : comparison.rows()) {
        if (row.shared())
            bp.shared.append(row.factor);
        else if (row.inLeft())
            bp.onlyInCase.append(row.factor);
        else
            bp.onlyInPrecedent.append(row.factor);
    }
    return bp;
}

} // namespace

int BundleContent::poolSize(int count)
{
    return std::max(0, count) == 0 ? 0 : std::max(count * 3, 15);
}

BundleContent BundleContent::load(Library &library, CaseId id, const BundleOptions &options)
{
    BundleContent content;
    const auto found = library.cases().find(id);
    if (!found) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           QCoreApplication::translate(
                               "casebench", "There is no case with id %1 to put in a bundle.")
                               .arg(id.value));
    }
    content.caseRecord = *found;
    content.sanctions = library.sanctions().history(id);
    content.codebook = library.codebook().all();
    QHash<FactorId, Factor> factors;
    for (const Factor &f : std::as_const(content.codebook))
        factors.insert(f.id, f);
    content.passages = loadPassages(library, id, factors);
    if (const auto current = content.sanctions.current())
        content.sanctionRank = sanctionladder::rank(current->type);

    const int pool = poolSize(options.precedentCount);
    if (options.has(BundleSection::Precedents) && pool > 0) {
        PrecedentRanker ranker(library);
        const PrecedentResult ranked = ranker.rank(id, {}, pool);
        content.precedentCandidates = ranked.candidates;
        for (const PrecedentMatch &m : ranked.matches)
            content.precedents.append(precedentOf(library, ranked.subject, m));
    }
    return content;
}

QList<BundlePrecedent> BundleContent::chosenPrecedents(const BundleOptions &options) const
{
    QList<BundlePrecedent> list = precedents;
    if (options.precedentOrder == PrecedentOrder::LighterFirst) {
        if (sanctionRank) {
            std::stable_partition(list.begin(), list.end(),
                                  [](const BundlePrecedent &p) { return p.lighter; });
        } else {
            std::stable_sort(list.begin(), list.end(),
                             [](const BundlePrecedent &a, const BundlePrecedent &b) {
                                 const int ra = a.match.precedent.sanctionRank.value_or(1000);
                                 const int rb = b.match.precedent.sanctionRank.value_or(1000);
                                 return ra < rb;
                             });
        }
    }
    if (list.size() > options.precedentCount)
        list.resize(std::max(0, options.precedentCount));
    return list;
}

} // namespace casebench
