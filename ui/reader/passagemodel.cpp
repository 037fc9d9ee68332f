// SPDX-License-Identifier: GPL-3.0-or-later
#include "passagemodel.h"
#include "sessionread.h"

#include "model/libraryerror.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// Group rows carry 0 as internal id; passage rows carry their group's number + 1.
constexpr quintptr groupTag = 0;

QString groupLabel(int group)
{
    switch (static_cast<FactorCategory>(group)) {
    case FactorCategory::Finding:
        return PassageModel::tr("Findings");
    case FactorCategory::Aggravating:
        return PassageModel::tr("Aggravating");
    case FactorCategory::Mitigating:
        return PassageModel::tr("Mitigating");
    case FactorCategory::InsightRemediation:
        return PassageModel::tr("Insight and remediation");
    case FactorCategory::Context:
        return PassageModel::tr("Context");
    }
    return {};
}

bool before(const Passage &a, const Passage &b)
{
    return std::tie(a.document.value, a.start, a.end, a.id.value)
           < std::tie(b.document.value, b.start, b.end, b.id.value);
}

} // namespace

PassageModel::PassageModel(QObject *parent) : QAbstractItemModel(parent) {}

void PassageModel::setSession(LibrarySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &LibrarySession::passageAdded, this, &PassageModel::onPassageAdded);
        connect(session, &LibrarySession::passageChanged, this, &PassageModel::onPassageChanged);
        // Rows go once the removal is done: an announced removal that then fails leaves them.
        connect(session, &LibrarySession::passageRemoved, this, &PassageModel::onPassageRemoved);
        connect(session, &LibrarySession::caseRemoved, this, &PassageModel::onCaseRemoved);
        connect(session, &LibrarySession::caseAdded, this, &PassageModel::onCaseAdded);
    }
    setCase({});
}

void PassageModel::setCase(CaseId id)
{
    // Read before the reset: a failed read shows no passages (and says why).
    QList<Factor> factors;
    QList<Document> documents;
    QList<Passage> passages;
    if (m_session && id.isValid()) {
        const bool read = readAfterChange(
            m_session,
            [&] {
                Library &library = m_session->library();
                factors = library.codebook().all();
                documents = library.documents().forCase(id, false);
                passages = library.passages().forCase(id);
            },
            [this](const QString &message) { Q_EMIT errorOccurred(message); });
        if (!read)
            passages.clear();
    }
    beginResetModel();
    m_caseId = id;
    m_factors.clear();
    m_documents.clear();
    for (auto &group : m_groups)
        group.clear();
    for (const Factor &f : std::as_const(factors))
        m_factors.insert(f.id, f);
    for (const Document &d : std::as_const(documents))
        m_documents.insert(d.id);
    for (const Passage &p : std::as_const(passages))
        m_groups[static_cast<size_t>(groupOf(p))].append(p);
    for (auto &group : m_groups)
        std::sort(group.begin(), group.end(), before);
    endResetModel();
}

void PassageModel::setCitationProvider(CitationProvider provider)
{
    m_citation = std::move(provider);
    for (int g = 0; g < groupCount; ++g) {
        const int rows = static_cast<int>(m_groups[static_cast<size_t>(g)].size());
        if (rows > 0) {
            Q_EMIT dataChanged(index(0, CitationColumn, index(g, 0)),
                               index(rows - 1, CitationColumn, index(g, 0)));
        }
    }
}

void PassageModel::reloadCodebook()
{
    setCase(m_caseId);
}

int PassageModel::groupOf(const Passage &passage) const
{
    const auto it = m_factors.constFind(passage.factor);
    return static_cast<int>(it == m_factors.cend() ? FactorCategory::Context : it->category);
}

int PassageModel::insertionRow(int group, const Passage &passage) const
{
    const QList<Passage> &list = m_groups[static_cast<size_t>(group)];
    return static_cast<int>(std::lower_bound(list.cbegin(), list.cend(), passage, before)
                            - list.cbegin());
}

