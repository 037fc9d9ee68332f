// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebench::migrations {

/// Migration 7 (no lost writes on sanctions) for SQLite: a row version on each sanction history
/// entry, checked by every update and delete, and when it was last written (`modified`, taken
/// from its case for the entries already there).
QStringList sqliteSanctionVersions();

/// Migration 7 for PostgreSQL: the same columns.
QStringList postgresSanctionVersions();

} // namespace casebench::migrations
