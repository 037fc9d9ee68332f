// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebench::migrations {

/// Migration 6 (team libraries) for SQLite: who last wrote each passage, case, sanction and
/// document (`modified_by`; a passage's creator is its existing `author`), and a row version
/// on passages checked by every update and delete.
QStringList sqliteCollaboration();

/// Migration 6 for PostgreSQL: the same columns, and triggers that announce every change with
/// `pg_notify('casebench_changes', '<table>:<case id>:<row id>:<insert|update|delete>')`,
/// delivered at commit. A
/// transaction that sets `casebench.quiet` to `on` (the library copier) announces nothing.
QStringList postgresCollaboration();

/// The channel the PostgreSQL triggers notify.
inline constexpr char16_t changeChannel[] = u"casebench_changes";

} // namespace casebench::migrations
