// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkreviewmodel.h"
#include "sessionread.h"

#include "commands/librarysession.h"
#include "import/suggestionrules.h"
#include "storage/caserepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

BulkReviewModel::BulkReviewModel(LibrarySession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &LibrarySession::caseChanged, this, &BulkReviewModel::reload);
    connect(m_session, &LibrarySession::sanctionsChanged, this, &BulkReviewModel::reload);
    connect(m_session, &LibrarySession::importSuggestionsChanged, this, &BulkReviewModel::reload);
    connect(m_session, &LibrarySession::caseRemoved, this, [this](CaseId id) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).caseRecord.id == id) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
                return;
            }
        }
    });
}

int BulkReviewModel::columnOf(SuggestionField field)
{
    switch (field) {
    case SuggestionField::Regulator:
        return RegulatorColumn;
    case SuggestionField::Profession:
        return ProfessionColumn;
    case SuggestionField::HearingType:
        return HearingTypeColumn;
    case SuggestionField::HearingDate:
    case SuggestionField::DecisionDate:
        return DecisionDateColumn;
    case SuggestionField::Facts:
    case SuggestionField::Ground:
    case SuggestionField::Impairment:
        return FindingsColumn;
    case SuggestionField::Sanction:
        return SanctionColumn;
    case SuggestionField::InterimOrder:
        return InterimColumn;
    case SuggestionField::Reference:
        break;
    }
    return -1; // the reference is accepted only on its own, in the case's suggestions
}

BulkReviewModel::Row BulkReviewModel::load(CaseId id) const
{
    Row row;
    Library &library = m_session->library();
    const auto c = library.cases().find(id);
    if (!c)
        return row;
    row.caseRecord = *c;
    row.cells.resize(ColumnCount);
    const SanctionHistory history = library.sanctions().history(id);
    for (const ReviewedSuggestion &r : acceptance::reviewRows(library, id)) {
        const int column = columnOf(r.suggestion.field);
        if (column < 0)
            continue;
        const bool held = acceptance::isHeld(r.suggestion, *c, history);
        row.cells[column].rows.append(r);
        row.cells[column].held.append(held);
        if (!held) {
            ++row.pending;
            if (r.confidence == SuggestionConfidence::High)
                ++row.confidentPending;
        }
    }
    return row;
}

void BulkReviewModel::setCases(const QList<CaseId> &ids)
{
    beginResetModel();
    m_rows.clear();
    for (const CaseId id : ids) {
        Row row = load(id);
        if (row.caseRecord.id.isValid() && row.pending > 0)
            m_rows.append(std::move(row));
    }
    endResetModel();
}

void BulkReviewModel::setAllPending()
{
    setCases(m_session->library().importSuggestions().casesWithOpenSuggestions());
}

void BulkReviewModel::reload(CaseId id)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).caseRecord.id != id)
            continue;
        if (!readAfterChange(m_session, [&] { m_rows[i] = load(id); }))
            return;
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        return;
    }
}

CaseId BulkReviewModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseRecord.id : CaseId();
}

QList<CaseId> BulkReviewModel::cases() const
{
    QList<CaseId> ids;
    for (const Row &row : m_rows)
        ids.append(row.caseRecord.id);
    return ids;
}

int BulkReviewModel::pendingCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.pending;
    return count;
}

int BulkReviewModel::confidentPendingCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.confidentPending;
    return count;
}

QStringList BulkReviewModel::accept(AcceptScope scope)
{
    QList<acceptance::Plan> plans;
    QStringList said;
    for (const Row &row : std::as_const(m_rows)) {
        acceptance::Plan plan = m_session->planAcceptance(row.caseRecord.id, scope);
        const QString reference = row.caseRecord.reference;
        for (const QString &note : std::as_const(plan.notes))
            said.append(u"%1: %2"_s.arg(reference, note));
        for (const auto &[id, why] : std::as_const(plan.skipped))
            said.append(tr("%1: a suggestion was left to review: %2").arg(reference, why));
        plans.append(std::move(plan));
    }
    int changing = 0;
    for (const acceptance::Plan &plan : std::as_const(plans))
        changing += plan.isEmpty() ? 0 : 1;
    const QString text = changing == 1 ? tr("Accept suggestions for 1 case")
                                       : tr("Accept suggestions for %1 cases").arg(changing);
    m_session->acceptSuggestions(plans, text);
    return said;
}

int BulkReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BulkReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (column == CaseColumn || column == RegistrantColumn || column == PendingColumn) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (column == CaseColumn)
            return role == Qt::ToolTipRole ? row.caseRecord.title : row.caseRecord.reference;
        if (column == RegistrantColumn)
            return row.caseRecord.registrant;
        return role == Qt::DisplayRole ? QVariant(row.pending)
                                       : QVariant(tr("%1 to review, %2 of them of high confidence")
                                                      .arg(row.pending)
                                                      .arg(row.confidentPending));
    }
    const Cell &cell = row.cells.at(column);
    if (cell.rows.isEmpty())
        return role == ConfidenceRole ? QVariant(-1) : QVariant();
    int lowest = static_cast<int>(SuggestionConfidence::High);
    bool allHeld = true;
    QStringList texts;
    QStringList passages;
    for (qsizetype i = 0; i < cell.rows.size(); ++i) {
        const ReviewedSuggestion &r = cell.rows.at(i);
        texts.append(suggestionrules::suggestedText(r.suggestion));
        if (!cell.held.at(i)) {
            allHeld = false;
            lowest = std::min(lowest, static_cast<int>(r.confidence));
        }
        passages.append(tr("%1 (%2 confidence: %3)\n“%4”")
                            .arg(enumLabel(r.suggestion.field), enumLabel(r.confidence).toLower(),
                                 r.reason, r.passage));
    }
    switch (role) {
    case Qt::DisplayRole: {
        texts.removeDuplicates(); // a one-day hearing: its hearing and decision date agree
        const QString text = texts.join(u"; "_s);
        if (allHeld)
            return text;
        static const QStringList marks{u"○ "_s, u"◐ "_s, u"● "_s};
        return QString(marks.value(lowest) + text);
    }
    case Qt::ToolTipRole:
        return passages.join(u"\n\n"_s);
    case ConfidenceRole:
        return allHeld ? static_cast<int>(SuggestionConfidence::High) : lowest;
    case HeldRole:
        return allHeld;
    case Qt::FontRole:
        if (!allHeld) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (allHeld)
            return QBrush(QColor(0x5f, 0x63, 0x68)); // accepted: quieter
        if (lowest == static_cast<int>(SuggestionConfidence::Low))
            return QBrush(QColor(0xb3, 0x26, 0x1e)); // to check by hand
        return {};
    default:
        return {};
    }
}

QVariant BulkReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case RegistrantColumn:
        return tr("Registrant");
    case RegulatorColumn:
        return tr("Regulator");
    case ProfessionColumn:
        return tr("Profession");
    case HearingTypeColumn:
        return tr("Hearing");
    case DecisionDateColumn:
        return tr("Dates");
    case FindingsColumn:
        return tr("Findings");
    case SanctionColumn:
        return tr("Order");
    case InterimColumn:
        return tr("Interim order");
    case PendingColumn:
        return tr("Open");
    default:
        return {};
    }
}

} // namespace casebench::ui
