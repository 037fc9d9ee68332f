// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionmodel.h"

#include "commands/librarysession.h"
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
    beginResetModel();
    m_caseId = id;
    m_rows.clear();
    m_texts.clear();
    if (id.isValid()) {
        Library &library = m_session->library();
        const QList<StoredSuggestion> all = ImportSuggestionRepository(library.database()).forCase(id);
        for (const StoredSuggestion &s : all) {
            if (s.status == SuggestionStatus::Dismissed)
                continue;
            m_rows.append(s);
            if (!m_texts.contains(s.document)) {
                const auto document = library.documents().find(s.document);
                m_texts.insert(s.document, document ? document->text : QString());
            }
        }
    }
    endResetModel();
}

bool SuggestionModel::isHeld(int row) const
{
    const auto c = m_session->library().cases().find(m_caseId);
    if (!c || row < 0 || row >= m_rows.size())
        return false;
    return suggestionrules::isHeld(m_rows.at(row), *c, m_session->library().sanctions().history(m_caseId));
}

int SuggestionModel::pendingCount() const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += isHeld(row) ? 0 : 1;
    return count;
}

void SuggestionModel::applyOne(const StoredSuggestion &s)
{
    const auto c = m_session->library().cases().find(m_caseId);
    if (!c)
        return;
    if (const auto sanction = suggestionrules::acceptedSanction(s, *c)) {
        m_session->addSanction(*sanction);
        return;
    }
    m_session->updateCase(suggestionrules::accepted(s, *c), enumLabel(s.field).toLower());
}

void SuggestionModel::accept(int row)
{
    if (row < 0 || row >= m_rows.size() || isHeld(row))
        return;
    applyOne(m_rows.at(row));
}

void SuggestionModel::acceptAll()
{
    QList<StoredSuggestion> pending;
    // The reference is the reviewer's own handle on the case: it changes only when accepted
    // on its own.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!isHeld(row) && m_rows.at(row).field != SuggestionField::Reference)
            pending.append(m_rows.at(row));
    }
    if (pending.isEmpty())
        return;
    const auto c = m_session->library().cases().find(m_caseId);
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(tr("Accept suggestions for %1").arg(c ? c->reference : QString()));
    try {
        for (const StoredSuggestion &s : std::as_const(pending))
            applyOne(s);
    } catch (...) {
        stack->endMacro();
        throw;
    }
    stack->endMacro();
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
        return c ? suggestionrules::currentText(s, *c, m_session->library().sanctions().history(m_caseId))
                 : QString();
    }
    case SuggestedColumn:
        return suggestionrules::suggestedText(s);
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
    case PassageColumn:
        return tr("Supporting passage");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace casebench::ui