bool PassageModel::belongsToCase(const Passage &passage)
{
    if (m_documents.contains(passage.document))
        return true;
    // A document added to the case since it was loaded.
    const auto document = m_session->library().documents().find(passage.document);
    if (!document || document->caseId != m_caseId)
        return false;
    m_documents.insert(passage.document);
    return true;
}

QString PassageModel::citationOf(const Passage &passage) const
{
    if (passage.orphaned)
        return tr("Not found in the current text");
    return m_citation ? m_citation(passage) : QString();
}

std::pair<int, int> PassageModel::find(PassageId id) const
{
    for (int g = 0; g < groupCount; ++g) {
        const QList<Passage> &list = m_groups[static_cast<size_t>(g)];
        for (int row = 0; row < list.size(); ++row) {
            if (list.at(row).id == id)
                return {g, row};
        }
    }
    return {-1, -1};
}

void PassageModel::insertPassage(const Passage &passage)
{
    const int group = groupOf(passage);
    const int row = insertionRow(group, passage);
    beginInsertRows(index(group, 0), row, row);
    m_groups[static_cast<size_t>(group)].insert(row, passage);
    endInsertRows();
    const QModelIndex groupRow = index(group, 0);
    Q_EMIT dataChanged(groupRow, groupRow, {Qt::DisplayRole});
}

void PassageModel::removeAt(int group, int row)
{
    beginRemoveRows(index(group, 0), row, row);
    m_groups[static_cast<size_t>(group)].removeAt(row);
    endRemoveRows();
    const QModelIndex groupRow = index(group, 0);
    Q_EMIT dataChanged(groupRow, groupRow, {Qt::DisplayRole});
}

void PassageModel::onPassageAdded(PassageId id)
{
    if (!m_caseId.isValid() || find(id).first >= 0)
        return;
    std::optional<Passage> passage;
    bool belongs = false;
    readAfterChange(
        m_session,
        [&] {
            passage = m_session->library().passages().find(id);
            belongs = passage && belongsToCase(*passage);
        },
        [this](const QString &message) { Q_EMIT errorOccurred(message); });
    if (belongs)
        insertPassage(*passage);
}

void PassageModel::onPassageChanged(PassageId id)
{
    const auto [group, row] = find(id);
    if (group < 0)
        return;
    std::optional<Passage> passage;
    const bool read = readAfterChange(
        m_session,
        [&] {
            passage = m_session->library().passages().find(id);
            // Re-read the codebook entry: a passage may now carry a factor added since loading.
            if (passage && !m_factors.contains(passage->factor)) {
                if (const auto f = m_session->library().codebook().find(passage->factor))
                    m_factors.insert(f->id, *f);
            }
        },
        [this](const QString &message) { Q_EMIT errorOccurred(message); });
    if (!read)
        return;
    if (!passage) {
        removeAt(group, row);
        return;
    }
    if (groupOf(*passage) != group) {
        removeAt(group, row);
        insertPassage(*passage);
        return;
    }
    m_groups[static_cast<size_t>(group)][row] = *passage;
    Q_EMIT dataChanged(index(row, 0, index(group, 0)),
                       index(row, ColumnCount - 1, index(group, 0)));
}

void PassageModel::onPassageRemoved(PassageId id)
{
    const auto [group, row] = find(id);
    if (group >= 0)
        removeAt(group, row);
}

void PassageModel::onCaseRemoved(CaseId id)
{
    if (id == m_caseId) {
        beginResetModel();
        for (auto &group : m_groups)
            group.clear();
        m_documents.clear();
        endResetModel();
    }
}

void PassageModel::onCaseAdded(CaseId id)
{
    if (id == m_caseId) // the case came back by undo
        setCase(id);
}

QModelIndex PassageModel::indexOf(PassageId id, int column) const
{
    const auto [group, row] = find(id);
    return group < 0 ? QModelIndex() : index(row, column, index(group, 0));
}

