// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace casebench {

class Database;

/// The schema as a numbered series of migrations. Version N is the schema after migration N;
/// an empty file is version 0. Each migration runs in one transaction.
namespace migrations {

/// The schema version this build writes.
int latestVersion();

/// Human-readable summary of a migration ("1: cases, sanctions, documents, …").
QString describe(int version);

/// Applies migrations (current version, target] in order, each in its own transaction, and
/// records the version. Throws LibraryError. The caller takes the backup first.
void migrate(Database &db, int targetVersion);

/// The schema version recorded in the database.
int currentVersion(Database &db);

/// Casebench's mark in an SQLite file's header ('CASB'), so that other SQLite files are told
/// apart. On PostgreSQL the mark is casebench_meta's 'application' row (Dialect::applicationMark).
inline constexpr quint32 applicationId = 0x43415342;

/// The refusal of a library written by a newer version: "The library `shownLocation` was written
/// by a newer version of Casebench (schema `version`); this version reads schema 1 to …".
QString tooNew(const QString &shownLocation, int version);
/// The refusal of a library that records no schema version.
QString noVersion(const QString &shownLocation);

} // namespace migrations

} // namespace casebench
