// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/precedentranker.h"

#include <QSettings>

namespace casebench::ui {

/// The precedent list's settings, typed: the ranking weights and how many precedents to list.
/// Stored beside UiSettings (organisation and application "Casebench").
class PrecedentSettings
{
public:
    struct Keys
    {
        static constexpr const char16_t *weightFactors = u"precedents/weightFactors";
        static constexpr const char16_t *weightText = u"precedents/weightText";
        static constexpr const char16_t *weightContext = u"precedents/weightContext";
        static constexpr const char16_t *top = u"precedents/top";
    };

    static constexpr int defaultTop = 20;

    PrecedentSettings();

    /// The weights last set; PrecedentWeights' defaults for what was never set.
    [[nodiscard]] PrecedentWeights weights() const;
    void setWeights(const PrecedentWeights &weights);
    [[nodiscard]] int top() const;
    void setTop(int top);

private:
    QSettings m_settings;
};

} // namespace casebench::ui
