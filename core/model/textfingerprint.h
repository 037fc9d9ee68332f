// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {

/// What a document's wording looks like once the rendering is taken out of it: the set of its
/// word shingles and a MinHash signature of that set cut into LSH bands. Two renderings of one
/// decision (PDF, DOCX, text, a re-downloaded copy) give nearly the same set; two decisions
/// written from one template share far less of it. Computed without a library, on any thread.
struct TextFingerprint
{
    /// Hashes of every run of fingerprint::shingleWords words, sorted, each once.
    QList<quint64> shingles;
    /// fingerprint::bandCount band hashes (rows of document_fingerprints); empty when the text
    /// holds no word.
    QList<qint64> bands;
    /// The words holding a digit that survive the numbering rule (references, registration
    /// numbers, years), sorted, each once: two decisions written from one template differ in
    /// them even when their wording is nearly the same.
    QStringList identifiers;

    [[nodiscard]] bool isEmpty() const { return bands.isEmpty(); }
};

namespace fingerprint {

/// Words per shingle.
inline constexpr int shingleWords = 5;
/// MinHash values per band and bands per signature (128 values in all). A pair of texts with
/// Jaccard similarity J shares a band with probability 1 − (1 − J⁴)³²: 0.99996 at J = 0.7,
/// 0.23 at J = 0.3 and 0.0001 at J = 0.1.
inline constexpr int rowsPerBand = 4;
inline constexpr int bandCount = 32;
/// Bands a stored document must share with a new one to be compared word for word: one shared
/// band is common enough between decisions of one template; two are rare below J = 0.3.
inline constexpr int candidateBands = 2;
/// Jaccard similarity of the shingle sets from which two documents count as the same decision.
/// Measured (docs/architecture.md, "Duplicate decisions"): renderings of one decision, with page
/// furniture, re-wrapping and hyphenation, score 0.89 and above; different real decisions of
/// one regulator at most 0.14, and a fictional pair written from one template 0.4.
inline constexpr double sameTextThreshold = 0.7;

/// The words of a text as the fingerprint sees them: NFKC, case-folded, hyphenated line ends
/// and hyphenated compounds joined, lines repeated on three or more pages (running heads,
/// "Page 3 of 12") dropped, letters and digits only, and numbering dropped (numbers of up to
/// three digits, single letters, and roman numerals of up to five letters i, v and x).
QStringList words(const QString &text);

/// The fingerprint of a text (words(), then shingles, MinHash and bands).
TextFingerprint compute(const QString &text);

/// Jaccard similarity of two sorted shingle sets: shared / all; 0 when both are empty.
double similarity(const QList<quint64> &a, const QList<quint64> &b);

/// Whether each text has an identifier the other lacks (one registration number where the
/// other has another): then they are two decisions, however alike their wording. A rendering
/// adds identifiers on one side at most (a running head with the reference, a download date).
bool identifiersConflict(const TextFingerprint &a, const TextFingerprint &b);

/// Whether two fingerprints are of the same decision: similarity() of their shingles at least
/// sameTextThreshold and no identifiersConflict(). `similarityOut` receives the similarity.
bool sameDecision(const TextFingerprint &a, const TextFingerprint &b,
                  double *similarityOut = nullptr);

} // namespace fingerprint

} // namespace casebench
