// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/storage: one step of the schema, shared by the SQLite list (migrations.cpp)
// and the PostgreSQL list (postgresmigrations.cpp), which keep the same versions and descriptions.

#include <QList>
#include <QStringList>

namespace casebench {
class Database;
}

namespace casebench::migrations {

/// One step of the schema. The statements run in order in one transaction, then `code` (when
/// given) in the same transaction, for what SQL alone cannot compute; the runner then records
/// the version. Steps are never edited once released: a change is a new step.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
    void (*code)(Database &db) = nullptr;
};

/// The PostgreSQL steps, version for version beside the SQLite ones.
const QList<Migration> &postgresMigrations();

} // namespace casebench::migrations
