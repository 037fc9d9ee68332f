// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestedfactors.h"

#include "phrasesuggester.h"

#include "storage/analysisrepository.h"
#include "storage/library.h"

#include <QFuture>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

/// One suggestion as the cache keeps it: the factor and a hash of its sentence, which is what a
/// dismissal is matched on (SuggestionDismissal: same factor, same quote). Sixteen bytes instead
/// of the sentence itself.
struct Found
{
    qint64 factor;
    size_t quote;

    friend bool operator==(const Found &, const Found &) = default;
    friend bool operator<(const Found &a, const Found &b)
    {
        return std::tie(a.factor, a.quote) < std::tie(b.factor, b.quote);
    }
};

size_t quoteHash(const QString &quote)
{
    return qHash(quote, size_t(0));
}

/// A document's suggestions and what they were found under.
struct Entry
{
    QString contentHash;
    size_t phrases = 0;
    QList<Found> found; ///< distinct, ascending
};

/// The suggestions of one text, as the cache keeps them.
QList<Found> foundIn(const PhraseSuggester &suggester, const QString &text)
{
    const QList<PhraseSuggestion> suggestions = suggester.suggest(text);
    QList<Found> found;
    found.reserve(suggestions.size());
    for (const PhraseSuggestion &p : suggestions)
        found.append({p.factor.value, quoteHash(p.quote)});
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    found.squeeze();
    return found;
}

/// Texts are searched in batches of this many on a thread pool, the next batch read from the
/// library meanwhile.
constexpr qsizetype batchSize = 32;

/// The process-wide cache: per library (its path), per document.
struct Cache
{
    QMutex mutex;
    QHash<QString, QHash<DocumentId, Entry>> libraries;
    QStringList recent; ///< library paths, most recently used last
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

/// Libraries whose documents are kept; the least recently used is dropped beyond this.
constexpr qsizetype keptLibraries = 4;

bool current(const Entry &e, const DocumentStamp &s, size_t phrases)
{
    return e.phrases == phrases && e.contentHash == s.contentHash;
}

} // namespace

size_t SuggestedFactors::phrasesRevision(const QList<Factor> &codebook)
{
    size_t seed = 0;
    for (const Factor &f : codebook) {
        if (f.phrases.isEmpty())
            continue;
        seed = qHashMulti(seed, f.id.value, f.phrases.join(QChar(0x1f)));
    }
    return seed;
}

void SuggestedFactors::clearCache()
{
    Cache &c = cache();
    const QMutexLocker lock(&c.mutex);
    c.libraries.clear();
    c.recent.clear();
}

