// SPDX-License-Identifier: GPL-3.0-or-later
#include "casetablemodel.h"
#include "sessionread.h"

#include "commands/librarysession.h"
#include "displaytext.h"
#include "storage/library.h"

#include <limits>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

bool referenceLess(const CaseSummary &a, const QString &reference)
{
    return QString::compare(a.caseRecord.reference, reference, Qt::CaseInsensitive) < 0;
}

} // namespace

CaseTableModel::CaseTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaseTableModel::setSession(LibrarySession *session)
{
    // Read before the reset: a read that throws leaves the model as it was.
    QList<CaseSummary> rows;
    if (session)
        rows = session->library().cases().summaries();
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_rows = rows;
    if (m_session) {
        connect(m_session, &LibrarySession::caseAdded, this, &CaseTableModel::onCaseAdded);
        connect(m_session, &LibrarySession::caseChanged, this, &CaseTableModel::onCaseChanged);
        connect(m_session, &LibrarySession::sanctionsChanged, this, &CaseTableModel::onCaseChanged);
        connect(m_session, &LibrarySession::caseRemoved, this, &CaseTableModel::onCaseRemoved);
    }
    endResetModel();
}

int CaseTableModel::rowOf(CaseId id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [id](const CaseSummary &s) { return s.caseRecord.id == id; });
    return it == m_rows.cend() ? -1 : static_cast<int>(it - m_rows.cbegin());
}

CaseId CaseTableModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseRecord.id : CaseId();
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Hearing && row.caseRecord.hearingDate.isValid())
            return tr("Hearing began %1").arg(displaytext::date(row.caseRecord.hearingDate));
        if (index.column() == Title || index.column() == SanctionColumn)
            return displayData(row, index.column()); // the whole text where the cell elides it
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Documents)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(row, index.column());
    case CaseIdRole:
        return row.caseRecord.id.value;
    default:
        return filterData(row, role);
    }
}

QVariant CaseTableModel::displayData(const CaseSummary &row, int column) const
{
    const Case &c = row.caseRecord;
    switch (column) {
    case Reference:
        return c.reference;
    case Title:
        return c.title;
    case RegulatorColumn:
        return enumLabel(c.regulator);
    case Profession:
        return c.profession;
    case Registrant:
        return c.registrant;
    case Hearing:
        return enumLabel(c.hearingType);
    case Decided:
        return displaytext::date(c.decisionDate);
    case SanctionColumn:
        return row.currentSanction ? displaytext::sanction(*row.currentSanction, c.regulator)
                                   : QString();
    case Role:
        return enumLabel(c.role);
    case Documents:
        return row.documentCount;
    default:
        return {};
    }
}

QVariant CaseTableModel::sortData(const CaseSummary &row, int column) const
{
    const Case &c = row.caseRecord;
    switch (column) {
    case Hearing:
        return static_cast<int>(c.hearingType);
    case Decided:
        // Unset dates sort first.
        return c.decisionDate.isValid() ? c.decisionDate.toJulianDay()
                                        : std::numeric_limits<qint64>::min();
    case SanctionColumn:
        return displaytext::sanctionSortKey(row.currentSanction);
    case Documents:
        return row.documentCount;
    default:
        return displayData(row, column).toString().toCaseFolded();
    }
}

QVariant CaseTableModel::filterData(const CaseSummary &row, int role) const
{
    const Case &c = row.caseRecord;
    switch (role) {
    case RegulatorRole:
        return static_cast<int>(c.regulator);
    case ProfessionRole:
        return c.profession;
    case SanctionTypeRole:
        return row.currentSanction ? static_cast<int>(row.currentSanction->type) : -1;
    case YearRole:
        return c.year();
    case SearchTextRole:
        return QStringList{c.reference, c.title, c.registrant}.join(u'\n');
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Title:
        return tr("Title");
    case RegulatorColumn:
        return tr("Regulator");
    case Profession:
        return tr("Profession");
    case Registrant:
        return tr("Registrant");
    case Hearing:
        return tr("Hearing");
    case Decided:
        return tr("Decided");
    case SanctionColumn:
        return tr("Sanction");
    case Role:
        return tr("Role");
    case Documents:
        return tr("Documents");
    default:
        return {};
    }
}

void CaseTableModel::onCaseAdded(CaseId id)
{
    if (rowOf(id) >= 0) {
        onCaseChanged(id);
        return;
    }
    std::optional<CaseSummary> summary;
    if (!readAfterChange(m_session, [&] { summary = m_session->library().cases().summary(id); })
        || !summary)
        return;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), summary->caseRecord.reference,
                                     referenceLess);
    const int row = static_cast<int>(it - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, *summary);
    endInsertRows();
}

void CaseTableModel::onCaseChanged(CaseId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    std::optional<CaseSummary> summary;
    if (!readAfterChange(m_session, [&] { summary = m_session->library().cases().summary(id); })
        || !summary)
        return;
    // The list stays as loaded; a changed reference only moves the row in sorted views.
    m_rows[row] = *summary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CaseTableModel::onCaseRemoved(CaseId id)
{
    // Removal is handled after the fact from the model's own copy, so a removal that failed
    // half-way (no caseRemoved) never leaves the model inside beginRemoveRows.
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace casebench::ui
