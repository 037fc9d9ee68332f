// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/storedsuggestion.h"

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
    enum Column { FieldColumn, CurrentColumn, SuggestedColumn, PassageColumn, StateColumn, ColumnCount };
    /// True when the case holds the suggested value, under Qt::UserRole.
    static constexpr int HeldRole = Qt::UserRole;

    explicit SuggestionModel(LibrarySession *session, QObject *parent = nullptr);

    /// Shows a case's suggestions (an invalid id shows none); resets the model.
    void setCase(CaseId id);
    [[nodiscard]] CaseId caseId() const { return m_caseId; }
    [[nodiscard]] const QList<StoredSuggestion> &suggestions() const { return m_rows; }
    [[nodiscard]] bool isHeld(int row) const;
    /// Rows whose value the case does not hold yet.
    [[nodiscard]] int pendingCount() const;

    /// Accepts one suggestion: an undoable case edit, or a new sanction entry. Throws
    /// LibraryError when the edit cannot be made.
    void accept(int row);
    /// Accepts every suggestion the case does not hold yet, as one undoable edit; all but the
    /// reference, which is accepted only on its own.
    void acceptAll();
    /// Dismisses a suggestion: it is no longer shown for this case.
    void dismiss(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyOne(const StoredSuggestion &s);
    void refresh(CaseId id);
    [[nodiscard]] QString passage(const StoredSuggestion &s) const;

    LibrarySession *m_session;
    CaseId m_caseId;
    QList<StoredSuggestion> m_rows;
    QHash<DocumentId, QString> m_texts;
};

} // namespace casebench::ui
