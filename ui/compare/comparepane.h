// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/casecomparison.h"

#include <QHash>
#include <QPlainTextEdit>

namespace casebench::ui {

/// One side of the compare view: a case's documents, read-only, one after another under their
/// titles, with linked passages tinted and the passages of the chosen factor marked. Positions
/// of a document's text map to positions of the pane with positionOf().
class ComparePane : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ComparePane(QWidget *parent = nullptr);

    /// Shows documents (with their text), replacing what was shown.
    void setDocuments(const QList<Document> &documents);
    [[nodiscard]] const QList<Document> &documents() const { return m_documents; }

    /// Where text[offset] of a document is in the pane; -1 when the pane does not show it.
    [[nodiscard]] int positionOf(DocumentId document, int offset) const;
    /// The span of the pane a document span occupies, or nothing.
    [[nodiscard]] std::optional<std::pair<int, int>> rangeOf(
        const CaseComparison::Span &span) const;

    /// The linked passages of this side (tinted); linkAt() finds them by position.
    void setLinks(const QList<CaseComparison::Span> &spans);
    /// The index in the links of the one holding a pane position, or -1.
    [[nodiscard]] int linkAt(int position) const;
    /// Marks passages (pane ranges) of the chosen factor in its colour.
    void setMarked(const QList<std::pair<int, int>> &ranges, const QColor &colour);
    [[nodiscard]] const QList<std::pair<int, int>> &markedRanges() const { return m_marked; }

    /// Moves to a pane range: the cursor to its start, the range scrolled to the middle.
    void showRange(int start, int end);

    /// The scroll position as a share of the scroll range (0 … 1), and setting it.
    [[nodiscard]] double scrollFraction() const;
    void setScrollFraction(double fraction);

private:
    void updateSelections();

    QList<Document> m_documents;
    QHash<DocumentId, int> m_starts;
    QList<std::pair<int, int>> m_links;
    QList<std::pair<int, int>> m_marked;
    QColor m_markColour;
};

} // namespace casebench::ui
