// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"

#include <QList>

#include <optional>

namespace casebench {

class Database;

/// The codebook: factors that passages are tagged with.
class CodebookRepository
{
public:
    explicit CodebookRepository(Database &db) : m_db(db) {}

    /// Inserts a factor; a valid id is kept. Throws Constraint on a duplicate key or name, or a
    /// parent that does not exist.
    Factor add(const Factor &f);
    /// Inserts many factors in one transaction, resolving parents given by key (parentKeys[i]
    /// is the key of factors[i]'s parent, or empty).
    QList<Factor> addAll(const QList<Factor> &factors, const QStringList &parentKeys);
    /// Writes every field. Throws NotFound, Constraint (duplicate, or a parent cycle).
    void update(const Factor &f);
    /// Removes a factor. Throws Constraint while passages are tagged with it or it has children.
    void remove(FactorId id);

    [[nodiscard]] std::optional<Factor> find(FactorId id);
    [[nodiscard]] std::optional<Factor> findByKey(const QString &key);
    /// All factors ordered by category, sortOrder, name.
    [[nodiscard]] QList<Factor> all();

private:
    Database &m_db;
};

} // namespace casebench
