// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "storage/caserepository.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace casebench::ui {

/// The library's cases, one row each, kept in step with the session's signals: an added case
/// is inserted, an edited one announced with dataChanged, a removed one removed — the model is
/// only reset when another session (library) is set.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Reference,
        Title,
        RegulatorColumn,
        Profession,
        Registrant,
        Hearing,
        Decided,
        SanctionColumn,
        Role,
        Documents,
        ColumnCount
    };

    enum Roles {
        SortRole = Qt::UserRole + 1, ///< a value that sorts properly (dates, ladder rank, counts)
        CaseIdRole,                  ///< qint64 id of the row's case
        RegulatorRole,               ///< int value of the case's Regulator
        ProfessionRole,              ///< the profession as entered
        SanctionTypeRole,            ///< int value of the current order's SanctionType, or -1
        YearRole,                    ///< Case::year(), 0 when the case has no dates
        SearchTextRole,              ///< reference, title and registrant, for the text filter
    };

    explicit CaseTableModel(QObject *parent = nullptr);

    /// Shows the cases of a session (or none); resets the model.
    void setSession(LibrarySession *session);
    [[nodiscard]] LibrarySession *session() const { return m_session; }

    /// The row of a case, or -1.
    [[nodiscard]] int rowOf(CaseId id) const;
    [[nodiscard]] CaseId caseIdAt(int row) const;
    [[nodiscard]] const CaseSummary &summaryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onCaseAdded(CaseId id);
    void onCaseChanged(CaseId id);
    void onCaseRemoved(CaseId id);

    QVariant displayData(const CaseSummary &row, int column) const;
    QVariant sortData(const CaseSummary &row, int column) const;
    QVariant filterData(const CaseSummary &row, int role) const;

    QPointer<LibrarySession> m_session;
    QList<CaseSummary> m_rows; ///< ordered by reference
};

} // namespace casebench::ui
