// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumtable.h"
#include "model/libraryerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>

namespace casebench::jsonfields {

/// Reading typed values from an imported JSON object; every failure throws
/// LibraryError(InvalidData) with a sentence naming the place ("documents[0].passages[3]") and
/// the field. Absent or null optional fields give the default.
[[noreturn]] inline void fail(const QString &where, const QString &problem)
{
    throw LibraryError(LibraryError::Kind::InvalidData,
                       QCoreApplication::translate("casebench", "%1: %2").arg(where, problem));
}

inline QString text(const QJsonObject &o, const QString &where, const QString &key,
                    bool required = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(where, QCoreApplication::translate("casebench", "“%1” is missing.").arg(key));
        return {};
    }
    if (!v.isString())
        fail(where, QCoreApplication::translate("casebench", "“%1” must be a string.").arg(key));
    return v.toString();
}

inline std::optional<qint64> integer(const QJsonObject &o, const QString &where, const QString &key,
                                     bool required = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(where, QCoreApplication::translate("casebench", "“%1” is missing.").arg(key));
        return std::nullopt;
    }
    const double d = v.toDouble();
    // Out of qint64's range (1e300, and what JSON cannot hold) a cast would be undefined.
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!v.isDouble() || !(d >= -limit && d < limit) || d != std::trunc(d))
        fail(where,
             QCoreApplication::translate("casebench", "“%1” must be a whole number.").arg(key));
    return static_cast<qint64>(d);
}

inline int offset(const QJsonObject &o, const QString &where, const QString &key)
{
    const qint64 value = *integer(o, where, key, true);
    if (value < 0 || value > std::numeric_limits<int>::max())
        fail(where, QCoreApplication::translate("casebench", "“%1” is out of range.").arg(key));
    return static_cast<int>(value);
}

inline bool boolean(const QJsonObject &o, const QString &where, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        fail(where,
             QCoreApplication::translate("casebench", "“%1” must be true or false.").arg(key));
    return v.toBool();
}

inline QDate date(const QJsonObject &o, const QString &where, const QString &key)
{
    const QString s = text(o, where, key);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        fail(where,
             QCoreApplication::translate("casebench", "“%1” is not a date (YYYY-MM-DD).").arg(key));
    return d;
}

inline QDateTime timestamp(const QJsonObject &o, const QString &where, const QString &key)
{
    const QString s = text(o, where, key);
    if (s.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        fail(where,
             QCoreApplication::translate("casebench", "“%1” is not an ISO 8601 time.").arg(key));
    return t.toUTC();
}

template <typename E>
E enumValue(const QJsonObject &o, const QString &where, const QString &key, E fallback)
{
    const QString s = text(o, where, key);
    if (s.isEmpty())
        return fallback;
    const auto value = enumFromIdentifier<E>(s);
    if (!value) {
        fail(where, QCoreApplication::translate("casebench", "“%1” has the unknown value “%2”.")
                        .arg(key, s));
    }
    return *value;
}

inline QJsonObject object(const QJsonValue &v, const QString &where)
{
    if (!v.isObject())
        fail(where, QCoreApplication::translate("casebench", "must be an object."));
    return v.toObject();
}

inline QJsonArray array(const QJsonObject &o, const QString &where, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(where, QCoreApplication::translate("casebench", "“%1” must be a list.").arg(key));
    return v.toArray();
}

inline QString at(const QString &where, const QString &key, qsizetype index)
{
    return where + u'.' + key + u'[' + QString::number(index) + u']';
}

} // namespace casebench::jsonfields
