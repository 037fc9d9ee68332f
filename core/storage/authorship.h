// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace casebench {

class Database;

/// Who is writing (private to core/storage): the name stamped on created_by/modified_by.
namespace authorship {

/// The reviewer's name: Database::author() when set, else PostgreSQL's current_user, else the
/// operating-system user's name (then remembered on the connection).
[[nodiscard]] QString currentAuthor(Database &db);

/// The operating-system user's name ("reviewer" when the environment names none).
[[nodiscard]] QString systemUserName();

} // namespace authorship

} // namespace casebench
