// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace casebench {

/// A typed row identifier: a CaseId cannot be passed where a DocumentId is expected.
/// A default-constructed id is invalid (0); stored rows always have positive ids.
template <typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}

    [[nodiscard]] constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using CaseId = Id<struct CaseTag>;
using SanctionId = Id<struct SanctionTag>;
using DocumentId = Id<struct DocumentTag>;
using FactorId = Id<struct FactorTag>;
using PassageId = Id<struct PassageTag>;

} // namespace casebench
