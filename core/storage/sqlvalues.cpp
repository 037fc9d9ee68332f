// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlvalues.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace casebench::sqlvalues {

namespace {
const QString dateFormat = u"yyyy-MM-dd"_s;
} // namespace

QVariant fromText(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(dateFormat)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), dateFormat);
}

QVariant fromTimestamp(const QDateTime &timestamp)
{
    return timestamp.isValid() ? QVariant(timestamp.toUTC().toString(Qt::ISODateWithMs))
                               : QVariant();
}

QDateTime toTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QVariant fromOptionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

int toInt(const QVariant &value)
{
    return value.toInt();
}

QVariant fromColour(const QColor &colour)
{
    return colour.isValid() ? QVariant(colour.name(QColor::HexRgb)) : QVariant();
}

QColor toColour(const QVariant &value)
{
    return value.isNull() ? QColor() : QColor::fromString(value.toString());
}

void unknownValue(const Database &db, const QString &column, const QString &value)
{
    throw LibraryError(LibraryError::Kind::Damaged,
                       QCoreApplication::translate(
                           "casebench", "The library %1 holds the value “%2” in %3, which this "
                                        "version of Casebench does not know.")
                           .arg(displayPath(db.path()), value, column));
}

QString placeholders(qsizetype n)
{
    QString list;
    for (qsizetype i = 0; i < n; ++i)
        list += i == 0 ? u"?"_s : u", ?"_s;
    return list;
}

QString displayPath(const QString &path)
{
    return u"“"_s + QDir::toNativeSeparators(path) + u"”"_s;
}

} // namespace casebench::sqlvalues
