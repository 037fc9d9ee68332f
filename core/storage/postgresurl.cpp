// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::PostgresUrl)
};

/// A value quoted for a libpq connection string: in single quotes, with \ and ' escaped.
QString conninfoQuoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

/// Percent-encoded for a URL: everything but unreserved characters and `keep`.
QString encoded(const QString &text, const char *keep = "")
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text, QByteArray(keep)));
}

bool isLoopback(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'/'))
        return true;
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    // 127.0.0.0/8 and ::1, written out without QtNetwork.
    static const QRegularExpression ipv4Loopback(u"^127(\\.\\d{1,3}){3}$"_s);
    static const QRegularExpression ipv6Loopback(u"^(0{0,4}:){2,7}0{0,3}1$"_s);
    return ipv4Loopback.match(host).hasMatch() || ipv6Loopback.match(host).hasMatch();
}

} // namespace

bool PostgresUrl::isUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
           || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

bool PostgresUrl::parse(const QString &text, PostgresUrl &url, QString &problem)
{
    url = PostgresUrl();
    const QString shown = text.trimmed();
    if (!isUrl(shown)) {
        problem = Tr::tr("“%1” is not a PostgreSQL address; it should start with postgresql://.")
                      .arg(shown);
        return false;
    }
    // Read by hand rather than with QUrl: an empty host with a port ("postgresql://:5433/db")
    // and a socket folder in the query are valid for libpq and QUrl rejects or rewrites them.
    QString rest = shown.mid(shown.indexOf(u"://"_s) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        url.database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        url.user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            url.password = decoded(userInfo.mid(colon + 1));
    }
    QString hostPart = authority;
    if (authority.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = authority.indexOf(u']');
        if (close < 0) {
            problem = Tr::tr("The address %1 has an unclosed “[” in its server name.")
                          .arg(url.withoutPassword());
            return false;
        }
        hostPart = authority.mid(1, close - 1);
        authority = authority.mid(close + 1);
        if (!authority.isEmpty() && !authority.startsWith(u':')) {
            problem = Tr::tr("The address %1 has text after its server name that is not a port.")
                          .arg(url.withoutPassword());
            return false;
        }
        authority = authority.isEmpty() ? QString() : authority;
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        hostPart = authority.left(colon);
        authority = authority.mid(colon);
    } else {
        authority.clear();
    }
    url.host = decoded(hostPart);
    if (authority.startsWith(u':')) {
        bool ok = false;
        const int port = authority.mid(1).toInt(&ok);
        if (!ok || port <= 0 || port > 65535) {
            problem = Tr::tr(
                          "The port “%1” in a PostgreSQL address is not a number from 1 to 65535.")
                          .arg(authority.mid(1));
            return false;
        }
        url.port = port;
    }
    static const QRegularExpression key(u"^[a-z_]+$"_s);
    const QStringList pairs = query.split(u'&', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString name = decoded(eq >= 0 ? pair.left(eq) : pair);
        const QString value = eq >= 0 ? decoded(pair.mid(eq + 1)) : QString();
        if (!key.match(name).hasMatch() || value.contains(u';')) {
            problem
                = Tr::tr("The parameter “%1” in a PostgreSQL address cannot be used.").arg(name);
            return false;
        }
        if (name == u"host") {
            url.host = value;
        } else if (name == u"port") {
            bool ok = false;
            url.port = value.toInt(&ok);
            if (!ok || url.port <= 0 || url.port > 65535) {
                problem
                    = Tr::tr(
                          "The port “%1” in a PostgreSQL address is not a number from 1 to 65535.")
                          .arg(value);
                return false;
            }
        } else if (name == u"user") {
            url.user = value;
        } else if (name == u"dbname") {
            url.database = value;
        } else if (name == u"password") {
            url.password = value;
        } else if (name == u"sslpassword") {
            url.sslPassword = value;
        } else {
            url.options.append({name, value});
        }
    }
    if (url.database.isEmpty() && url.option(u"service"_s).isEmpty()) {
        problem
            = Tr::tr(
                  "The PostgreSQL address %1 names no database; add it after the server, as in postgresql://host/casebench.")
                  .arg(url.withoutPassword());
        return false;
    }
    return true;
}

QString PostgresUrl::withoutPassword() const
{
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += encoded(user) + u'@';
    const bool socket = host.startsWith(u'/');
    if (!socket)
        text += host.contains(u':') ? u'[' + encoded(host, ":") + u']' : encoded(host);
    if (port > 0)
        text += u':' + QString::number(port);
    text += u'/' + encoded(database);
    // Every value is encoded again: an "&sslmode=disable" that was encoded inside another
    // option's value must stay inside it when the address is read back.
    QStringList query;
    if (socket)
        query.append(u"host="_s + encoded(host, "/"));
    for (const auto &[key, value] : options)
        query.append(encoded(key) + u'=' + encoded(value, "/:"));
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QString PostgresUrl::display() const
{
    QString server = host.isEmpty() ? u"localhost"_s : host;
    if (port > 0)
        server += host.startsWith(u'/') ? u" (port %1)"_s.arg(port) : u":%1"_s.arg(port);
    const QString service = option(u"service"_s);
    if (database.isEmpty())
        return Tr::tr("the PostgreSQL service “%1”").arg(service);
    return Tr::tr("the database “%1” on the PostgreSQL server %2").arg(database, server);
}

QString PostgresUrl::option(const QString &key, const QString &fallback) const
{
    for (const auto &[name, value] : options) {
        if (name == key)
            return value;
    }
    return fallback;
}

bool PostgresUrl::isLocal() const
{
    // libpq takes a comma-separated list of hosts and tries each.
    const QStringList hosts = host.split(u',');
    return std::all_of(hosts.begin(), hosts.end(),
                       [](const QString &one) { return isLoopback(one.trimmed()); });
}

QString PostgresUrl::connectOptions() const
{
    QStringList parts;
    bool sslmode = false;
    for (const auto &[key, value] : options) {
        sslmode = sslmode || key == u"sslmode";
        parts.append(key + u'=' + conninfoQuoted(value));
    }
    if (!sslPassword.isEmpty())
        parts.append(u"sslpassword="_s + conninfoQuoted(sslPassword));
    // A URL may ask for more (verify-ca, verify-full) or, deliberately, for less.
    if (!sslmode && option(u"service"_s).isEmpty())
        parts.append(isLocal() ? u"sslmode=prefer"_s : u"sslmode=require"_s);
    return parts.join(u';');
}

} // namespace casebench
