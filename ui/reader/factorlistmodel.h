// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"

#include <QAbstractItemModel>

namespace casebench::ui {

/// The codebook as a read-only tree for tagging: the five categories, each with its factors
/// (name, shortcut, colour). A text span dragged from the reader (ReaderView::spanMimeType)
/// and dropped on a factor asks for it to be tagged (spanDropped).
class FactorListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Shortcut, ColumnCount };
    enum Roles { FactorIdRole = Qt::UserRole + 1 };

    explicit FactorListModel(QObject *parent = nullptr);

    /// Shows these factors (grouped by category, in the order given); resets the model.
    void setFactors(const QList<Factor> &factors);
    [[nodiscard]] const QList<Factor> &factors() const { return m_all; }
    [[nodiscard]] QModelIndex indexOf(FactorId id) const;
    [[nodiscard]] std::optional<Factor> factorAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /// A span of a document was dropped on a factor.
    void spanDropped(casebench::FactorId factor, casebench::DocumentId document, int start,
                     int end);

private:
    static constexpr int groupCount = 5;

    QList<Factor> m_all;
    std::array<QList<Factor>, groupCount> m_groups;
};

} // namespace casebench::ui
