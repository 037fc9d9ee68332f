// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace casebench {

class Database;

/// Who is writing (private to core/storage): the name stamped on created_by/modified_by.
namespace authorship {

/// The first schema with modified_by and passage row versions.
inline constexpr int firstVersion = 6;
/// The first schema with row versions (and `modified`) on sanctions.
inline constexpr int sanctionVersions = 7;

/// Whether the library's schema has the authorship columns (older schemas exist only while a
/// library is created at an old version for tests and tools).
[[nodiscard]] bool available(Database &db);
/// Whether sanctions carry row versions (schema 7).
[[nodiscard]] bool sanctionsVersioned(Database &db);

/// The reviewer's name: Database::author() when set, else PostgreSQL's current_user, else the
/// operating-system user's name (then remembered on the connection).
[[nodiscard]] QString currentAuthor(Database &db);

/// The operating-system user's name ("reviewer" when the environment names none).
[[nodiscard]] QString systemUserName();

} // namespace authorship

} // namespace casebench
