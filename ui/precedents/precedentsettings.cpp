// SPDX-License-Identifier: GPL-3.0-or-later
#include "precedentsettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::ui {

namespace {

double weight(const QSettings &settings, const char16_t *key, double fallback)
{
    bool ok = false;
    const double value = settings.value(QString::fromUtf16(key), fallback).toDouble(&ok);
    return ok && value >= 0 ? std::min(value, 1.0) : fallback;
}

} // namespace

PrecedentSettings::PrecedentSettings() : m_settings(u"Casebench"_s, u"Casebench"_s) {}

PrecedentWeights PrecedentSettings::weights() const
{
    PrecedentWeights w;
    w.factors = weight(m_settings, Keys::weightFactors, w.factors);
    w.text = weight(m_settings, Keys::weightText, w.text);
    w.context = weight(m_settings, Keys::weightContext, w.context);
    return w;
}

void PrecedentSettings::setWeights(const PrecedentWeights &w)
{
    m_settings.setValue(QString::fromUtf16(Keys::weightFactors), w.factors);
    m_settings.setValue(QString::fromUtf16(Keys::weightText), w.text);
    m_settings.setValue(QString::fromUtf16(Keys::weightContext), w.context);
}

int PrecedentSettings::top() const
{
    return std::clamp(m_settings.value(QString::fromUtf16(Keys::top), defaultTop).toInt(), 1, 200);
}

void PrecedentSettings::setTop(int top)
{
    m_settings.setValue(QString::fromUtf16(Keys::top), top);
}

} // namespace casebench::ui
