// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/acceptance.h"

#include <QAbstractTableModel>
#include <QList>

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

/// The review of many cases' import suggestions at once: one row per case, one column per
/// suggested field, each cell the suggested value with its confidence and, as its tooltip,
/// the supporting passage. Accepting goes through LibrarySession::acceptSuggestions(), so
/// accepting every case is one undoable edit.
class BulkReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseColumn,
        RegistrantColumn,
        RegulatorColumn,
        ProfessionColumn,
        HearingTypeColumn,
        DecisionDateColumn,
        FindingsColumn, ///< facts, grounds and impairment together
        SanctionColumn,
        InterimColumn,
        PendingColumn,
        ColumnCount
    };
    /// The cell's lowest SuggestionConfidence (int), or -1 when the cell suggests nothing.
    static constexpr int ConfidenceRole = Qt::UserRole;
    /// True when every suggestion of the cell is held by the case.
    static constexpr int HeldRole = Qt::UserRole + 1;

    explicit BulkReviewModel(LibrarySession *session, QObject *parent = nullptr);

    /// Shows these cases (those without open suggestions are left out); resets the model.
    void setCases(const QList<CaseId> &ids);
    /// Every case of the library that has open suggestions not yet accepted.
    void setAllPending();
    [[nodiscard]] CaseId caseAt(int row) const;
    [[nodiscard]] QList<CaseId> cases() const;
    /// Suggestions not yet held, over all rows; and how many of them are of high confidence.
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] int confidentPendingCount() const;

    /// Accepts the rows' suggestions (all, or the confident ones) as ONE undoable edit.
    /// Returns what the reviewer should know: per case, notes and what was left and why.
    QStringList accept(AcceptScope scope);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QList<ReviewedSuggestion> rows;
        QList<bool> held;
    };
    struct Row
    {
        Case caseRecord;
        QList<Cell> cells; ///< one per Column (unused for the case, registrant and pending)
        int pending = 0;
        int confidentPending = 0;
    };

    [[nodiscard]] static int columnOf(SuggestionField field);
    [[nodiscard]] Row load(CaseId id) const;
    void reload(CaseId id);

    LibrarySession *m_session;
    QList<Row> m_rows;
};

} // namespace casebench::ui
