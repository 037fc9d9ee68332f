// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebench::migrations {

/// Migration 3 (import pipeline) for SQLite: document sources, pages, outlines and import
/// suggestions.
QStringList sqliteImportOutlines();

/// Migration 3 for PostgreSQL: the same tables.
QStringList postgresImportOutlines();

} // namespace casebench::migrations
