// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumtable.h"
#include "model/factor.h"

#include <QList>
#include <QString>

#include <functional>

namespace casebench {

/// Told how far a bundle has got, in percent (0 … 100); returning false cancels the build.
using BundleProgress = std::function<bool(int percent)>;

/// The sections a bundle can hold, in the order they are printed.
enum class BundleSection {
    Summary,    ///< the case's details and stage findings
    Sanctions,  ///< the sanction history
    Passages,   ///< tagged passages grouped by category, with citations and notes
    Precedents, ///< ranked precedents with outcomes and the factor comparison
    Checklist,  ///< the guidance checklist, each consideration marked with its evidence
};

template <>
struct EnumTable<BundleSection>
{
    static constexpr std::array<EnumEntry<BundleSection>, 5> entries{{
        {BundleSection::Summary, u"summary",
         QT_TRANSLATE_NOOP("casebench", "Case summary and stage findings")},
        {BundleSection::Sanctions, u"sanctions",
         QT_TRANSLATE_NOOP("casebench", "Sanction history")},
        {BundleSection::Passages, u"passages", QT_TRANSLATE_NOOP("casebench", "Tagged passages")},
        {BundleSection::Precedents, u"precedents", QT_TRANSLATE_NOOP("casebench", "Precedents")},
        {BundleSection::Checklist, u"checklist",
         QT_TRANSLATE_NOOP("casebench", "Guidance checklist")},
    }};
};

/// The bundles Casebench knows how to lay out for a reader.
enum class BundlePreset {
    AideMemoire, ///< a panel's aide-memoire: findings, aggravating, mitigating, insight
    Mitigation,  ///< a representative's mitigation bundle: mitigation and insight first
    Custom,      ///< anything else the user chose
};

template <>
struct EnumTable<BundlePreset>
{
    static constexpr std::array<EnumEntry<BundlePreset>, 3> entries{{
        {BundlePreset::AideMemoire, u"aide-memoire",
         QT_TRANSLATE_NOOP("casebench", "Panel aide-memoire")},
        {BundlePreset::Mitigation, u"mitigation",
         QT_TRANSLATE_NOOP("casebench", "Mitigation bundle")},
        {BundlePreset::Custom, u"custom", QT_TRANSLATE_NOOP("casebench", "Custom bundle")},
    }};
};

/// Which precedents a bundle puts first.
enum class PrecedentOrder {
    BySimilarity, ///< most alike first
    LighterFirst, ///< outcomes lighter than this case's first (each group most alike first)
};

/// What goes into a bundle and in what order. A plain value; presets() gives the two presets.
struct BundleOptions
{
    BundlePreset preset = BundlePreset::AideMemoire;
    QString title;                       ///< the bundle's heading, e.g. "Panel aide-memoire"
    QList<BundleSection> sections;       ///< printed in enum order; absent sections are left out
    QList<FactorCategory> categoryOrder; ///< passage groups in this order; absent ones left out
    int precedentCount = 5;              ///< at most this many precedents
    PrecedentOrder precedentOrder = PrecedentOrder::BySimilarity;
    bool anonymise = false; ///< apply the case's anonymisation list to everything

    [[nodiscard]] bool has(BundleSection section) const { return sections.contains(section); }
    /// Adds or removes a section (keeping enum order); the preset becomes Custom.
    void setSection(BundleSection section, bool on);

    /// The panel aide-memoire: every section; findings, aggravating, mitigating, insight;
    /// precedents by similarity.
    static BundleOptions aideMemoire();
    /// The mitigation bundle: every section; mitigating and insight first, then findings and
    /// aggravating; precedents with outcomes lighter than this case's first.
    static BundleOptions mitigation();
    /// The preset named by its identifier ("aide-memoire", "mitigation"); the aide-memoire for
    /// anything else.
    static BundleOptions forPreset(BundlePreset preset);

    friend bool operator==(const BundleOptions &, const BundleOptions &) = default;
};

} // namespace casebench
