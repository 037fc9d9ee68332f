// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookrepository.h"

#include "database.h"
#include "model/codebookjson.h"
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

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::CodebookRepository)
};

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

void writePhrases(Database &db, const Factor &f)
{
    db.exec(u"DELETE FROM factor_phrases WHERE factor_id = ?"_s, {fromId(f.id)});
    int position = 0;
    for (const QString &phrase : f.phrases) {
        if (phrase.trimmed().isEmpty())
            continue;
        db.exec(u"INSERT INTO factor_phrases (factor_id, position, phrase) VALUES (?, ?, ?)"_s,
                {fromId(f.id), position++, phrase});
    }
}

/// Fills the phrases of `factors` from factor_phrases (one query for all of them).
void readPhrases(Database &db, QList<Factor> &factors)
{
    if (factors.isEmpty())
        return;
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < factors.size(); ++i)
        indexOf.insert(factors.at(i).id.value, i);
    QSqlQuery q = db.exec(
        u"SELECT factor_id, phrase FROM factor_phrases ORDER BY factor_id, position"_s);
    while (q.next()) {
        const auto it = indexOf.constFind(q.value(0).toLongLong());
        if (it != indexOf.constEnd())
            factors[it.value()].phrases.append(q.value(1).toString());
    }
}

/// Refuses a key or name another factor already has.
void ensureUnique(Database &db, const Factor &f)
{
    if (f.key.isEmpty())
        throw LibraryError(Kind::Constraint, Tr::tr("The factor “%1” has no key.").arg(f.name));
    if (f.name.trimmed().isEmpty())
        throw LibraryError(Kind::Constraint, Tr::tr("The factor “%1” has no name.").arg(f.key));
    if (db.scalar(u"SELECT 1 FROM factors WHERE key = ? AND id %1 ?"_s.arg(db.dialect().isNot()),
                  {f.key, fromId(f.id)})
            .isValid())
        throw LibraryError(
            Kind::Constraint,
            Tr::tr("The codebook already has a factor with the key “%1”.").arg(f.key));
    if (db.scalar(u"SELECT 1 FROM factors WHERE name = ? AND id %1 ?"_s.arg(db.dialect().isNot()),
                  {f.name, fromId(f.id)})
            .isValid())
        throw LibraryError(Kind::Constraint,
                           Tr::tr("The codebook already has a factor named “%1”.").arg(f.name));
    if (!f.shortcut.isEmpty()) {
        const QVariant other = db.scalar(
            u"SELECT name FROM factors WHERE shortcut = ? AND id %1 ?"_s.arg(db.dialect().isNot()),
            {f.shortcut, fromId(f.id)});
        if (other.isValid()) {
            throw LibraryError(Kind::Constraint,
                               Tr::tr("The shortcut %1 already tags passages as “%2”.")
                                   .arg(f.shortcut, other.toString()));
        }
    }
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
                Tr::tr("The factor “%1” cannot be placed under one of its own sub-factors.")
                    .arg(f.name));
        }
        seen.insert(p.value);
        QSqlQuery q = db.exec(u"SELECT parent_id FROM factors WHERE id = ?"_s, {fromId(p)});
        if (!q.next()) {
            throw LibraryError(
                Kind::Constraint,
                Tr::tr("The parent (id %1) of the factor “%2” is not in the codebook.")
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
    q.finish();
    writePhrases(db, stored);
    return stored;
}

} // namespace

Factor CodebookRepository::add(const Factor &f)
{
    Transaction transaction(m_db);
    if (f.id.isValid() && find(f.id)) {
        throw LibraryError(
            Kind::Constraint,
            Tr::tr("A factor with id %1 already exists, so “%2” cannot be added under it.")
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
                               Tr::tr("The parent “%1” of the factor “%2” is not in the codebook.")
                                   .arg(key, stored.at(i).name));
        }
        stored[i].parent = parent->id;
        update(stored.at(i));
    }
    transaction.commit();
    return stored;
}

void CodebookRepository::addDefaults()
{
    QList<Factor> factors;
    QStringList parents;
    for (const CodebookEntry &entry : codebookjson::defaultCodebook()) {
        factors.append(entry.factor);
        parents.append(entry.parentKey);
    }
    addAll(factors, parents);
}

