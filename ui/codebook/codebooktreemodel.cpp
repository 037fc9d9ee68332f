// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebooktreemodel.h"
#include "sessionread.h"

#include "commands/librarysession.h"
#include "storage/codebookrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QKeySequence>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace casebench::ui {

CodebookTreeModel::CodebookTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    rebuild();
}

void CodebookTreeModel::setSession(LibrarySession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &LibrarySession::codebookChanged, this, &CodebookTreeModel::reload);
        // Passage counts follow tagging done elsewhere.
        connect(m_session, &LibrarySession::passageAdded, this, &CodebookTreeModel::reload);
        connect(m_session, &LibrarySession::passageRemoved, this, &CodebookTreeModel::reload);
        connect(m_session, &LibrarySession::passageChanged, this, &CodebookTreeModel::reload);
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    beginResetModel();
    rebuild();
    endResetModel();
}

QList<CodebookTreeModel::Node> CodebookTreeModel::buildNodes(const QList<Factor> &factors) const
{
    QList<Node> nodes;
    const auto categories = enumValues<FactorCategory>();
    for (const FactorCategory category : categories) {
        Node n;
        n.row = static_cast<int>(nodes.size());
        n.category = category;
        nodes.append(n);
    }
    QHash<FactorId, int> nodeOf;
    for (int i = 0; i < factors.size(); ++i) {
        Node n;
        n.factor = i;
        n.category = factors.at(i).category;
        nodeOf.insert(factors.at(i).id, static_cast<int>(nodes.size()));
        nodes.append(n);
    }
    // Factors come sorted by category then order: children keep that order under their parent.
    for (int i = static_cast<int>(categories.size()); i < nodes.size(); ++i) {
        const Factor &f = factors.at(nodes.at(i).factor);
        int parent = nodeOf.value(f.parent, -1);
        if (parent < 0)
            parent = static_cast<int>(f.category);
        nodes[i].parent = parent;
        nodes[i].row = static_cast<int>(nodes.at(parent).children.size());
        nodes[parent].children.append(i);
    }
    return nodes;
}

void CodebookTreeModel::rebuild()
{
    m_factors.clear();
    m_passageCounts.clear();
    if (m_session) {
        m_factors = m_session->library().codebook().all();
        for (const Factor &f : std::as_const(m_factors))
            m_passageCounts.insert(f.id, m_session->library().passages().countForFactor(f.id));
    }
    m_nodes = buildNodes(m_factors);
}

QList<int> CodebookTreeModel::shape() const
{
    // Parent and row of every node, with factor ids: equal shapes need no reset.
    QList<int> s;
    for (const Node &n : m_nodes) {
        s << n.parent << n.row
          << (n.factor >= 0 ? static_cast<int>(m_factors.at(n.factor).id.value) : -1);
    }
    return s;
}

void CodebookTreeModel::reload()
{
    const QList<int> before = shape();
    const QList<Factor> old = m_factors;
    const QHash<FactorId, int> oldCounts = m_passageCounts;
    QList<Factor> factors;
    QHash<FactorId, int> counts;
    if (m_session) {
        // A failed read keeps the tree as it was (and says why).
        const bool read = readAfterChange(m_session, [&] {
            factors = m_session->library().codebook().all();
            for (const Factor &f : std::as_const(factors))
                counts.insert(f.id, m_session->library().passages().countForFactor(f.id));
        });
        if (!read)
            return;
    }
    const QList<Node> nodes = buildNodes(factors);
    QList<int> after;
    for (const Node &n : nodes)
        after << n.parent << n.row
              << (n.factor >= 0 ? static_cast<int>(factors.at(n.factor).id.value) : -1);
    if (after != before) {
        beginResetModel();
        m_factors = factors;
        m_passageCounts = counts;
        m_nodes = nodes;
        endResetModel();
        return;
    }
    m_factors = factors;
    m_passageCounts = counts;
    m_nodes = nodes;
    for (int i = 0; i < m_factors.size(); ++i) {
        const Factor &f = m_factors.at(i);
        if (f != old.at(i) || counts.value(f.id) != oldCounts.value(f.id)) {
            const QModelIndex first = indexOf(f.id);
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
    }
}

const CodebookTreeModel::Node *CodebookTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto i = static_cast<qsizetype>(index.internalId());
    return i < m_nodes.size() ? &m_nodes.at(i) : nullptr;
}

FactorId CodebookTreeModel::factorId(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n && n->factor >= 0 ? m_factors.at(n->factor).id : FactorId();
}

QModelIndex CodebookTreeModel::indexOf(FactorId id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        if (n.factor >= 0 && m_factors.at(n.factor).id == id)
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

QModelIndex CodebookTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        const int categories = static_cast<int>(enumValues<FactorCategory>().size());
        return row < categories ? createIndex(row, column, quintptr(row)) : QModelIndex();
    }
    if (parent.column() != 0)
        return {};
    const Node *p = node(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children.at(row)));
}

QModelIndex CodebookTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int CodebookTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(enumValues<FactorCategory>().size());
    if (parent.column() != 0)
        return 0;
    const Node *n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int CodebookTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodebookTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    if (n->factor < 0) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return enumLabel(n->category);
        if (role == CategoryRole)
            return static_cast<int>(n->category);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const Factor &f = m_factors.at(n->factor);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return f.name;
        if (index.column() == ShortcutColumn)
            return QKeySequence::fromString(f.shortcut, QKeySequence::PortableText)
                .toString(QKeySequence::NativeText);
        if (index.column() == PassagesColumn)
            return m_passageCounts.value(f.id);
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            QPixmap swatch(12, 12);
            swatch.fill(f.colour.isValid() ? f.colour : defaultCategoryColour(f.category));
            return swatch;
        }
        return {};
    case Qt::ToolTipRole:
        return f.description.isEmpty() ? QVariant() : QVariant(f.description);
    case Qt::TextAlignmentRole:
        return index.column() == PassagesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case FactorIdRole:
        return f.id.value;
    case CategoryRole:
        return static_cast<int>(f.category);
    default:
        return {};
    }
}

QVariant CodebookTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Factor");
    case ShortcutColumn:
        return tr("Shortcut");
    case PassagesColumn:
        return tr("Passages");
    default:
        return {};
    }
}

} // namespace casebench::ui
