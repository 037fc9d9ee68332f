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

    /// Inserts a factor with its phrases; a valid id is kept. Throws Constraint on a duplicate
    /// key, name or shortcut, or a parent that does not exist.
    Factor add(const Factor &f);
    /// Inserts many factors in one transaction, resolving parents given by key (parentKeys[i]
    /// is the key of factors[i]'s parent, or empty).
    QList<Factor> addAll(const QList<Factor> &factors, const QStringList &parentKeys);
    /// Adds the default codebook (model/codebookjson) to a new library.
    void addDefaults();
    /// Writes every field. Throws NotFound, Constraint (duplicate, or a parent cycle).
    void update(const Factor &f);
    /// Makes each listed factor exactly as given (ids kept): adds those missing, rewrites the
    /// others, resolving parents once all exist. Factors not listed are left alone. For undo and
    /// import, which restore whole states of the codebook. Throws Constraint.
    void upsertAll(const QList<Factor> &factors);
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
