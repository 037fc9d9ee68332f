// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxproject.h"

#include "refiqda.h"

namespace casebench {

namespace {

template <typename T>
const T *findByGuid(const QList<T> &items, const QString &guid)
{
    // GUIDs the reader made are normalised already: an exact match is the common case.
    for (const T &item : items) {
        if (item.guid == guid)
            return &item;
    }
    if (guid.isEmpty())
        return nullptr;
    const QString wanted = refiqda::normalisedGuid(guid);
    for (const T &item : items) {
        if (refiqda::normalisedGuid(item.guid) == wanted)
            return &item;
    }
    return nullptr;
}

} // namespace

const QdpxProject::Code *QdpxProject::code(const QString &guid) const
{
    return findByGuid(codes, guid);
}

const QdpxProject::User *QdpxProject::user(const QString &guid) const
{
    return findByGuid(users, guid);
}

const QdpxProject::Note *QdpxProject::note(const QString &guid) const
{
    return findByGuid(notes, guid);
}

const QdpxProject::Source *QdpxProject::source(const QString &guid) const
{
    return findByGuid(sources, guid);
}

QString QdpxProject::variable(const QList<Variable> &variables, const QString &name)
{
    for (const Variable &v : variables) {
        if (v.name == name)
            return v.value;
    }
    return {};
}

} // namespace casebench
