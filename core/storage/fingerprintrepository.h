// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "model/textfingerprint.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebench {

class Database;

/// The text fingerprints of a library's documents (schema 8, document_fingerprints): one row per
/// LSH band, (document_id, band, hash), indexed on (band, hash), so that the documents sharing
/// bands with a new text are found without reading any other document.
class FingerprintRepository
{
public:
    explicit FingerprintRepository(Database &db) : m_db(db) {}

    /// Replaces a document's rows by `fingerprint`'s bands (none for a text without words).
    void save(DocumentId document, const TextFingerprint &fingerprint);
    /// save() with the fingerprint of `text`.
    void saveText(DocumentId document, const QString &text);

    /// Fingerprints every document (migration 8, which runs it before the library records
    /// schema 8). Returns how many it wrote.
    int fillAll();

    /// A stored document with the same text as a new one.
    struct Match
    {
        DocumentId document;
        double similarity = 0; ///< Jaccard similarity of the shingle sets, 0…1
    };
    /// The stored document whose text is most like `fingerprint`'s, when it is the same
    /// decision (fingerprint::sameDecision): documents sharing at least fingerprint::candidateBands
    /// bands are compared shingle for shingle (the most-sharing first, at most `maxCompared`).
    [[nodiscard]] std::optional<Match> findSameText(const TextFingerprint &fingerprint,
                                                    int maxCompared = 16);

    /// Documents whose rows are not a whole set of bands (for Library::check).
    [[nodiscard]] QStringList check();

private:
    Database &m_db;
};

} // namespace casebench
