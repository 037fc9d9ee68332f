// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/acceptance.h"
#include "model/storedsuggestion.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

/// The import suggestions of one case that the reviewer has not dismissed: the field, what the
/// case holds now, the suggestion, and the passage of the decision that supports it. Accepting
/// goes through the LibrarySession, so it can be undone; the rows follow the session's signals.
class SuggestionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FieldColumn,
        CurrentColumn,
        SuggestedColumn,
        ConfidenceColumn,
        PassageColumn,
        StateColumn,
        ColumnCount
    };
    /// True when the case holds the suggested value, under Qt::UserRole.
    static constexpr int HeldRole = Qt::UserRole;
    /// The row's SuggestionConfidence as an int.
    static constexpr int ConfidenceRole = Qt::UserRole + 1;

    explicit SuggestionModel(LibrarySession *session, QObject *parent = nullptr);

    /// Shows a case's suggestions (an invalid id shows none); resets the model.
    void setCase(CaseId id);
    [[nodiscard]] CaseId caseId() const { return m_caseId; }
    [[nodiscard]] const QList<StoredSuggestion> &suggestions() const { return m_rows; }
    [[nodiscard]] bool isHeld(int row) const;
    /// Rows whose value the case does not hold yet.
    [[nodiscard]] int pendingCount() const;

    /// Accepts one suggestion by the rules of acceptance::plan() (a review also adds the order
    /// under review): one undoable edit. Returns what the reviewer should know (notes, and why
    /// a suggestion was not accepted). Throws LibraryError when the edit cannot be made.
    QStringList accept(int row);
    /// Accepts every suggestion (or every confident one) the case does not hold yet, as one
    /// undoable edit; all but the reference, which is accepted only on its own.
    QStringList acceptAll(AcceptScope scope = AcceptScope::All);
    [[nodiscard]] const QList<ReviewedSuggestion> &reviewed() const { return m_reviewed; }
    /// Dismisses a suggestion: it is no longer shown for this case.
    void dismiss(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList apply(const QList<ReviewedSuggestion> &rows, AcceptScope scope, bool withReference,
                      const QString &text);
    void refresh(CaseId id);
    [[nodiscard]] QString passage(const StoredSuggestion &s) const;

    LibrarySession *m_session;
    CaseId m_caseId;
    QList<StoredSuggestion> m_rows;
    QList<ReviewedSuggestion> m_reviewed; ///< the same rows, with confidence
    QHash<DocumentId, QString> m_texts;
};

} // namespace casebench::ui
