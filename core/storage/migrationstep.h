// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/storage: the steps of the schema. Each step is one row of one list
// (migrations.cpp), with its SQLite statements and its PostgreSQL ones side by side, written in
// a file of its own (tablesmigration.cpp for step 1 … fingerprintmigration.cpp for step 8).

#include "dialect.h"

#include <QList>
#include <QStringList>

namespace casebench {
class Database;
}

namespace casebench::migrations {

/// One step of the schema. The statements of the library's backend run in order in one
/// transaction, then `code` (when given) in the same transaction, for what SQL alone cannot
/// compute; the runner then records the version. Steps are never edited once released: a change
/// is a new step.
struct Migration
{
    int version;
    const char *description;
    QStringList sqlite;
    QStringList postgres;
    void (*code)(Database &db) = nullptr;

    [[nodiscard]] const QStringList &statements(Dialect::Backend backend) const
    {
        return backend == Dialect::Backend::Postgres ? postgres : sqlite;
    }
};

/// Every step, in order.
const QList<Migration> &all();

/// PostgreSQL keeps in tables what SQLite keeps in the file header (casebench_meta: the
/// version and Casebench's mark), and the trigger function that hands out ids
/// (postgresmigrations.cpp). The first statements of step 1 on PostgreSQL.
QStringList postgresBookkeeping();
/// The trigger giving `table` its ids on PostgreSQL (see postgresmigrations.cpp).
QString postgresIdTrigger(const QString &table);

} // namespace casebench::migrations
