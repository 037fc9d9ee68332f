// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationlistmodel.h"
#include "sessionread.h"

#include "commands/librarysession.h"
#include "export/anonymisationlist.h"
#include "model/libraryerror.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace casebench::ui {

AnonymisationListModel::AnonymisationListModel(LibrarySession &session, CaseId caseId,
                                               QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_caseId(caseId)
{
    reload();
    connect(&m_session, &LibrarySession::anonymisationListChanged, this, [this](CaseId id) {
        if (id == m_caseId)
            reload();
    });
    // The registrant's names follow the case's registrant field.
    connect(&m_session, &LibrarySession::caseChanged, this, [this](CaseId id) {
        if (id == m_caseId)
            reload();
    });
    connect(&m_session, &LibrarySession::documentReplaced, this, [this] { reload(); });
}

void AnonymisationListModel::reload()
{
    // Read before the reset: a failed read shows an empty list (and says why).
    QList<AnonymisationEntry> entries;
    QStringList texts;
    readAfterChange(&m_session, [&] {
        Library &library = m_session.library();
        if (const std::optional<Case> c = library.cases().find(m_caseId)) {
            entries = anonymisation::effectiveList(*c, library.anonymisation().forCase(m_caseId));
            for (const Document &d : library.documents().forCase(m_caseId, true))
                texts << d.text;
        }
    });
    beginResetModel();
    m_entries = entries;
    m_found.clear();
    m_texts = texts;
    for (AnonymisationEntry e : std::as_const(m_entries)) {
        e.confirmed = true;
        const Anonymiser single({e});
        int found = 0;
        for (const QString &text : std::as_const(m_texts))
            found += single.count(text);
        m_found << found;
    }
    endResetModel();
}

int AnonymisationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AnonymisationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnonymisationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AnonymisationEntry &e = m_entries.at(index.row());
    const bool derived = e.id == 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Original:
            return e.original;
        case Replacement:
            return e.replacement;
        case Kind:
            return role == Qt::EditRole ? QVariant(int(e.kind)) : QVariant(enumLabel(e.kind));
        case Found:
            return m_found.value(index.row());
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == Confirmed)
            return e.confirmed ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (derived)
            return tr("From the case's registrant. Edit or unconfirm it to change it.");
        if (index.column() == Found)
            return tr("How often the case's documents contain it");
        return {};
    case Qt::FontRole:
        if (!e.confirmed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Found)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AnonymisationListModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Original:
        return tr("Original");
    case Replacement:
        return tr("Replacement");
    case Kind:
        return tr("Kind");
    case Confirmed:
        return tr("Confirmed");
    case Found:
        return tr("Found");
    default:
        return {};
    }
}

Qt::ItemFlags AnonymisationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_session.library().isReadOnly())
        return f;
    switch (index.column()) {
    case Original:
    case Replacement:
    case Kind:
        return f | Qt::ItemIsEditable;
    case Confirmed:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

bool AnonymisationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    AnonymisationEntry e = m_entries.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Confirmed) {
        e.confirmed = value.value<Qt::CheckState>() == Qt::Checked
                      || value.toInt() == int(Qt::Checked);
    } else if (role == Qt::EditRole && index.column() == Original) {
        e.original = value.toString().simplified();
    } else if (role == Qt::EditRole && index.column() == Replacement) {
        e.replacement = value.toString();
    } else if (role == Qt::EditRole && index.column() == Kind) {
        const auto kind = static_cast<AnonymisationEntry::Kind>(value.toInt());
        if (enumIdentifier(kind).isEmpty())
            return false;
        e.kind = kind;
    } else {
        return false;
    }
    if (e == m_entries.at(index.row()))
        return true;
    try {
        // The session's signal reloads the model.
        m_session.updateAnonymisationEntries(m_caseId, {e});
    } catch (const LibraryError &error) {
        Q_EMIT editFailed(error.message());
        return false;
    }
    return true;
}

} // namespace casebench::ui
