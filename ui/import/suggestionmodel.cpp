// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionmodel.h"
#include "sessionread.h"

#include "commands/librarysession.h"
#include "import/acceptance.h"
#include "import/suggestionrules.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/importsuggestionrepository.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"

#include <QFont>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

constexpr qsizetype passageLength = 160;

} // namespace

SuggestionModel::SuggestionModel(LibrarySession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &LibrarySession::caseChanged, this, &SuggestionModel::refresh);
    connect(m_session, &LibrarySession::sanctionsChanged, this, &SuggestionModel::refresh);
    connect(m_session, &LibrarySession::importSuggestionsChanged, this, [this](CaseId id) {
        if (id == m_caseId)
            setCase(id);
    });
    connect(m_session, &LibrarySession::caseRemoved, this, [this](CaseId id) {
        if (id == m_caseId)
            setCase({});
    });
}

void SuggestionModel::setCase(CaseId id)
{
    // Read before the reset: a failed read shows no suggestions (and says why).
    QList<ReviewedSuggestion> reviewed;
    QList<StoredSuggestion> rows;
    QHash<DocumentId, QString> texts;
    if (id.isValid()) {
        const bool read = readAfterChange(m_session, [&] {
            Library &library = m_session->library();
            reviewed = acceptance::reviewRows(library, id);
            for (const ReviewedSuggestion &row : std::as_const(reviewed)) {
                const StoredSuggestion &s = row.suggestion;
                rows.append(s);
                if (!texts.contains(s.document)) {
                    const auto document = library.documents().find(s.document);
                    texts.insert(s.document, document ? document->text : QString());
                }
            }
        });
        if (!read) {
            reviewed.clear();
            rows.clear();
            texts.clear();
        }
    }
    beginResetModel();
    m_caseId = id;
    m_reviewed = reviewed;
    m_rows = rows;
    m_texts = texts;
    endResetModel();
}

bool SuggestionModel::isHeld(int row) const
{
    const auto c = m_session->library().cases().find(m_caseId);
    if (!c || row < 0 || row >= m_rows.size())
        return false;
    return acceptance::isHeld(m_rows.at(row), *c,
                              m_session->library().sanctions().history(m_caseId));
}

int SuggestionModel::pendingCount() const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += isHeld(row) ? 0 : 1;
    return count;
}

QStringList SuggestionModel::apply(const QList<ReviewedSuggestion> &rows, AcceptScope scope,
                                   bool withReference, const QString &text)
{
    const auto c = m_session->library().cases().find(m_caseId);
    if (!c)
        return {};
    const acceptance::Plan plan = acceptance::plan(
        *c, m_session->library().sanctions().forCase(m_caseId), rows, scope, withReference);
    m_session->acceptSuggestions({plan}, text.arg(c->reference));
    QStringList said = plan.notes;
    for (const auto &[id, why] : plan.skipped) {
        for (const StoredSuggestion &s : std::as_const(m_rows)) {
            if (s.id == id)
                said.append(tr("%1 not accepted: %2").arg(enumLabel(s.field), why));
        }
    }
    return said;
}

QStringList SuggestionModel::accept(int row)
{
    if (row < 0 || row >= m_rows.size() || isHeld(row))
        return {};
    return apply(
        {m_reviewed.at(row)}, AcceptScope::All, true,
        tr("Accept suggested %1 for %2").arg(enumLabel(m_rows.at(row).field).toLower(), u"%1"_s));
}

QStringList SuggestionModel::acceptAll(AcceptScope scope)
{
    // The reference is the reviewer's own handle on the case: it changes only when accepted
    // on its own.
    return apply(m_reviewed, scope, false, tr("Accept suggestions for %1"));
}

void SuggestionModel::dismiss(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    // Through the session, so the dismissal is undoable; importSuggestionsChanged reloads.
    m_session->setImportSuggestionStatus(m_rows.at(row).id, SuggestionStatus::Dismissed);
}

void SuggestionModel::refresh(CaseId id)
{
    if (id != m_caseId || m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

QString SuggestionModel::passage(const StoredSuggestion &s) const
{
    const QString text = m_texts.value(s.document);
    if (s.start < 0 || s.end > text.size() || s.end <= s.start)
        return {};
    QString quote = text.mid(s.start, s.end - s.start).simplified();
    if (quote.size() > passageLength)
        quote = quote.left(passageLength - 1) + u'…';
    return quote;
}

int SuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredSuggestion &s = m_rows.at(index.row());
    if (role == HeldRole)
        return isHeld(index.row());
    if (role == ConfidenceRole)
        return static_cast<int>(m_reviewed.at(index.row()).confidence);
    if (role == Qt::ToolTipRole && index.column() == ConfidenceColumn)
        return m_reviewed.at(index.row()).reason;
    if (role == Qt::ToolTipRole && index.column() == PassageColumn)
        return m_texts.value(s.document).mid(s.start, s.end - s.start);
    if (role == Qt::FontRole && index.column() == SuggestedColumn && !isHeld(index.row())) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return enumLabel(s.field);
    case CurrentColumn: {
        const auto c = m_session->library().cases().find(m_caseId);
        return c ? suggestionrules::currentText(s, *c,
                                                m_session->library().sanctions().history(m_caseId))
                 : QString();
    }
    case SuggestedColumn:
        return suggestionrules::suggestedText(s);
    case ConfidenceColumn:
        return enumLabel(m_reviewed.at(index.row()).confidence);
    case PassageColumn:
        return passage(s);
    case StateColumn:
        return isHeld(index.row()) ? tr("Accepted") : tr("To review");
    default:
        return {};
    }
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case CurrentColumn:
        return tr("Case now");
    case SuggestedColumn:
        return tr("Suggested");
    case ConfidenceColumn:
        return tr("Confidence");
    case PassageColumn:
        return tr("Supporting passage");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace casebench::ui
