// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

/// Section rows carry 0 as internal id; paragraph rows their section's number + 1.
constexpr quintptr sectionTag = 0;

QString shortened(const QString &text, int length)
{
    const QString line = text.simplified();
    return line.size() > length ? line.left(length - 1) + u'…' : line;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

void OutlineModel::setOutline(const Outline &outline)
{
    beginResetModel();
    m_outline = outline;
    m_sections.clear();
    const QList<OutlineParagraph> &paragraphs = m_outline.paragraphs();
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const OutlineParagraph &p = paragraphs.at(i);
        if (p.kind == ParagraphKind::Heading) {
            m_sections.append({i, p.start, {}});
            continue;
        }
        if (p.kind != ParagraphKind::Numbered)
            continue;
        if (m_sections.isEmpty())
            m_sections.append({-1, 0, {}});
        m_sections.last().numbered.append(i);
    }
    endResetModel();
}

QModelIndex OutlineModel::indexAt(int offset) const
{
    // Sections start in text order: the last one starting at or before the offset.
    const auto section = std::upper_bound(
        m_sections.cbegin(), m_sections.cend(), offset,
        [](int value, const Section &s) { return value < s.start; });
    if (section == m_sections.cbegin())
        return {};
    const int sectionRow = static_cast<int>(section - m_sections.cbegin()) - 1;
    const Section &s = m_sections.at(sectionRow);
    const QList<OutlineParagraph> &paragraphs = m_outline.paragraphs();
    const auto paragraph = std::upper_bound(
        s.numbered.cbegin(), s.numbered.cend(), offset,
        [&paragraphs](int value, qsizetype i) { return value < paragraphs.at(i).start; });
    const QModelIndex sectionIndex = index(sectionRow, 0);
    if (paragraph == s.numbered.cbegin())
        return sectionIndex;
    return index(static_cast<int>(paragraph - s.numbered.cbegin()) - 1, 0, sectionIndex);
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionTag);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionTag)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, sectionTag);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != sectionTag)
        return 0;
    return static_cast<int>(m_sections.at(parent.row()).numbered.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QList<OutlineParagraph> &paragraphs = m_outline.paragraphs();
    if (index.internalId() == sectionTag) {
        const Section &s = m_sections.at(index.row());
        const OutlineParagraph *heading = s.heading >= 0 ? &paragraphs.at(s.heading) : nullptr;
        switch (role) {
        case Qt::DisplayRole:
            return heading ? shortened(heading->text, 60) : enumLabel(DecisionStage::FrontMatter);
        case Qt::ToolTipRole:
            return heading ? enumLabel(heading->stage) : QString();
        case StartRole:
            return s.start;
        case EndRole:
            return heading ? heading->end : s.start;
        }
        return {};
    }
    const OutlineParagraph &p = paragraphs.at(
        m_sections.at(static_cast<qsizetype>(index.internalId() - 1)).numbered.at(index.row()));
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = p.text.simplified();
        // The paragraph's text usually repeats its number: show the number once.
        const QString rest = text.startsWith(p.number) ? text.mid(p.number.size()).trimmed() : text;
        return u"%1  %2"_s.arg(p.reference.isEmpty() ? p.number : p.reference,
                               shortened(rest.startsWith(u'.') ? rest.mid(1).trimmed() : rest, 50));
    }
    case Qt::ToolTipRole:
        return shortened(p.text, 300);
    case StartRole:
        return p.start;
    case EndRole:
        return p.end;
    }
    return {};
}

} // namespace casebench::ui
