// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/precedentranker.h"

#include <QWidget>

class QLabel;
class QSlider;

namespace casebench::ui {

/// The three ranking weights (factors, text, context) as sliders from 0 to 100 %, each with
/// its value beside it, and a button putting the defaults back.
class WeightsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WeightsEditor(QWidget *parent = nullptr);

    /// The weights shown; the factor details of the last setWeights() are kept as they were.
    [[nodiscard]] PrecedentWeights weights() const;
    /// Shows weights without emitting weightsChanged().
    void setWeights(const PrecedentWeights &weights);

    [[nodiscard]] QSlider *factorsSlider() const { return m_factors; }
    [[nodiscard]] QSlider *textSlider() const { return m_text; }
    [[nodiscard]] QSlider *contextSlider() const { return m_context; }

Q_SIGNALS:
    /// The user moved a slider or reset the weights.
    void weightsChanged(const casebench::PrecedentWeights &weights);

private:
    QSlider *addSlider(const QString &objectName, const QString &label, const QString &toolTip);
    void updateLabels();

    PrecedentWeights m_weights;
    QSlider *m_factors = nullptr;
    QSlider *m_text = nullptr;
    QSlider *m_context = nullptr;
    QList<QLabel *> m_valueLabels;
    bool m_updating = false;
};

} // namespace casebench::ui
