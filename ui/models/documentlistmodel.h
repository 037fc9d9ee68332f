// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/document.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace casebench::ui {

/// A case's documents, read-only: title, kind, date and how many passages are tagged in each.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Date, Passages, ColumnCount };
    enum Roles { DocumentIdRole = Qt::UserRole + 1 };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setSession(LibrarySession *session);
    /// Shows a case's documents (an invalid id shows none); resets the model.
    void setCase(CaseId id);
    [[nodiscard]] CaseId caseId() const { return m_caseId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Document document; ///< without its text
        int passages = 0;
    };

    QList<Row> load(CaseId id) const;
    void onCaseAdded(CaseId id);
    void onCaseRemoved(CaseId id);

    QPointer<LibrarySession> m_session;
    CaseId m_caseId;
    QList<Row> m_rows;
};

} // namespace casebench::ui
