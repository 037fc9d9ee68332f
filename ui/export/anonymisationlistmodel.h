// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/anonymiser.h"
#include "model/ids.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

/// A case's anonymisation list as shown (anonymisation::effectiveList: the registrant's names
/// first until edited), with how often each original occurs in the case's documents. Edits go
/// through the session as undoable commands; the model follows anonymisationListChanged.
class AnonymisationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Original, Replacement, Kind, Confirmed, Found, ColumnCount };

    AnonymisationListModel(LibrarySession &session, CaseId caseId, QObject *parent = nullptr);

    [[nodiscard]] CaseId caseId() const { return m_caseId; }
    [[nodiscard]] const QList<AnonymisationEntry> &entries() const { return m_entries; }
    [[nodiscard]] AnonymisationEntry entryAt(int row) const { return m_entries.value(row); }
    /// The texts of the case's documents (what "Found" counts in).
    [[nodiscard]] const QStringList &texts() const { return m_texts; }
    /// Reads the list and the documents again.
    void reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit was refused (a duplicate or empty name); the message is for the user.
    void editFailed(const QString &message);

private:
    LibrarySession &m_session;
    CaseId m_caseId;
    QList<AnonymisationEntry> m_entries;
    QList<int> m_found;
    QStringList m_texts;
};

} // namespace casebench::ui
