// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumtable.h"
#include "ids.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {

enum class FactorCategory { Finding, Aggravating, Mitigating, InsightRemediation, Context };

/// Which way a factor pushes the outcome.
enum class Polarity { MoreSevere, LessSevere, Neutral };

template <>
struct EnumTable<FactorCategory>
{
    static constexpr std::array<EnumEntry<FactorCategory>, 5> entries{{
        {FactorCategory::Finding, u"finding", QT_TRANSLATE_NOOP("casebench", "Finding")},
        {FactorCategory::Aggravating, u"aggravating",
         QT_TRANSLATE_NOOP("casebench", "Aggravating")},
        {FactorCategory::Mitigating, u"mitigating", QT_TRANSLATE_NOOP("casebench", "Mitigating")},
        {FactorCategory::InsightRemediation, u"insight_remediation",
         QT_TRANSLATE_NOOP("casebench", "Insight and remediation")},
        {FactorCategory::Context, u"context", QT_TRANSLATE_NOOP("casebench", "Context")},
    }};
};

template <>
struct EnumTable<Polarity>
{
    static constexpr std::array<EnumEntry<Polarity>, 3> entries{{
        {Polarity::MoreSevere, u"more_severe",
         QT_TRANSLATE_NOOP("casebench", "Towards a more severe outcome")},
        {Polarity::LessSevere, u"less_severe",
         QT_TRANSLATE_NOOP("casebench", "Towards a less severe outcome")},
        {Polarity::Neutral, u"neutral", QT_TRANSLATE_NOOP("casebench", "Neutral")},
    }};
};

/// An entry of the codebook: something panels weigh, which passages are tagged with.
struct Factor
{
    FactorId id;
    QString key;  ///< stable slug, unique in the library, e.g. "insight"
    QString name; ///< display name, unique in the library
    FactorCategory category = FactorCategory::Context;
    Polarity polarity = Polarity::Neutral;
    QString description;
    QColor colour;    ///< stored as #rrggbb; invalid = the category's colour
    FactorId parent;  ///< invalid = top level
    QString shortcut; ///< QKeySequence in portable text, e.g. "Ctrl+1"; may be empty
    int sortOrder = 0;
    QStringList phrases; ///< phrases that suggest this factor, e.g. "lacks insight"

    friend bool operator==(const Factor &, const Factor &) = default;
};

/// The default colour for factors of a category.
QColor defaultCategoryColour(FactorCategory category);

} // namespace casebench
