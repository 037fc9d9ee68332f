// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QColor>
#include <QList>
#include <QPlainTextEdit>

#include <optional>

class QMenu;
class QMimeData;

namespace casebench::ui {

/// A read-only view of a document's text that draws its tagged passages and suggestions over
/// the text: each passage as a tinted background (overlaps blend) and an underline in its own
/// lane (overlaps stack), each suggestion as a dotted underline. Only the visible blocks are
/// laid out and painted (QPlainTextEdit lays out lazily), so a 1 MB decision with a thousand
/// passages opens and scrolls without a stall.
class ReaderView : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// A passage to draw.
    struct Mark
    {
        PassageId id;
        int start = 0;
        int end = 0;
        QColor colour;
        int lane = 0; ///< set by setMarks: overlapping marks get different lanes
    };
    /// A suggestion to draw, muted.
    struct SuggestionMark
    {
        int start = 0;
        int end = 0;
        QColor colour;
    };
    /// A span of a document, as dragged out of the reader.
    struct Span
    {
        DocumentId document;
        int start = 0;
        int end = 0;
    };

    explicit ReaderView(QWidget *parent = nullptr);

    /// Shows a document's text (plain text, read-only) and clears the marks.
    void setDocumentText(DocumentId document, const QString &text);
    [[nodiscard]] DocumentId documentId() const { return m_document; }

    /// The passages to draw (any order; overlaps allowed).
    void setMarks(QList<Mark> marks);
    [[nodiscard]] const QList<Mark> &marks() const { return m_marks; }
    void setSuggestions(QList<SuggestionMark> suggestions);
    [[nodiscard]] const QList<SuggestionMark> &suggestions() const { return m_suggestions; }

    /// The passages covering `offset`, innermost (shortest) first.
    [[nodiscard]] QList<PassageId> passagesAt(int offset) const;
    /// The index of the suggestion covering `offset`, or -1.
    [[nodiscard]] int suggestionAt(int offset) const;

    /// The selected span [start, end) (empty when nothing is selected).
    [[nodiscard]] std::pair<int, int> selectedSpan() const;
    /// Selects text[start, end) and scrolls it into the middle of the view.
    void selectSpan(int start, int end);
    /// Puts the cursor at `offset` and scrolls its line to the top of the view.
    void goTo(int offset);
    /// The offset of the first visible line (the reading position).
    [[nodiscard]] int readingPosition() const;

    /// Zooms in, out or back to the application font; steps are font points.
    void zoomBy(int steps);
    void resetZoom();
    [[nodiscard]] int zoomSteps() const { return m_zoom; }

    static QString spanMimeType();
    [[nodiscard]] static std::optional<Span> spanFromMime(const QMimeData *data);

Q_SIGNALS:
    /// Every completed paint (the benchmark times the first).
    void painted();
    /// The first visible line moved.
    void readingPositionChanged(int offset);
    /// The context menu is about to show: add the tagging entries. `offset` is under the mouse.
    void contextMenuAboutToShow(QMenu *menu, int offset);
    /// Space with a selection: the quick-pick popup is wanted.
    void quickPickRequested();
    /// Enter or A with the cursor in a suggestion.
    void suggestionAccepted(int index);
    /// D or Backspace with the cursor in a suggestion.
    void suggestionDismissed(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void paintMarks(QPainter &painter, const QRect &exposed);

    DocumentId m_document;
    QList<Mark> m_marks; ///< ordered by start
    QList<SuggestionMark> m_suggestions;
    int m_longestMark = 0;
    int m_zoom = 0;
};

} // namespace casebench::ui
