// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookrepository.h"

#include "database.h"
#include "model/libraryerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using namespace sqlvalues;
using Kind = LibraryError::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench", text);
}

const QString selectFactor = uR"(SELECT id, key, name, category, polarity, description, colour,
    parent_id, shortcut, sort_order FROM factors)"_s;

Factor readFactor(const Database &db, const QSqlQuery &q)
{
    Factor f;
    f.id = toId<FactorId>(q.value(0));
    f.key = q.value(1).toString();
    f.name = q.value(2).toString();
    f.category = toEnum<FactorCategory>(db, q.value(3), u"factors.category"_s);
    f.polarity = toEnum<Polarity>(db, q.value(4), u"factors.polarity"_s);
    f.description = q.value(5).toString();
    f.colour = toColour(q.value(6));
    f.parent = toId<FactorId>(q.value(7));
    f.shortcut = q.value(8).toString();
    f.sortOrder = toInt(q.value(9));
    return f;
}

/// Refuses a key or name another factor already has.
void ensureUnique(Database &db, const Factor &f)
{
    if (f.key.isEmpty())
        throw LibraryError(Kind::Constraint, tr("The factor “%1” has no key.").arg(f.name));
    if (f.name.trimmed().isEmpty())
        throw LibraryError(Kind::Constraint, tr("The factor “%1” has no name.").arg(f.key));
    if (db.scalar(u"SELECT 1 FROM factors WHERE key = ? AND id IS NOT ?"_s, {f.key, fromId(f.id)})
            .isValid())
        throw LibraryError(Kind::Constraint,
                           tr("The codebook already has a factor with the key “%1”.").arg(f.key));
    if (db.scalar(u"SELECT 1 FROM factors WHERE name = ? AND id IS NOT ?"_s, {f.name, fromId(f.id)})
            .isValid())
        throw LibraryError(Kind::Constraint,
                           tr("The codebook already has a factor named “%1”.").arg(f.name));
}

/// Refuses a parent that does not exist, or one that would put the factor inside itself.
void ensureParentValid(Database &db, const Factor &f)
{
    if (!f.parent.isValid())
        return;
    QSet<qint64> seen;
    for (FactorId p = f.parent; p.isValid();) {
        if (p == f.id || seen.contains(p.value)) {
            throw LibraryError(
                Kind::Constraint,
                tr("The factor “%1” cannot be placed under one of its own sub-factors.")
                    .arg(f.name));
        }
        seen.insert(p.value);
        QSqlQuery q = db.exec(u"SELECT parent_id FROM factors WHERE id = ?"_s, {fromId(p)});
        if (!q.next()) {
            throw LibraryError(Kind::Constraint,
                               tr("The parent (id %1) of the factor “%2” is not in the codebook.")
                                   .arg(p.value)
                                   .arg(f.name));
        }
        p = toId<FactorId>(q.value(0));
    }
}

QVariantList fieldValues(const Factor &f)
{
    return {fromText(f.key),      fromText(f.name),        fromEnum(f.category),
            fromEnum(f.polarity), fromText(f.description), fromColour(f.colour),
            fromId(f.parent),     fromText(f.shortcut),    f.sortOrder};
}

Factor insert(Database &db, const Factor &f)
{
    QVariantList values{fromId(f.id)};
    values << fieldValues(f);
    QSqlQuery q = db.exec(uR"(INSERT INTO factors (id, key, name, category, polarity, description,
        colour, parent_id, shortcut, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s,
                          values);
    q.next();
    Factor stored = f;
    stored.id = toId<FactorId>(q.value(0));
    stored.colour = toColour(fromColour(f.colour));
    return stored;
}

} // namespace

Factor CodebookRepository::add(const Factor &f)
{
    Transaction transaction(m_db);
    if (f.id.isValid() && find(f.id)) {
        throw LibraryError(
            Kind::Constraint,
            tr("A factor with id %1 already exists, so “%2” cannot be added under it.")
                .arg(f.id.value)
                .arg(f.name));
    }
    ensureUnique(m_db, f);
    ensureParentValid(m_db, f);
    const Factor stored = insert(m_db, f);
    transaction.commit();
    return stored;
}

