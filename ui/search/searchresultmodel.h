// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/searchrepository.h"

#include <QAbstractListModel>

namespace casebench::ui {

/// The hits of a full-text search, best first: each with its case, document and citation, and
/// its snippet with the matching words marked (HtmlRole, drawn by RichTextDelegate).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        HtmlRole = Qt::UserRole + 1, ///< the hit as rich text: citation line, marked snippet
        CaseIdRole,                  ///< qint64
        DocumentIdRole,              ///< qint64
        OffsetRole,                  ///< int: where the snippet starts in the text, -1 title
        CitationRole,                ///< "DEMO-HCPC-001, Decision, ¶ 27, Decision on sanction"
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    /// Shows hits; `citations` (same order, may be shorter) say where each snippet is.
    void setHits(const QList<SearchHit> &hits, const QStringList &citations = {});
    void clear();
    [[nodiscard]] const SearchHit &hitAt(int row) const { return m_hits.at(row); }

    /// A snippet as HTML with its highlights in bold on a tint, ellipses where it is cut.
    [[nodiscard]] static QString snippetHtml(const SearchHit &hit);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString citationOf(int row) const;

    QList<SearchHit> m_hits;
    QStringList m_citations;
};

} // namespace casebench::ui
