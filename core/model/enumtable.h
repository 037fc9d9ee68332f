// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace casebench {

/// One value of an enum with its stable identifier (used in files, JSON and the database)
/// and its untranslated display label.
template <typename E>
struct EnumEntry
{
    E value;
    const char16_t *identifier;
    const char *label;
};

/// Specialised per enum with `static constexpr std::array entries`.
template <typename E>
struct EnumTable;

/// The stable identifier of an enum value, e.g. "striking_off".
template <typename E>
QString enumIdentifier(E value)
{
    for (const auto &entry : EnumTable<E>::entries) {
        if (entry.value == value)
            return QString::fromUtf16(entry.identifier);
    }
    return {};
}

/// The translated display label of an enum value, e.g. "Striking-off order".
template <typename E>
QString enumLabel(E value)
{
    for (const auto &entry : EnumTable<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("casebench", entry.label);
    }
    return {};
}

/// The enum value for a stable identifier, or nothing when the identifier is unknown.
template <typename E>
std::optional<E> enumFromIdentifier(QStringView identifier)
{
    for (const auto &entry : EnumTable<E>::entries) {
        if (identifier == QStringView(entry.identifier))
            return entry.value;
    }
    return std::nullopt;
}

/// Every value of an enum in table order.
template <typename E>
auto enumValues()
{
    std::array<E, EnumTable<E>::entries.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumTable<E>::entries[i].value;
    return values;
}

/// Every stable identifier of an enum in table order.
template <typename E>
QStringList enumIdentifiers()
{
    QStringList ids;
    for (const auto &entry : EnumTable<E>::entries)
        ids.append(QString::fromUtf16(entry.identifier));
    return ids;
}

} // namespace casebench
