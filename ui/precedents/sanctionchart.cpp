// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanctionchart.h"

#include "models/displaytext.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

constexpr int rungCount = 8;
constexpr double margin = 8;

/// Short names that fit under a rung.
QString shortLabel(int rank)
{
    switch (rank) {
    case 0:
        return SanctionChart::tr("No action");
    case 1:
        return SanctionChart::tr("Advice");
    case 2:
        return SanctionChart::tr("Warning");
    case 3:
        return SanctionChart::tr("Mediation");
    case 4:
        return SanctionChart::tr("Caution");
    case 5:
        return SanctionChart::tr("Conditions");
    case 6:
        return SanctionChart::tr("Suspension");
    case 7:
        return SanctionChart::tr("Striking-off");
    default:
        return {};
    }
}

QString shortDuration(int months)
{
    return months % 12 == 0 ? SanctionChart::tr("%1y").arg(months / 12)
                            : SanctionChart::tr("%1m").arg(months);
}

} // namespace

SanctionChart::SanctionChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SanctionChart::setPicture(const SanctionPicture &picture, std::optional<SanctionType> marked)
{
    m_picture = picture;
    m_marked = marked;
    update();
}

void SanctionChart::setMarked(std::optional<SanctionType> marked)
{
    m_marked = marked;
    update();
}

QSize SanctionChart::sizeHint() const
{
    return {520, 190};
}

QSize SanctionChart::minimumSizeHint() const
{
    return {320, 140};
}

QRectF SanctionChart::plotArea() const
{
    const double line = fontMetrics().height();
    return QRectF(margin, margin + line, width() - 2 * margin,
                  std::max(20.0, height() - 2 * margin - 2.6 * line));
}

double SanctionChart::rungCentre(int rank) const
{
    const QRectF plot = plotArea();
    return plot.left() + plot.width() * (rank + 0.5) / rungCount;
}

double SanctionChart::largestDot() const
{
    const QRectF plot = plotArea();
    return std::clamp(std::min(plot.width() / rungCount * 0.3, plot.height() / 6), 9.0, 18.0);
}

double SanctionChart::dotDiameter(const SanctionPicture::Point &point) const
{
    return largestDot() * (0.6 + 0.4 * std::clamp(point.score, 0.0, 1.0));
}

double SanctionChart::stackStep() const
{
    int most = 0;
    for (const SanctionPicture::Rung &rung : m_picture.rungs())
        most = std::max(most, rung.count);
    const double natural = largestDot() + 4;
    return most > 0 ? std::min(natural, (plotArea().height() - 4) / most) : natural;
}

QList<std::optional<QPointF>> SanctionChart::pointPositions() const
{
    const QRectF plot = plotArea();
    const double step = stackStep();
    QList<int> stacked(rungCount, 0);
    QList<std::optional<QPointF>> positions;
    for (const SanctionPicture::Point &p : m_picture.points()) {
        if (!p.rank || *p.rank < 0 || *p.rank >= rungCount) {
            positions.append(std::nullopt);
            continue;
        }
        const int level = stacked[*p.rank]++;
        positions.append(QPointF(rungCentre(*p.rank), plot.bottom() - step * (level + 0.5) - 2));
    }
    return positions;
}

int SanctionChart::pointAt(const QPointF &position) const
{
    const QList<std::optional<QPointF>> positions = pointPositions();
    const QList<SanctionPicture::Point> &points = m_picture.points();
    for (qsizetype i = 0; i < positions.size(); ++i) {
        if (!positions.at(i))
            continue;
        const double radius = std::max(dotDiameter(points.at(i)) / 2, 5.0);
        const QPointF d = position - *positions.at(i);
        if (d.x() * d.x() + d.y() * d.y() <= radius * radius)
            return static_cast<int>(i);
    }
    return -1;
}

QString SanctionChart::pointToolTip(int index) const
{
    if (index < 0 || index >= m_picture.points().size())
        return {};
    const SanctionPicture::Point &p = m_picture.points().at(index);
    QString outcome = p.type ? enumLabel(*p.type) : tr("No order");
    if (p.durationMonths)
        outcome += u", "_s + displaytext::duration(p.durationMonths);
    QString text = tr("<b>%1</b>: %2<br>likeness %3")
                       .arg(p.reference.toHtmlEscaped(), outcome.toHtmlEscaped(),
                            QLocale().toString(p.score, 'f', 2));
    if (p.outlier)
        text += u"<br><i>"_s + tr("Breaks the pattern: %1").arg(p.note.toHtmlEscaped()) + u"</i>"_s;
    return text;
}

