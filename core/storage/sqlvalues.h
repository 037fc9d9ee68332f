// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/storage: how values are written to and read from columns.
// Enums are stored as their stable identifiers, dates as ISO 'yyyy-MM-dd' text (NULL when
// invalid), timestamps as ISO 8601 UTC with milliseconds, colours as '#rrggbb' (NULL when
// invalid), ids and optional numbers as NULL when absent.

#include "model/enumtable.h"
#include "model/ids.h"
#include "model/libraryerror.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace casebench {

class Database;

namespace sqlvalues {

/// Text for a NOT NULL column: Qt binds a null QString as NULL, so it becomes ''.
QVariant fromText(const QString &text);

QVariant fromDate(const QDate &date);
QDate toDate(const QVariant &value);

QVariant fromTimestamp(const QDateTime &timestamp);
QDateTime toTimestamp(const QVariant &value);
/// Now, in UTC, at the millisecond precision the column keeps.
QDateTime now();

QVariant fromOptionalInt(const std::optional<int> &value);
std::optional<int> toOptionalInt(const QVariant &value);
int toInt(const QVariant &value);

QVariant fromColour(const QColor &colour);
QColor toColour(const QVariant &value);

template <typename Tag>
QVariant fromId(Id<Tag> id)
{
    return id.isValid() ? QVariant(id.value) : QVariant();
}

template <typename IdType>
IdType toId(const QVariant &value)
{
    return value.isNull() ? IdType() : IdType(value.toLongLong());
}

template <typename E>
QVariant fromEnum(E value)
{
    return enumIdentifier(value);
}

/// A damaged-library error for a value this build does not know.
[[noreturn]] void unknownValue(const Database &db, const QString &column, const QString &value);

/// The enum for a stored identifier; throws Damaged (naming the file and column) when unknown.
template <typename E>
E toEnum(const Database &db, const QVariant &value, const QString &column)
{
    const QString text = value.toString();
    if (const auto parsed = enumFromIdentifier<E>(text))
        return *parsed;
    unknownValue(db, column, text);
}

/// A list of enum values as comma-separated identifiers ("misconduct,health").
template <typename E>
QVariant fromEnumList(const QList<E> &values)
{
    QStringList ids;
    for (E value : values)
        ids.append(enumIdentifier(value));
    return fromText(ids.join(u','));
}

template <typename E>
QList<E> toEnumList(const Database &db, const QVariant &value, const QString &column)
{
    QList<E> values;
    const QStringList ids = value.toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &id : ids)
        values.append(toEnum<E>(db, id, column));
    return values;
}

/// "?, ?, ?" for an IN list of n bound values.
QString placeholders(qsizetype n);

/// The path of the database's file as shown to the user.
QString displayPath(const QString &path);

} // namespace sqlvalues

} // namespace casebench
