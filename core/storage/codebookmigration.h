// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebench::migrations {

/// Migration 4 (codebook) for SQLite: factor phrases, dismissed suggestions and orphaned
/// passages.
QStringList sqliteCodebookPhrases();

/// Migration 4 for PostgreSQL: the same tables and column.
QStringList postgresCodebookPhrases();

} // namespace casebench::migrations
