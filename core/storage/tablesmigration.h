// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebench::migrations {

/// Migration 1 for SQLite: cases, sanctions, documents, factors and passages, and Casebench's
/// mark in the file header (application_id).
QStringList sqliteTables();

/// Migration 1 for PostgreSQL: the same tables, after the bookkeeping SQLite keeps in its header
/// (casebench_meta) and the trigger function that hands out ids (postgresmigrations.cpp).
QStringList postgresTables();

} // namespace casebench::migrations
