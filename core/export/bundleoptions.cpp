// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleoptions.h"

#include <QCoreApplication>

#include <algorithm>

namespace casebench {

void BundleOptions::setSection(BundleSection section, bool on)
{
    if (on == has(section))
        return;
    if (on) {
        sections.append(section);
        std::sort(sections.begin(), sections.end());
    } else {
        sections.removeAll(section);
    }
    preset = BundlePreset::Custom;
}

BundleOptions BundleOptions::aideMemoire()
{
    BundleOptions o;
    o.preset = BundlePreset::AideMemoire;
    o.title = QCoreApplication::translate("casebench", "Panel aide-memoire");
    o.sections = {BundleSection::Summary, BundleSection::Sanctions, BundleSection::Passages,
                  BundleSection::Precedents, BundleSection::Checklist};
    o.categoryOrder = {FactorCategory::Finding, FactorCategory::Aggravating,
                       FactorCategory::Mitigating, FactorCategory::InsightRemediation,
                       FactorCategory::Context};
    o.precedentOrder = PrecedentOrder::BySimilarity;
    return o;
}

BundleOptions BundleOptions::mitigation()
{
    BundleOptions o;
    o.preset = BundlePreset::Mitigation;
    o.title = QCoreApplication::translate("casebench", "Mitigation bundle");
    o.sections = {BundleSection::Summary, BundleSection::Sanctions, BundleSection::Passages,
                  BundleSection::Precedents, BundleSection::Checklist};
    o.categoryOrder = {FactorCategory::Mitigating, FactorCategory::InsightRemediation,
                       FactorCategory::Finding, FactorCategory::Aggravating,
                       FactorCategory::Context};
    o.precedentOrder = PrecedentOrder::LighterFirst;
    return o;
}

BundleOptions BundleOptions::forPreset(BundlePreset preset)
{
    return preset == BundlePreset::Mitigation ? mitigation() : aideMemoire();
}

} // namespace casebench
