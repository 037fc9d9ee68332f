// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightseditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

int percent(double weight)
{
    return static_cast<int>(std::lround(weight * 100));
}

} // namespace

WeightsEditor::WeightsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    m_factors = addSlider(u"weightFactors"_s, tr("&Factors"),
                          tr("How much shared and distinguishing factors count"));
    m_text = addSlider(u"weightText"_s, tr("&Text"),
                       tr("How much the likeness of the decision texts counts"));
    m_context = addSlider(u"weightContext"_s, tr("&Context"),
                          tr("How much the same grounds, profession and regulator count"));
    auto *reset = new QToolButton(this);
    reset->setObjectName(u"resetWeightsButton"_s);
    reset->setText(tr("Defaults"));
    reset->setToolTip(tr("Put the weights back to their defaults"));
    layout->addWidget(reset, 0, 3, 3, 1, Qt::AlignTop);
    connect(reset, &QToolButton::clicked, this, [this] {
        setWeights(PrecedentWeights{});
        Q_EMIT weightsChanged(m_weights);
    });
    setWeights(m_weights);
}

QSlider *WeightsEditor::addSlider(const QString &objectName, const QString &label,
                                  const QString &toolTip)
{
    auto *layout = static_cast<QGridLayout *>(this->layout());
    const int row = static_cast<int>(m_valueLabels.size());
    auto *slider = new QSlider(Qt::Horizontal, this);
    slider->setObjectName(objectName);
    slider->setRange(0, 100);
    slider->setPageStep(10);
    slider->setToolTip(toolTip);
    auto *name = new QLabel(label, this);
    name->setBuddy(slider);
    auto *value = new QLabel(this);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(u"100 %"_s));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_valueLabels.append(value);
    layout->addWidget(name, row, 0);
    layout->addWidget(slider, row, 1);
    layout->addWidget(value, row, 2);
    connect(slider, &QSlider::valueChanged, this, [this] {
        updateLabels();
        if (m_updating)
            return;
        m_weights = weights();
        Q_EMIT weightsChanged(m_weights);
    });
    return slider;
}

PrecedentWeights WeightsEditor::weights() const
{
    PrecedentWeights w = m_weights;
    w.factors = m_factors->value() / 100.0;
    w.text = m_text->value() / 100.0;
    w.context = m_context->value() / 100.0;
    return w;
}

void WeightsEditor::setWeights(const PrecedentWeights &weights)
{
    m_updating = true;
    m_weights = weights;
    m_factors->setValue(percent(weights.factors));
    m_text->setValue(percent(weights.text));
    m_context->setValue(percent(weights.context));
    m_updating = false;
    updateLabels();
}

void WeightsEditor::updateLabels()
{
    const QList<QSlider *> sliders{m_factors, m_text, m_context};
    for (qsizetype i = 0; i < m_valueLabels.size() && i < sliders.size(); ++i) {
        if (sliders.at(i))
            m_valueLabels.at(i)->setText(tr("%1 %").arg(sliders.at(i)->value()));
    }
}

} // namespace casebench::ui
