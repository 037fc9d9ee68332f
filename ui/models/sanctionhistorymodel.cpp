// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanctionhistorymodel.h"
#include "sessionread.h"

#include "commands/librarysession.h"
#include "displaytext.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

SanctionHistoryModel::SanctionHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void SanctionHistoryModel::setSession(LibrarySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &LibrarySession::sanctionsChanged, this,
                &SanctionHistoryModel::onSanctionsChanged);
        connect(m_session, &LibrarySession::caseChanged, this,
                &SanctionHistoryModel::onCaseChanged);
        connect(m_session, &LibrarySession::caseAdded, this,
                &SanctionHistoryModel::onSanctionsChanged);
        connect(m_session, &LibrarySession::caseRemoved, this,
                &SanctionHistoryModel::onCaseRemoved);
    }
    setCase(CaseId());
}

void SanctionHistoryModel::setCase(CaseId id)
{
    // Read before the reset: a failed read leaves the model empty, never inside a reset.
    CaseId shown;
    QList<Sanction> entries;
    Regulator regulator = Regulator::Other;
    if (m_session && id.isValid()) {
        readAfterChange(m_session, [&] {
            if (const auto c = m_session->library().cases().find(id)) {
                regulator = c->regulator;
                entries = m_session->library().sanctions().forCase(id);
                shown = id;
            }
        });
    }
    beginResetModel();
    m_caseId = shown;
    m_entries = entries;
    m_regulator = regulator;
    endResetModel();
}

int SanctionHistoryModel::rowOf(SanctionId id) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [id](const Sanction &s) { return s.id == id; });
    return it == m_entries.cend() ? -1 : static_cast<int>(it - m_entries.cbegin());
}

int SanctionHistoryModel::currentRow() const
{
    const auto current = SanctionHistory(m_entries).current();
    return current ? rowOf(current->id) : -1;
}

int SanctionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SanctionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SanctionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sanction &s = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, index.column());
    case Qt::FontRole:
        if (index.row() == currentRow()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Outcome)
            return enumLabel(s.outcome);
        if (index.column() == Order)
            return sanctionladder::regulatorTerm(s.type, m_regulator);
        if (index.row() == currentRow())
            return tr("The order this history ends with: the case's outcome.");
        if (sanctionladder::isInterim(s.type) && SanctionHistory(m_entries).current())
            return tr(
                "An interim order (for example to cover the appeal period): kept in the history, never the case's outcome.");
        if (!s.decidedOn.isValid() && index.column() == Decided)
            return tr("Known only from a later decision, which does not give its date.");
        return {};
    case SanctionIdRole:
        return s.id.value;
    case IsCurrentRole:
        return index.row() == currentRow();
    default:
        return {};
    }
}

QVariant SanctionHistoryModel::displayData(const Sanction &s, int column) const
{
    switch (column) {
    case Sequence:
        return s.sequence + 1;
    case Outcome:
        // Short enough for a narrow panel; the tooltip has the full wording.
        return s.outcome == ReviewOutcome::Replaced ? tr("Replaced") : enumLabel(s.outcome);
    case Order:
        return sanctionladder::regulatorTerm(s.type, m_regulator);
    case Duration:
        if (!s.durationMonths && !s.decidedOn.isValid() && s.outcome == ReviewOutcome::Imposed
            && sanctionladder::isTimeLimited(s.type, m_regulator))
            return tr("not stated");
        return displaytext::duration(s.durationMonths);
    case Decided:
        return s.decidedOn.isValid() ? displaytext::date(s.decidedOn) : tr("not stated");
    case Start:
        return displaytext::date(s.startDate);
    case Review:
        return s.reviewHearing ? tr("Yes") : QString();
    default:
        return {};
    }
}

QVariant SanctionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sequence:
        return tr("Seq");
    case Outcome:
        return tr("Outcome");
    case Order:
        return tr("Order");
    case Duration:
        return tr("Duration");
    case Decided:
        return tr("Decided");
    case Start:
        return tr("Start");
    case Review:
        return tr("Review");
    default:
        return {};
    }
}

void SanctionHistoryModel::onSanctionsChanged(CaseId id)
{
    if (id != m_caseId || !m_session)
        return;
    QList<Sanction> fresh;
    if (readAfterChange(m_session, [&] { fresh = m_session->library().sanctions().forCase(id); }))
        mergeEntries(fresh);
}

void SanctionHistoryModel::onCaseChanged(CaseId id)
{
    if (id != m_caseId || !m_session)
        return;
    // The regulator decides the terms the Order column uses.
    std::optional<Case> c;
    readAfterChange(m_session, [&] { c = m_session->library().cases().find(id); });
    if (c) {
        m_regulator = c->regulator;
        emitAllChanged();
    }
}

void SanctionHistoryModel::onCaseRemoved(CaseId id)
{
    if (id != m_caseId)
        return;
    // Keep the case id: undoing the removal brings the history back.
    mergeEntries({});
}

void SanctionHistoryModel::mergeEntries(const QList<Sanction> &fresh)
{
    const auto contains = [](const QList<Sanction> &list, SanctionId id) {
        return std::any_of(list.cbegin(), list.cend(),
                           [id](const Sanction &s) { return s.id == id; });
    };
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (contains(fresh, m_entries.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (row < m_entries.size() && m_entries.at(row).id == fresh.at(row).id)
            continue;
        if (contains(m_entries, fresh.at(row).id)) {
            // Entries changed places: nothing a single edit does, so a reset is fine.
            beginResetModel();
            m_entries = fresh;
            endResetModel();
            return;
        }
        beginInsertRows({}, row, row);
        m_entries.insert(row, fresh.at(row));
        endInsertRows();
    }
    m_entries = fresh;
    emitAllChanged();
}

void SanctionHistoryModel::emitAllChanged()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace casebench::ui
