// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncredentials.h"

#include "postgresurl.h"

#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

struct Entry
{
    QString password;
    int holders = 0;
};

struct Store
{
    QMutex mutex;
    QHash<QString, Entry> entries;
};

Store &store()
{
    static Store instance;
    return instance;
}

} // namespace

QString SessionCredentials::key(const PostgresUrl &url)
{
    QString text = url.user + u'@' + url.host;
    if (url.port > 0)
        text += u':' + QString::number(url.port);
    text += u'/' + url.database;
    const QString service = url.option(u"service"_s);
    if (!service.isEmpty())
        text += u"?service="_s + service;
    return text;
}

QString SessionCredentials::password(const QString &key)
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    const auto it = s.entries.constFind(key);
    return it == s.entries.cend() ? QString() : it->password;
}

void SessionCredentials::hold(const QString &key, const QString &password)
{
    if (password.isEmpty())
        return;
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    Entry &entry = s.entries[key];
    entry.password = password;
    ++entry.holders;
}

void SessionCredentials::release(const QString &key)
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    const auto it = s.entries.find(key);
    if (it == s.entries.end())
        return;
    if (--it->holders <= 0)
        s.entries.erase(it);
}

void SessionCredentials::forget(const QString &key)
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    // The holders stay counted, so that their release() does not end a later holder's entry.
    const auto it = s.entries.find(key);
    if (it != s.entries.end())
        it->password.clear();
}

int SessionCredentials::holders(const QString &key)
{
    Store &s = store();
    const QMutexLocker lock(&s.mutex);
    const auto it = s.entries.constFind(key);
    return it == s.entries.cend() ? 0 : it->holders;
}

} // namespace casebench
