// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebench {
class Database;
}

namespace casebench::migrations {

/// Migration 8 (the same decision twice) for SQLite: document_fingerprints, the LSH bands of each
/// document's text fingerprint (analysis/textfingerprint.h), one row per band, indexed on
/// (band, hash) for the duplicate check at import.
QStringList sqliteFingerprints();

/// Migration 8 for PostgreSQL: the same table.
QStringList postgresFingerprints();

/// Migration 8's C++ part, after the statements and in their transaction: fingerprints every
/// document already in the library.
void fillFingerprints(Database &db);

} // namespace casebench::migrations
