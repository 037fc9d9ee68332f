// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/ids.h"
#include "model/sanction.h"
#include "model/suggestiondismissal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace casebench {

class Database;

/// What a cache needs to tell whether a document changed: its case and content hash (of the
/// source file, or of the text once replaced: LibrarySession::replaceDocument() sets it).
struct DocumentStamp
{
    DocumentId id;
    CaseId caseId;
    QString contentHash;
};

/// The bulk reads behind precedent ranking and comparison: which factors each case has, and
/// term statistics from the full-text index (FTS5 on SQLite, the tsvector column and its GIN
/// index on PostgreSQL).
class AnalysisRepository
{
public:
    explicit AnalysisRepository(Database &db) : m_db(db) {}

    /// Every case with the fields analysis uses (id, reference, title, regulator, profession,
    /// role, dates, findings, grounds); the long text fields (allegation summary, notes) and
    /// timestamps are left empty. Ordered by reference.
    [[nodiscard]] QList<Case> caseOutlines();
    /// The last entry of every case's sanction history (by sequence), revoked ones included.
    [[nodiscard]] QHash<CaseId, Sanction> lastSanctions();
    /// Every case's tagged factors (distinct, ascending). Cases without passages are absent.
    [[nodiscard]] QHash<CaseId, QList<FactorId>> factorsByCase();
    /// One case's tagged factors (distinct, ascending).
    [[nodiscard]] QList<FactorId> factorsOfCase(CaseId caseId);

    /// Every document's stamp (no text is read), ordered by id.
    [[nodiscard]] QList<DocumentStamp> documentStamps();
    /// Calls `each` with the id and text of every listed document, one row at a time (one query,
    /// so that the texts are never all in memory at once). Ids that do not exist are skipped.
    void documentTexts(const QList<DocumentId> &ids,
                       const std::function<void(DocumentId, const QString &)> &each);
    /// Every dismissed phrase suggestion of the library (id, document, factor, quote; the
    /// offsets are left 0), ordered by document.
    [[nodiscard]] QList<SuggestionDismissal> dismissedSuggestions();

    /// The number of indexed documents.
    [[nodiscard]] int documentCount();
    /// The text of up to `n` documents spread evenly over the library (by id), to learn which
    /// words are common without counting them in the index.
    [[nodiscard]] QStringList sampleTexts(int n);
    /// How many documents contain each term (terms as the index tokenises them: lower case,
    /// without diacritics). Terms in no document are absent.
    [[nodiscard]] QHash<QString, int> documentFrequencies(const QStringList &terms);
    /// BM25 of the documents matching any of the terms (an OR query), per case: the best of
    /// its documents, as a positive number (higher is more alike). At most `limit` cases.
    [[nodiscard]] QHash<CaseId, double> caseScoresForTerms(const QStringList &terms, int limit);

    /// Brings the server's planner statistics up to date after many rows were written at once
    /// (PostgreSQL: VACUUM and ANALYZE; a library file needs nothing). Until the server gathers
    /// them itself, a new library looks small to its planner, which then reads every document's
    /// index entry instead of using the full-text index. Tables the role does not own are skipped.
    void refreshStatistics();

private:
    [[nodiscard]] QHash<CaseId, double> postgresCaseScores(const QStringList &terms, int limit);

    Database &m_db;
};

} // namespace casebench
