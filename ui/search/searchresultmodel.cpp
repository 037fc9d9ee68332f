// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

using namespace Qt::StringLiterals;

namespace casebench::ui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultModel::setHits(const QList<SearchHit> &hits, const QStringList &citations)
{
    beginResetModel();
    m_hits = hits;
    m_citations = citations;
    endResetModel();
}

void SearchResultModel::clear()
{
    setHits({});
}

QString SearchResultModel::snippetHtml(const SearchHit &hit)
{
    QString html;
    if (!hit.snippetStartsDocument)
        html += u"… "_s;
    qsizetype at = 0;
    const auto size = hit.snippet.size();
    for (const auto &[start, length] : hit.highlights) {
        if (start < at || start > size)
            continue; // overlapping or out of range: leave the rest plain
        html += hit.snippet.mid(at, start - at).toHtmlEscaped();
        html += u"<b style=\"background-color:#fff0a0\">"_s
                + hit.snippet.mid(start, length).toHtmlEscaped() + u"</b>"_s;
        at = start + length;
    }
    if (at < size)
        html += hit.snippet.mid(at).toHtmlEscaped();
    if (!hit.snippetEndsDocument)
        html += u" …"_s;
    html.replace(u'\n', u' ');
    return html;
}

QString SearchResultModel::citationOf(int row) const
{
    if (row < m_citations.size() && !m_citations.at(row).isEmpty())
        return m_citations.at(row);
    const SearchHit &hit = m_hits.at(row);
    return u"%1, %2"_s.arg(hit.caseReference, hit.documentTitle);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1: %2"_s.arg(citationOf(index.row()), hit.snippet.simplified());
    case Qt::ToolTipRole:
        return tr("Double-click to open %1").arg(hit.caseReference);
    case HtmlRole:
        return u"<div><b>%1</b></div><div>%2</div>"_s.arg(citationOf(index.row()).toHtmlEscaped(),
                                                          snippetHtml(hit));
    case CaseIdRole:
        return QVariant::fromValue<qint64>(hit.caseId.value);
    case DocumentIdRole:
        return QVariant::fromValue<qint64>(hit.document.value);
    case OffsetRole:
        return hit.offset;
    case CitationRole:
        return citationOf(index.row());
    default:
        return {};
    }
}

} // namespace casebench::ui