QHash<CaseId, QList<FactorId>> SuggestedFactors::byCase(Library &library,
                                                        const QList<Factor> &codebook, Stats *stats)
{
    QHash<CaseId, QList<FactorId>> result;
    const PhraseSuggester suggester(codebook);
    AnalysisRepository &repository = library.analysis();
    const QList<DocumentStamp> stamps = repository.documentStamps();
    if (stats)
        *stats = {static_cast<int>(stamps.size()), 0};
    if (suggester.isEmpty() || stamps.isEmpty())
        return result;
    const size_t phrases = phrasesRevision(codebook);
    const QString key = library.path();

    // Which documents are not in the cache under their current stamp; copy out the others.
    QHash<DocumentId, QList<Found>> found;
    found.reserve(stamps.size());
    QList<DocumentId> missing;
    QHash<DocumentId, const DocumentStamp *> stampOf;
    {
        Cache &c = cache();
        const QMutexLocker lock(&c.mutex);
        c.recent.removeAll(key);
        c.recent.append(key);
        while (c.recent.size() > keptLibraries)
            c.libraries.remove(c.recent.takeFirst());
        QHash<DocumentId, Entry> &documents = c.libraries[key];
        // Documents no longer in the library are forgotten.
        if (documents.size() > stamps.size()) {
            QSet<DocumentId> present;
            for (const DocumentStamp &s : stamps)
                present.insert(s.id);
            documents.removeIf([&](const QHash<DocumentId, Entry>::iterator it) {
                return !present.contains(it.key());
            });
        }
        for (const DocumentStamp &s : stamps) {
            const auto it = documents.constFind(s.id);
            if (it != documents.cend() && current(*it, s, phrases))
                found.insert(s.id, it->found);
            else
                missing.append(s.id);
        }
    }
    for (const DocumentStamp &s : stamps)
        stampOf.insert(s.id, &s);

    // Find the phrases of the others outside the lock: their texts are read a batch at a time
    // (never all in memory) and searched on the thread pool while the next batch is read.
    if (!missing.isEmpty()) {
        QHash<DocumentId, Entry> computed;
        computed.reserve(missing.size());
        // A pool of our own rather than the global one: its threads end with this call instead
        // of idling where other work (an import, a bundle) expects to start threads of its own.
        QThreadPool pool;
        QList<DocumentId> batchIds;
        QStringList batchTexts;
        QList<DocumentId> pendingIds;
        QFuture<QList<Found>> pending;
        auto collect = [&] {
            if (pendingIds.isEmpty())
                return;
            const QList<QList<Found>> results = pending.results();
            for (qsizetype i = 0; i < pendingIds.size() && i < results.size(); ++i) {
                const DocumentStamp *s = stampOf.value(pendingIds.at(i));
                Entry e;
                e.contentHash = s->contentHash;
                e.phrases = phrases;
                e.found = results.at(i);
                found.insert(pendingIds.at(i), e.found);
                computed.insert(pendingIds.at(i), std::move(e));
            }
            pendingIds.clear();
        };
        auto start = [&] {
            collect();
            if (batchIds.isEmpty())
                return;
            pending = QtConcurrent::mapped(
                &pool, std::move(batchTexts),
                [&suggester](const QString &text) { return foundIn(suggester, text); });
            pendingIds = std::move(batchIds);
            batchIds = {};
            batchTexts = {};
        };
        try {
            repository.documentTexts(missing, [&](DocumentId id, const QString &text) {
                if (!stampOf.contains(id))
                    return; // added since the stamps were read: the next call finds it
                batchIds.append(id);
                batchTexts.append(text);
                if (batchIds.size() >= batchSize)
                    start();
            });
        } catch (...) {
            pending.waitForFinished(); // it uses the suggester on this stack
            throw;
        }
        start();
        collect();
        if (stats)
            stats->computed = static_cast<int>(computed.size());
        Cache &c = cache();
        const QMutexLocker lock(&c.mutex);
        QHash<DocumentId, Entry> &documents = c.libraries[key];
        for (auto it = computed.begin(); it != computed.end(); ++it)
            documents.insert(it.key(), std::move(it.value()));
    }

    // Dismissals are few; they take out the suggestions with the same factor and sentence.
    QSet<std::pair<qint64, std::pair<qint64, size_t>>> dismissed;
    const QList<SuggestionDismissal> dismissals = repository.dismissedSuggestions();
    for (const SuggestionDismissal &d : dismissals)
        dismissed.insert({d.document.value, {d.factor.value, quoteHash(d.quote)}});

    for (const DocumentStamp &s : stamps) {
        const auto it = found.constFind(s.id);
        if (it == found.cend() || it->isEmpty())
            continue;
        QList<FactorId> &factors = result[s.caseId];
        for (const Found &f : *it) {
            if (!dismissed.isEmpty() && dismissed.contains({s.id.value, {f.factor, f.quote}}))
                continue;
            factors.append(FactorId(f.factor));
        }
    }
    for (auto it = result.begin(); it != result.end();) {
        QList<FactorId> &factors = it.value();
        std::sort(factors.begin(), factors.end());
        factors.erase(std::unique(factors.begin(), factors.end()), factors.end());
        if (factors.isEmpty())
            it = result.erase(it);
        else
            ++it;
    }
    return result;
}

} // namespace casebench
