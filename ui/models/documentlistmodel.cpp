// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistmodel.h"
#include "sessionread.h"

#include "commands/librarysession.h"
#include "displaytext.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

namespace casebench::ui {

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setSession(LibrarySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &LibrarySession::caseAdded, this, &DocumentListModel::onCaseAdded);
        connect(m_session, &LibrarySession::caseRemoved, this, &DocumentListModel::onCaseRemoved);
    }
    setCase(CaseId());
}

void DocumentListModel::setCase(CaseId id)
{
    // Read before the reset: a failed read shows no documents, never a half-reset model.
    QList<Row> rows;
    readAfterChange(m_session, [&] { rows = load(id); });
    beginResetModel();
    m_caseId = id;
    m_rows = rows;
    endResetModel();
}

QList<DocumentListModel::Row> DocumentListModel::load(CaseId id) const
{
    QList<Row> rows;
    if (!m_session || !id.isValid())
        return rows;
    Library &library = m_session->library();
    const QList<Document> documents = library.documents().forCase(id, false);
    for (const Document &d : documents)
        rows.append({d, static_cast<int>(library.passages().forDocument(d.id).size())});
    return rows;
}

void DocumentListModel::onCaseAdded(CaseId id)
{
    // Undoing a case's deletion brings its documents back.
    if (id != m_caseId || !m_rows.isEmpty())
        return;
    QList<Row> rows;
    readAfterChange(m_session, [&] { rows = load(id); });
    if (rows.isEmpty())
        return;
    beginInsertRows({}, 0, static_cast<int>(rows.size()) - 1);
    m_rows = rows;
    endInsertRows();
}

void DocumentListModel::onCaseRemoved(CaseId id)
{
    if (id != m_caseId || m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == DocumentIdRole)
        return row.document.id.value;
    if (role == Qt::TextAlignmentRole && index.column() == Passages)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !row.document.sourceFileName.isEmpty())
        return tr("Imported from %1").arg(row.document.sourceFileName);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return row.document.title;
    case Kind:
        return enumLabel(row.document.kind);
    case Date:
        return displaytext::date(row.document.date);
    case Passages:
        return row.passages;
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Date:
        return tr("Date");
    case Passages:
        return tr("Passages");
    default:
        return {};
    }
}

} // namespace casebench::ui
