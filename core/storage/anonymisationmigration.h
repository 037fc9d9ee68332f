// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebench::migrations {

/// Migration 5 (anonymisation lists) for SQLite: each case's names and identifiers with their
/// replacements, in the reviewer's order.
QStringList sqliteAnonymisation();

/// Migration 5 for PostgreSQL: the same table.
QStringList postgresAnonymisation();

} // namespace casebench::migrations
