// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace casebench::ui {

/// Find in document for a text view: a line under the text with the number of matches, next
/// and previous (F3 / Shift+F3, Enter / Shift+Enter), Esc closes. Matching ignores case.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QPlainTextEdit *view, QWidget *parent = nullptr);

    /// Shows the bar with the view's selection (when on one line) as the text, and focuses it.
    void activate();
    void setText(const QString &text);
    [[nodiscard]] QString text() const;
    /// Selects the next (or previous) match after (before) the cursor, wrapping round; false
    /// when there is none.
    bool findNext();
    bool findPrevious();
    [[nodiscard]] int matchCount() const { return m_count; }
    /// "3 of 12", "No matches", or empty.
    [[nodiscard]] QString status() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    void recount();
    void updateStatus();

    QPlainTextEdit *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
    int m_count = 0;
    int m_current = 0; ///< 1-based index of the selected match; 0 when none is selected
};

} // namespace casebench::ui