QModelIndex PassageModel::groupIndex(FactorCategory category) const
{
    return index(static_cast<int>(category), 0);
}

std::optional<Passage> PassageModel::passageAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupTag)
        return std::nullopt;
    return m_groups[index.internalId() - 1].at(index.row());
}

int PassageModel::passageCount() const
{
    int count = 0;
    for (const auto &group : m_groups)
        count += static_cast<int>(group.size());
    return count;
}

QModelIndex PassageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupTag);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex PassageModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupTag)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, groupTag);
}

int PassageModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount;
    if (parent.column() != 0 || parent.internalId() != groupTag)
        return 0;
    return static_cast<int>(m_groups[static_cast<size_t>(parent.row())].size());
}

int PassageModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PassageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupTag) {
        const int count = static_cast<int>(m_groups[static_cast<size_t>(index.row())].size());
        if (role == Qt::DisplayRole && index.column() == Quote)
            return tr("%1 (%2)").arg(groupLabel(index.row())).arg(count);
        if (role == CategoryRole)
            return index.row();
        if (role == PassageIdRole)
            return qint64(0);
        if (role == Qt::DecorationRole && index.column() == Quote)
            return defaultCategoryColour(static_cast<FactorCategory>(index.row()));
        return {};
    }
    const Passage &p = m_groups[index.internalId() - 1].at(index.row());
    const auto factor = m_factors.constFind(p.factor);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Quote: {
            const QString quote = p.quote.simplified();
            return quote.size() > 90 ? quote.left(89) + u'…' : quote;
        }
        case FactorColumn:
            return factor == m_factors.cend() ? QString() : factor->name;
        case CitationColumn:
            return citationOf(p);
        case Note:
            return p.note;
        }
        return {};
    case Qt::EditRole:
        return index.column() == Note ? QVariant(p.note) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        // Team libraries: who tagged the passage and who changed it last (schema 6).
        QString who;
        if (!p.author.isEmpty())
            who = tr("Tagged by %1").arg(p.author);
        if (!p.modifiedBy.isEmpty() && p.modifiedBy != p.author)
            who += (who.isEmpty() ? QString() : u"; "_s)
                   + tr("last changed by %1").arg(p.modifiedBy);
        const QString text = p.note.isEmpty() ? p.quote : p.quote + u"\n\n"_s + p.note;
        return who.isEmpty() ? text : text + u"\n\n"_s + who;
    }
    case Qt::DecorationRole:
        if (index.column() == FactorColumn && factor != m_factors.cend())
            return factor->colour.isValid() ? factor->colour
                                            : defaultCategoryColour(factor->category);
        return {};
    case PassageIdRole:
        return p.id.value;
    case DocumentIdRole:
        return p.document.value;
    case StartRole:
        return p.start;
    case EndRole:
        return p.end;
    case FactorIdRole:
        return p.factor.value;
    case CategoryRole:
        return static_cast<int>(index.internalId() - 1);
    }
    return {};
}

bool PassageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto passage = passageAt(index);
    if (!passage || index.column() != Note || role != Qt::EditRole || !m_session)
        return false;
    try {
        // The undo text names the paragraph ("¶ 27") when the citation has one.
        const QString citation = citationOf(*passage);
        const QString place = citation.startsWith(u"¶ "_s) ? citation.section(u',', 0, 0)
                                                           : QString();
        m_session->setPassageNote(passage->id, value.toString().trimmed(), place);
        return true;
    } catch (const LibraryError &e) {
        Q_EMIT errorOccurred(e.message());
        return false;
    }
}

Qt::ItemFlags PassageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // A read-only team library (a reader's role) shows notes but does not edit them.
    if (index.internalId() != groupTag && index.column() == Note
        && !(m_session && m_session->library().isReadOnly()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PassageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Quote:
        return tr("Passage");
    case FactorColumn:
        return tr("Factor");
    case CitationColumn:
        return tr("Citation");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace casebench::ui
