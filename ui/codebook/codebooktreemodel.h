// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

/// The codebook as a tree: category → factor → sub-factors. Follows the session's codebook
/// signals: an edit that keeps the tree's shape updates rows in place, one that moves factors
/// rebuilds the tree.
class CodebookTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ShortcutColumn, PassagesColumn, ColumnCount };
    enum Role { FactorIdRole = Qt::UserRole + 1, CategoryRole };

    explicit CodebookTreeModel(QObject *parent = nullptr);

    /// Shows the session's codebook (nullptr: empty).
    void setSession(LibrarySession *session);

    /// The factor at an index (invalid id for a category row).
    [[nodiscard]] FactorId factorId(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(FactorId id) const;
    [[nodiscard]] const QList<Factor> &factors() const { return m_factors; }

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    /// A row of the tree: a category (factor < 0) or a factor (index into m_factors).
    struct Node
    {
        int parent = -1; ///< node index, -1 for the categories at the top
        int row = 0;     ///< row under its parent
        int factor = -1; ///< index into m_factors, -1 for a category
        FactorCategory category = FactorCategory::Context;
        QList<int> children; ///< node indexes
    };

    void reload();
    void rebuild();
    [[nodiscard]] QList<int> shape() const;
    [[nodiscard]] QList<Node> buildNodes(const QList<Factor> &factors) const;
    [[nodiscard]] const Node *node(const QModelIndex &index) const;

    QPointer<LibrarySession> m_session;
    QList<Factor> m_factors;
    QHash<FactorId, int> m_passageCounts;
    QList<Node> m_nodes; ///< categories first (nodes 0 … 4), then factors
};

} // namespace casebench::ui
