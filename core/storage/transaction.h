// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casebench {

class Database;
class Library;

/// RAII transaction: rolls back on destruction unless committed. Nested transactions become
/// savepoints, so a repository write inside a larger edit joins it. Code outside storage opens
/// one on a Library; repositories open one on their connection.
class Transaction
{
public:
    explicit Transaction(Library &library);
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace casebench
