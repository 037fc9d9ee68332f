// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sanctionpicture.h"

#include <QWidget>

#include <optional>

namespace casebench::ui {

/// The sanction picture as a small chart: the eight rungs of the ladder left to right (least
/// restrictive first), one dot per precedent stacked on the rung of its outcome (larger for a
/// closer precedent, with its duration beside it), the typical outcome shaded, outliers ringed
/// (their tooltip names the factors that may explain them), and this case's order marked.
class SanctionChart : public QWidget
{
    Q_OBJECT

public:
    explicit SanctionChart(QWidget *parent = nullptr);

    /// Shows a picture; `marked` is the order of this case to mark (current or proposed).
    void setPicture(const SanctionPicture &picture, std::optional<SanctionType> marked = {});
    void setMarked(std::optional<SanctionType> marked);
    [[nodiscard]] const SanctionPicture &picture() const { return m_picture; }
    [[nodiscard]] std::optional<SanctionType> marked() const { return m_marked; }

    /// Where each point of picture().points() is drawn at the present size, in the same order;
    /// nothing for a precedent whose outcome is off the ladder.
    [[nodiscard]] QList<std::optional<QPointF>> pointPositions() const;
    /// The x of a rung's centre (rank 0 … 7) at the present size.
    [[nodiscard]] double rungCentre(int rank) const;
    /// The index in picture().points() of the dot under `position`, or -1.
    [[nodiscard]] int pointAt(const QPointF &position) const;
    /// The tooltip of a point: reference, outcome, likeness and, for an outlier, its note.
    [[nodiscard]] QString pointToolTip(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] QRectF plotArea() const;
    [[nodiscard]] double largestDot() const;
    [[nodiscard]] double dotDiameter(const SanctionPicture::Point &point) const;
    [[nodiscard]] double stackStep() const;
    void paintAxis(QPainter &painter, const QRectF &plot) const;

    SanctionPicture m_picture;
    std::optional<SanctionType> m_marked;
};

} // namespace casebench::ui
