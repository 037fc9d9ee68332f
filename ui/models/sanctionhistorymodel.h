// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/regulator.h"
#include "model/sanction.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace casebench::ui {

/// One case's sanction history, one entry a row in sequence order; the entry the history ends
/// with (the order in force, SanctionHistory::current()) is shown in bold. Follows the
/// session: entries added, removed or changed become row inserts, removals and dataChanged.
class SanctionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sequence, Outcome, Order, Duration, Decided, Start, Review, ColumnCount };
    enum Roles {
        SanctionIdRole = Qt::UserRole + 1, ///< qint64 id of the row's entry
        IsCurrentRole,                     ///< bool: the entry the history ends with
    };

    explicit SanctionHistoryModel(QObject *parent = nullptr);

    void setSession(LibrarySession *session);
    /// Shows a case's history (an invalid id shows none); resets the model.
    void setCase(CaseId id);
    [[nodiscard]] CaseId caseId() const { return m_caseId; }
    [[nodiscard]] Regulator regulator() const { return m_regulator; }

    [[nodiscard]] const QList<Sanction> &entries() const { return m_entries; }
    [[nodiscard]] int rowOf(SanctionId id) const;
    [[nodiscard]] int currentRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onSanctionsChanged(CaseId id);
    void onCaseChanged(CaseId id);
    void onCaseRemoved(CaseId id);
    QVariant displayData(const Sanction &s, int column) const;
    /// Brings m_entries to `fresh` with row removals, inserts and dataChanged.
    void mergeEntries(const QList<Sanction> &fresh);
    void emitAllChanged();

    QPointer<LibrarySession> m_session;
    CaseId m_caseId;
    Regulator m_regulator = Regulator::Other;
    QList<Sanction> m_entries;
};

} // namespace casebench::ui