QList<Factor> CodebookRepository::addAll(const QList<Factor> &factors,
                                         const QStringList &parentKeys)
{
    Transaction transaction(m_db);
    // First every factor at the top level, then the parents: a parent may come later in the list.
    QList<Factor> stored;
    stored.reserve(factors.size());
    for (Factor f : factors) {
        f.parent = FactorId();
        stored.append(add(f));
    }
    for (qsizetype i = 0; i < stored.size() && i < parentKeys.size(); ++i) {
        const QString &key = parentKeys.at(i);
        if (key.isEmpty())
            continue;
        const auto parent = findByKey(key);
        if (!parent) {
            throw LibraryError(Kind::Constraint,
                               tr("The parent “%1” of the factor “%2” is not in the codebook.")
                                   .arg(key, stored.at(i).name));
        }
        stored[i].parent = parent->id;
        update(stored.at(i));
    }
    transaction.commit();
    return stored;
}

void CodebookRepository::update(const Factor &f)
{
    Transaction transaction(m_db);
    if (!find(f.id))
        throw LibraryError(Kind::NotFound,
                           tr("The factor “%1” is no longer in the codebook.").arg(f.name));
    ensureUnique(m_db, f);
    ensureParentValid(m_db, f);
    QVariantList values = fieldValues(f);
    values << fromId(f.id);
    m_db.exec(uR"(UPDATE factors SET key = ?, name = ?, category = ?, polarity = ?, description = ?,
        colour = ?, parent_id = ?, shortcut = ?, sort_order = ? WHERE id = ?)"_s,
              values);
    transaction.commit();
}

void CodebookRepository::remove(FactorId id)
{
    Transaction transaction(m_db);
    const auto f = find(id);
    if (!f)
        throw LibraryError(Kind::NotFound,
                           tr("There is no factor with id %1 to remove.").arg(id.value));
    const int passages
        = m_db.scalar(u"SELECT count(*) FROM passages WHERE factor_id = ?"_s, {fromId(id)}).toInt();
    if (passages > 0) {
        throw LibraryError(
            Kind::Constraint,
            tr("The factor “%1” cannot be removed while %2 passage(s) are tagged with it.")
                .arg(f->name)
                .arg(passages));
    }
    const int children
        = m_db.scalar(u"SELECT count(*) FROM factors WHERE parent_id = ?"_s, {fromId(id)}).toInt();
    if (children > 0) {
        throw LibraryError(Kind::Constraint,
                           tr("The factor “%1” cannot be removed while it has %2 sub-factor(s).")
                               .arg(f->name)
                               .arg(children));
    }
    m_db.exec(u"DELETE FROM factors WHERE id = ?"_s, {fromId(id)});
    transaction.commit();
}

std::optional<Factor> CodebookRepository::find(FactorId id)
{
    QSqlQuery q = m_db.exec(selectFactor + u" WHERE id = ?"_s, {fromId(id)});
    if (!q.next())
        return std::nullopt;
    return readFactor(m_db, q);
}

std::optional<Factor> CodebookRepository::findByKey(const QString &key)
{
    QSqlQuery q = m_db.exec(selectFactor + u" WHERE key = ?"_s, {key});
    if (!q.next())
        return std::nullopt;
    return readFactor(m_db, q);
}

QList<Factor> CodebookRepository::all()
{
    QList<Factor> factors;
    QSqlQuery q = m_db.exec(selectFactor + u" ORDER BY id"_s);
    while (q.next())
        factors.append(readFactor(m_db, q));
    // Categories in the order of the enum, not of their identifiers: sorted here rather than
    // in SQL.
    std::stable_sort(factors.begin(), factors.end(), [](const Factor &a, const Factor &b) {
        if (a.category != b.category)
            return a.category < b.category;
        if (a.sortOrder != b.sortOrder)
            return a.sortOrder < b.sortOrder;
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return factors;
}

} // namespace casebench
