// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebench::migrations {

/// Migration 2 for SQLite: an FTS5 index over document titles and text, kept in step by
/// triggers.
QStringList sqliteFullText();

/// Migration 2 for PostgreSQL: a generated tsvector column on documents with a GIN index.
QStringList postgresFullText();

} // namespace casebench::migrations