void CodebookRepository::update(const Factor &f)
{
    Transaction transaction(m_db);
    if (!find(f.id))
        throw LibraryError(Kind::NotFound,
                           Tr::tr("The factor “%1” is no longer in the codebook.").arg(f.name));
    ensureUnique(m_db, f);
    ensureParentValid(m_db, f);
    QVariantList values = fieldValues(f);
    values << fromId(f.id);
    m_db.exec(uR"(UPDATE factors SET key = ?, name = ?, category = ?, polarity = ?, description = ?,
        colour = ?, parent_id = ?, shortcut = ?, sort_order = ? WHERE id = ?)"_s,
              values);
    writePhrases(m_db, f);
    transaction.commit();
}

void CodebookRepository::remove(FactorId id)
{
    Transaction transaction(m_db);
    const auto f = find(id);
    if (!f)
        throw LibraryError(Kind::NotFound,
                           Tr::tr("There is no factor with id %1 to remove.").arg(id.value));
    const int passages
        = m_db.scalar(u"SELECT count(*) FROM passages WHERE factor_id = ?"_s, {fromId(id)}).toInt();
    if (passages > 0) {
        throw LibraryError(
            Kind::Constraint,
            Tr::tr("The factor “%1” cannot be removed while %2 passage(s) are tagged with it.")
                .arg(f->name)
                .arg(passages));
    }
    const int children
        = m_db.scalar(u"SELECT count(*) FROM factors WHERE parent_id = ?"_s, {fromId(id)}).toInt();
    if (children > 0) {
        throw LibraryError(
            Kind::Constraint,
            Tr::tr("The factor “%1” cannot be removed while it has %2 sub-factor(s).")
                .arg(f->name)
                .arg(children));
    }
    m_db.exec(u"DELETE FROM factors WHERE id = ?"_s, {fromId(id)});
    transaction.commit();
}

void CodebookRepository::upsertAll(const QList<Factor> &factors)
{
    Transaction transaction(m_db);
    QSet<FactorId> listed;
    for (const Factor &f : factors)
        listed.insert(f.id);
    // Names and shortcuts may move between factors (undoing a rename that freed a name): clear
    // them first so that no intermediate state collides. Parents are cleared too, so that a
    // changed hierarchy never passes through a cycle.
    for (const Factor &f : factors) {
        if (!f.id.isValid())
            throw LibraryError(
                Kind::Constraint,
                Tr::tr("The factor “%1” has no id to restore it under.").arg(f.name));
        if (find(f.id)) {
            m_db.exec(
                u"UPDATE factors SET name = ?, shortcut = '', parent_id = NULL WHERE id = ?"_s,
                {u" restoring %1"_s.arg(f.id.value), fromId(f.id)});
        }
    }
    for (Factor f : factors) {
        f.parent = FactorId();
        if (find(f.id))
            update(f);
        else
            add(f);
    }
    for (const Factor &f : factors) {
        if (f.parent.isValid())
            update(f);
    }
    transaction.commit();
}

std::optional<Factor> CodebookRepository::find(FactorId id)
{
    QSqlQuery q = m_db.exec(selectFactor + u" WHERE id = ?"_s, {fromId(id)});
    if (!q.next())
        return std::nullopt;
    QList<Factor> one{readFactor(m_db, q)};
    q.finish();
    readPhrases(m_db, one);
    return one.constFirst();
}

std::optional<Factor> CodebookRepository::findByKey(const QString &key)
{
    QSqlQuery q = m_db.exec(selectFactor + u" WHERE key = ?"_s, {key});
    if (!q.next())
        return std::nullopt;
    QList<Factor> one{readFactor(m_db, q)};
    q.finish();
    readPhrases(m_db, one);
    return one.constFirst();
}

QList<Factor> CodebookRepository::all()
{
    QList<Factor> factors;
    QSqlQuery q = m_db.exec(selectFactor + u" ORDER BY id"_s);
    while (q.next())
        factors.append(readFactor(m_db, q));
    q.finish();
    readPhrases(m_db, factors);
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