bool SanctionChart::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(e);
        const int index = pointAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), pointToolTip(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void SanctionChart::paintAxis(QPainter &painter, const QRectF &plot) const
{
    const QPalette &pal = palette();
    const double column = plot.width() / rungCount;
    const double line = fontMetrics().height();
    QColor typical = pal.color(QPalette::Highlight);
    typical.setAlphaF(0.12f);
    for (int rank = 0; rank < rungCount; ++rank) {
        const QRectF cell(plot.left() + column * rank, plot.top(), column, plot.height());
        if (m_picture.typicalRank() == rank)
            painter.fillRect(cell, typical);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(cell.left(), plot.bottom() + 3, column, line),
                         Qt::AlignHCenter | Qt::AlignTop,
                         fontMetrics().elidedText(shortLabel(rank), Qt::ElideRight,
                                                  static_cast<int>(column) - 2));
        const int count = m_picture.rungs().value(rank).count;
        if (count > 0) {
            painter.drawText(QRectF(cell.left(), plot.bottom() + 3 + line, column, line),
                             Qt::AlignHCenter | Qt::AlignTop, QString::number(count));
        }
    }
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    // An arrow under the rungs: left is lighter, right more restrictive.
    painter.setPen(pal.color(QPalette::PlaceholderText));
    QString caption = tr("less restrictive → more restrictive");
    if (m_picture.offLadderCount() > 0)
        caption += u"   "_s + tr("(+%n off the ladder)", nullptr, m_picture.offLadderCount());
    painter.drawText(QRectF(plot.left(), margin - 2, plot.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter, caption);
    // Legend, right-aligned: a ringed dot breaks the pattern; the shaded rung is typical.
    const QString legend = tr("breaks the pattern");
    const double legendWidth = fontMetrics().horizontalAdvance(legend);
    const double y = margin - 2 + line / 2;
    const double x = plot.right() - legendWidth;
    painter.drawText(QRectF(x, margin - 2, legendWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                     legend);
    painter.setPen(QPen(QColor(0xd3, 0x54, 0x00), 2.5));
    painter.setBrush(pal.color(QPalette::Highlight));
    painter.drawEllipse(QPointF(x - 10, y), 5, 5);
    const QString shaded = tr("typical");
    const double shadedWidth = fontMetrics().horizontalAdvance(shaded);
    const double sx = x - 26 - shadedWidth;
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRectF(sx, margin - 2, shadedWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                     shaded);
    painter.fillRect(QRectF(sx - 16, y - 5, 11, 10), typical);
}

void SanctionChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QRectF plot = plotArea();
    paintAxis(painter, plot);

    if (m_picture.points().isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No precedents to picture"));
    }

    // This case's order: a dashed line on its rung.
    if (m_marked) {
        if (const auto rank = sanctionladder::rank(*m_marked)) {
            const double x = rungCentre(*rank);
            QPen pen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            const double column = plot.width() / rungCount;
            // The label sits beside the line, on the side with more room.
            const bool left = *rank >= rungCount / 2;
            const QRectF label = left ? QRectF(x - column - 4, plot.top(), column,
                                               fontMetrics().height())
                                      : QRectF(x + 4, plot.top(), column, fontMetrics().height());
            painter.drawText(label, (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                             tr("this case"));
        }
    }

    const QList<std::optional<QPointF>> positions = pointPositions();
    const QList<SanctionPicture::Point> &points = m_picture.points();
    QColor dot = pal.color(QPalette::Highlight);
    const QColor outlierRing(0xd3, 0x54, 0x00);
    for (qsizetype i = positions.size() - 1; i >= 0; --i) { // best precedents drawn on top
        if (!positions.at(i))
            continue;
        const SanctionPicture::Point &p = points.at(i);
        const QPointF centre = *positions.at(i);
        const double d = dotDiameter(p);
        painter.setPen(p.outlier ? QPen(outlierRing, 2.5) : QPen(pal.color(QPalette::Base), 1));
        painter.setBrush(dot);
        painter.drawEllipse(centre, d / 2, d / 2);
        if (p.durationMonths) {
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(
                QPointF(centre.x() + d / 2 + 3, centre.y() + fontMetrics().ascent() / 2.0 - 1),
                shortDuration(*p.durationMonths));
        }
    }
}

} // namespace casebench::ui
