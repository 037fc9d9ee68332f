// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumtable.h"

#include <QString>

namespace casebench {

/// One name or identifier on a case's anonymisation list (table anonymisation_entries, schema 5).
struct AnonymisationEntry
{
    qint64 id = 0;       ///< row id; 0 before it is stored (or derived, not stored)
    QString original;    ///< "Jane Smith", "Smith", "Riverside Ward", "PIN 12A3456E"
    QString replacement; ///< "the Registrant", "Person A", "the Ward"
    enum class Kind {
        Registrant,
        ServiceUser,
        Colleague,
        Place,
        Identifier,
        Other
    } kind
        = Kind::Other;
    bool confirmed = false; ///< only confirmed entries are applied

    friend bool operator==(const AnonymisationEntry &, const AnonymisationEntry &) = default;
};

template <>
struct EnumTable<AnonymisationEntry::Kind>
{
    using Kind = AnonymisationEntry::Kind;
    static constexpr std::array<EnumEntry<Kind>, 6> entries{{
        {Kind::Registrant, u"registrant", QT_TRANSLATE_NOOP("casebench", "Registrant")},
        {Kind::ServiceUser, u"service_user", QT_TRANSLATE_NOOP("casebench", "Service user")},
        {Kind::Colleague, u"colleague", QT_TRANSLATE_NOOP("casebench", "Colleague or witness")},
        {Kind::Place, u"place", QT_TRANSLATE_NOOP("casebench", "Place")},
        {Kind::Identifier, u"identifier", QT_TRANSLATE_NOOP("casebench", "Identifier")},
        {Kind::Other, u"other", QT_TRANSLATE_NOOP("casebench", "Other")},
    }};
};

} // namespace casebench
