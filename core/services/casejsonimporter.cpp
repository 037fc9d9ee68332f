// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejsonimporter.h"

#include "export/casejsonreader.h"
#include "model/casereference.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/outlinerepository.h"
#include "storage/passagerepository.h"
#include "storage/sanctionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::CaseJsonImporter)
};

QString shown(const QString &fileName)
{
    return u"“"_s + QDir::toNativeSeparators(fileName) + u"”"_s;
}

/// How many characters two strings share at their ends (suffix of `a` with suffix of `b` when
/// `atEnd`, else their prefixes).
int sharedLength(QStringView a, QStringView b, bool atEnd)
{
    const qsizetype n = std::min(a.size(), b.size());
    int shared = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ca = atEnd ? a.at(a.size() - 1 - i) : a.at(i);
        const QChar cb = atEnd ? b.at(b.size() - 1 - i) : b.at(i);
        if (ca != cb)
            break;
        ++shared;
    }
    return shared;
}

/// The library's factor ids by key, adding the file's factors the library lacks (parents
/// first, names made unique).
QHash<QString, FactorId> resolveFactors(Library &library, const ParsedCase &parsed,
                                        CaseJsonImportReport &report)
{
    CodebookRepository &codebook = library.codebook();
    QHash<QString, FactorId> ids;
    QSet<QString> names;
    for (const Factor &f : codebook.all()) {
        ids.insert(f.key, f.id);
        names.insert(f.name.toCaseFolded());
    }
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < parsed.factors.size(); ++i) {
        if (!ids.contains(parsed.factors.at(i).key))
            pending.append(i);
    }
    // Parents the file lists are added before their children; a parent known nowhere (or a
    // cycle) leaves the factor at the top level.
    while (!pending.isEmpty()) {
        QList<qsizetype> later;
        for (qsizetype i : std::as_const(pending)) {
            const QString &parentKey = parsed.parentKeys.at(i);
            const bool parentPending = !parentKey.isEmpty() && !ids.contains(parentKey)
                                       && std::any_of(
                                           pending.cbegin(), pending.cend(), [&](qsizetype j) {
                                               return j != i
                                                      && parsed.factors.at(j).key == parentKey;
                                           });
            if (parentPending && later.size() + 1 < pending.size()) {
                later.append(i);
                continue;
            }
            Factor f = parsed.factors.at(i);
            f.parent = ids.value(parentKey);
            const QString base = f.name;
            for (int n = 2; names.contains(f.name.toCaseFolded()); ++n)
                f.name = base + u" ("_s + QString::number(n) + u')';
            const Factor stored = codebook.add(f);
            ids.insert(stored.key, stored.id);
            names.insert(stored.name.toCaseFolded());
            report.createdFactors.append(stored.id);
        }
        if (later.size() == pending.size())
            break;
        pending = later;
    }
    return ids;
}

/// Adds a document's passages: at their offsets when the quote is there, else where the quote
/// is found, else as orphans.
void addPassages(Library &library, const Document &document, const QList<ParsedPassage> &passages,
                 const QHash<QString, FactorId> &factorIds, const QString &fileName,
                 qint64 &searchBudget, CaseJsonImportReport &report)
{
    for (const ParsedPassage &pp : passages) {
        const FactorId factor = factorIds.value(pp.factorKey);
        if (!factor.isValid()) {
            throw LibraryError(
                LibraryError::Kind::InvalidData,
                Tr::tr(
                    "%1 cannot be imported: a passage is tagged “%2”, a factor neither the file nor the library has.")
                    .arg(shown(fileName), pp.factorKey));
        }
        Passage p = pp.passage;
        p.id = PassageId();
        p.document = document.id;
        p.factor = factor;
        const bool searchable = !p.orphaned && searchBudget > 0;
        const std::optional<int> start = p.orphaned ? std::nullopt
                                                    : CaseJsonImporter::placeQuote(document.text, p,
                                                                                   &searchBudget);
        if (!start && !p.orphaned && !searchable)
            ++report.unsearched;
        if (start) {
            const bool same = *start == p.start;
            const Passage placed = Passage::fromSpan(document.text, document.id, factor, *start,
                                                     *start + static_cast<int>(p.quote.size()));
            p.start = placed.start;
            p.end = placed.end;
            p.prefix = placed.prefix;
            p.suffix = placed.suffix;
            ++(same ? report.placedAtPosition : report.placedByQuote);
        } else {
            // Kept for the reviewer to place again, as a replaced document's passages are.
            p.orphaned = true;
            if (p.start < 0 || p.end <= p.start) {
                p.start = 0;
                p.end = static_cast<int>(p.quote.size());
            }
            ++report.orphaned;
        }
        library.passages().add(p);
        ++report.passages;
    }
}

} // namespace

