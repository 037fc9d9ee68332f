// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseprofile.h"

#include "model/document.h"
#include "model/passage.h"

#include <QList>
#include <QString>

namespace casebench {

class Library;

/// Two cases side by side (a case and a precedent, or any two): their profiles (sanctions and
/// stage findings), a factor table and the passages of their documents that say nearly the same
/// thing. A plain value computed in one go; the left case is the one being prepared or studied.
class CaseComparison
{
public:
    /// One row of the factor table: a factor and, for each side, its passages (empty = absent).
    struct FactorRow
    {
        Factor factor;
        QList<Passage> left;
        QList<Passage> right;

        [[nodiscard]] bool inLeft() const { return !left.isEmpty(); }
        [[nodiscard]] bool inRight() const { return !right.isEmpty(); }
        [[nodiscard]] bool shared() const { return inLeft() && inRight(); }
    };

    /// The rows of one category, in codebook order.
    struct FactorGroup
    {
        FactorCategory category = FactorCategory::Context;
        QList<FactorRow> rows;
    };

    /// A span of one document: what a pane scrolls to and highlights.
    struct Span
    {
        DocumentId document;
        int start = 0; ///< UTF-16 offset in Document::text, inclusive
        int end = 0;   ///< one past the last character
        QString text;  ///< text.mid(start, end - start)

        friend bool operator==(const Span &, const Span &) = default;
    };

    /// Two passages (paragraphs or sentences) of the two cases' texts that say nearly the same.
    struct LinkedPassage
    {
        Span left;
        Span right;
        double similarity = 0; ///< 0 … 1: cosine of their word counts (1 = same words)
    };

    struct Options
    {
        /// Pairs less alike than this are not linked.
        double minimumSimilarity = 0.6;
        /// Units shorter than this many words are not linked (headings, dates, short lines).
        int minimumWords = 8;
        /// At most this many links, best first.
        int maximumLinks = 200;
    };

    CaseComparison() = default;

    /// Compares two cases: every factor tagged in either (rows grouped by category in
    /// enum order, factors in codebook order), and linked passages of their documents (each
    /// passage linked at most once, best pairs first). Throws LibraryError (NotFound for a case
    /// that does not exist).
    static CaseComparison compare(Library &library, CaseId left, CaseId right);
    static CaseComparison compare(Library &library, CaseId left, CaseId right,
                                  const Options &options);

    [[nodiscard]] const CaseProfile &left() const { return m_left; }
    [[nodiscard]] const CaseProfile &right() const { return m_right; }
    /// The documents of each side (with text), as the panes show them.
    [[nodiscard]] const QList<Document> &leftDocuments() const { return m_leftDocuments; }
    [[nodiscard]] const QList<Document> &rightDocuments() const { return m_rightDocuments; }
    [[nodiscard]] const QList<FactorGroup> &groups() const { return m_groups; }
    /// Every row of every group, in table order.
    [[nodiscard]] QList<FactorRow> rows() const;
    /// Linked passages, most alike first.
    [[nodiscard]] const QList<LinkedPassage> &links() const { return m_links; }

    /// The same comparison with the sides exchanged (no library access).
    [[nodiscard]] CaseComparison swapped() const;

    /// Linked passages between two sets of documents (exposed for tests).
    static QList<LinkedPassage> linkPassages(const QList<Document> &left,
                                             const QList<Document> &right, const Options &options);

private:
    CaseProfile m_left;
    CaseProfile m_right;
    QList<Document> m_leftDocuments;
    QList<Document> m_rightDocuments;
    QList<FactorGroup> m_groups;
    QList<LinkedPassage> m_links;
};

} // namespace casebench
