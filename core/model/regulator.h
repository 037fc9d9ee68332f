// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumtable.h"

namespace casebench {

/// The body whose panel decided the case.
enum class Regulator {
    Hcpc,              ///< Health and Care Professions Council (hearings by the HCPTS)
    SocialWorkEngland, ///< Social Work England
    Nmc,               ///< Nursing and Midwifery Council
    Gmc,               ///< General Medical Council (hearings by the MPTS)
    Gdc,               ///< General Dental Council
    Goc,               ///< General Optical Council
    Gphc,              ///< General Pharmaceutical Council
    Gosc,              ///< General Osteopathic Council
    Other,
};

template <>
struct EnumTable<Regulator>
{
    static constexpr std::array<EnumEntry<Regulator>, 9> entries{{
        {Regulator::Hcpc, u"hcpc", QT_TRANSLATE_NOOP("casebench", "HCPC")},
        {Regulator::SocialWorkEngland, u"swe",
         QT_TRANSLATE_NOOP("casebench", "Social Work England")},
        {Regulator::Nmc, u"nmc", QT_TRANSLATE_NOOP("casebench", "NMC")},
        {Regulator::Gmc, u"gmc", QT_TRANSLATE_NOOP("casebench", "GMC")},
        {Regulator::Gdc, u"gdc", QT_TRANSLATE_NOOP("casebench", "GDC")},
        {Regulator::Goc, u"goc", QT_TRANSLATE_NOOP("casebench", "GOC")},
        {Regulator::Gphc, u"gphc", QT_TRANSLATE_NOOP("casebench", "GPhC")},
        {Regulator::Gosc, u"gosc", QT_TRANSLATE_NOOP("casebench", "GOsC")},
        {Regulator::Other, u"other", QT_TRANSLATE_NOOP("casebench", "Other")},
    }};
};

} // namespace casebench