std::optional<int> CaseJsonImporter::placeQuote(const QString &text, const Passage &passage,
                                                qint64 *budget)
{
    const QString &quote = passage.quote;
    if (quote.isEmpty())
        return std::nullopt;
    if (passage.start >= 0 && QStringView(text).mid(passage.start, quote.size()) == quote)
        return passage.start;
    if (budget && *budget <= 0)
        return std::nullopt;
    std::optional<int> best;
    int bestScore = -1;
    int bestDistance = 0;
    int candidates = 0;
    for (qsizetype from = 0;;) {
        const qsizetype at = text.indexOf(quote, from);
        if (budget) {
            const qsizetype scanned = (at < 0 ? text.size() : at + quote.size()) - from;
            *budget -= scanned + 2 * Passage::contextLength;
        }
        if (at < 0)
            break;
        from = at + 1;
        const int start = static_cast<int>(at);
        const int end = start + static_cast<int>(quote.size());
        const QStringView before = QStringView(text).mid(
            std::max(0, start - Passage::contextLength),
            start - std::max(0, start - Passage::contextLength));
        const QStringView after = QStringView(text).mid(end, Passage::contextLength);
        const int score = sharedLength(before, passage.prefix, true)
                          + sharedLength(after, passage.suffix, false);
        const int distance = passage.start >= 0 ? std::abs(start - passage.start) : 0;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = start;
            bestScore = score;
            bestDistance = distance;
        }
        if (++candidates >= maxQuoteCandidates || (budget && *budget <= 0))
            break;
    }
    return best;
}

CaseJsonImportReport CaseJsonImporter::import(Library &library, const ParsedCase &parsed,
                                              const QString &fileName, const QString &reference)
{
    CaseJsonImportReport report;
    Case c = parsed.caseRecord;
    c.id = CaseId();
    const QString wanted = (reference.trimmed().isEmpty() ? c.reference : reference).simplified();
    CaseRepository &cases = library.cases();
    c.reference = uniqueReference(
        wanted, [&cases](const QString &r) { return cases.findByReference(r).has_value(); });
    if (!wanted.isEmpty() && c.reference != wanted) {
        report.warnings.append(
            Tr::tr("A case with reference “%1” already exists; the imported case is “%2”.")
                .arg(wanted, c.reference));
    }

    Transaction transaction(library);
    const QHash<QString, FactorId> factorIds = resolveFactors(library, parsed, report);
    const Case stored = library.cases().add(c);
    report.caseId = stored.id;
    report.reference = stored.reference;

    QList<Sanction> sanctions = parsed.sanctions;
    std::stable_sort(sanctions.begin(), sanctions.end(),
                     [](const Sanction &a, const Sanction &b) { return a.sequence < b.sequence; });
    for (Sanction s : std::as_const(sanctions)) {
        s.id = SanctionId();
        s.caseId = stored.id;
        library.sanctions().add(s);
    }

    OutlineRepository &outlines = library.outlines();
    qint64 searchBudget = quoteSearchBudget;
    for (const ParsedDocument &parsedDocument : parsed.documents) {
        Document d = parsedDocument.document;
        d.id = DocumentId();
        d.caseId = stored.id;
        const Document document = library.documents().add(d);
        ++report.documents;
        if (parsedDocument.source)
            outlines.save(document.id, parsedDocument.outline, parsedDocument.pageStarts,
                          *parsedDocument.source);
        addPassages(library, document, parsedDocument.passages, factorIds, fileName, searchBudget,
                    report);
    }
    transaction.commit();
    return report;
}

} // namespace casebench
