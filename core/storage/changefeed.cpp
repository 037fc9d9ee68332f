// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include "collabmigration.h"
#include "database.h"
#include "library.h"
#include "model/libraryerror.h"

#include <QSqlDriver>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace casebench {

ChangeFeed::ChangeFeed(Library &library, QObject *parent) : QObject(parent), m_library(library)
{
    Database &db = databaseOf(m_library);
    if (db.dialect().backend == Dialect::Backend::Sqlite) {
        m_dataVersion = dataVersion();
        m_poll = new QTimer(this);
        m_poll->setInterval(defaultPollInterval);
        connect(m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
        m_poll->start();
        m_live = m_dataVersion >= 0;
        return;
    }
    if (db.dialect().backend != Dialect::Backend::Postgres)
        return;
    QSqlDriver *driver = db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_connectionName = db.connection().connectionName();
    const QString channel = QString::fromUtf16(migrations::changeChannel);
    if (!driver->subscribedToNotifications().contains(channel))
        m_live = driver->subscribeToNotification(channel);
    else
        m_live = true;
    if (m_live) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &payload) {
                    onNotification(name, static_cast<int>(source), payload.toString());
                });
    }
}

ChangeFeed::~ChangeFeed()
{
    if (!m_live || m_poll)
        return;
    // The library may already have closed its connection; only a live one is unsubscribed.
    const QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    if (connection.isOpen() && connection.driver())
        connection.driver()->unsubscribeFromNotification(
            QString::fromUtf16(migrations::changeChannel));
}

void ChangeFeed::setPollInterval(int milliseconds)
{
    if (m_poll)
        m_poll->setInterval(milliseconds);
}

qint64 ChangeFeed::dataVersion()
{
    try {
        bool ok = false;
        const qint64 version
            = databaseOf(m_library).scalar(u"PRAGMA data_version"_s).toLongLong(&ok);
        return ok ? version : -1;
    } catch (const LibraryError &) {
        // Busy or gone for a moment: the next poll asks again.
        return -1;
    }
}

void ChangeFeed::poll()
{
    // Not inside this connection's own transaction (a nested event loop): the next poll sees it.
    if (!m_poll || databaseOf(m_library).transactionDepth() > 0)
        return;
    const qint64 version = dataVersion();
    if (version < 0)
        return;
    // data_version is the connection's own: it moves only when another connection commits.
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    m_live = true;
    if (changed)
        Q_EMIT changedElsewhere();
}

bool ChangeFeed::parse(const QString &payload, QString &table, CaseId &caseId, qint64 &rowId,
                       Operation &operation)
{
    const QStringList parts = payload.split(u':');
    if (parts.size() < 3 || parts.size() > 4)
        return false;
    static const QStringList tables{u"cases"_s, u"sanctions"_s, u"documents"_s, u"passages"_s};
    if (!tables.contains(parts.at(0)))
        return false;
    bool ok = false;
    rowId = parts.at(2).toLongLong(&ok);
    if (!ok)
        return false;
    const qint64 owner = parts.at(1).toLongLong(&ok);
    caseId = ok ? CaseId(owner) : CaseId();
    operation = Operation::Update;
    if (parts.size() == 4) {
        if (parts.at(3) == u"insert"_s)
            operation = Operation::Insert;
        else if (parts.at(3) == u"delete"_s)
            operation = Operation::Delete;
        else if (parts.at(3) != u"update"_s)
            return false;
    }
    table = parts.at(0);
    return true;
}

void ChangeFeed::onNotification(const QString &name, int source, const QString &payload)
{
    // Our own connection's changes were announced by the session that made them.
    if (name != QString::fromUtf16(migrations::changeChannel)
        || source == static_cast<int>(QSqlDriver::SelfSource))
        return;
    QString table;
    CaseId caseId;
    qint64 rowId = 0;
    Operation operation = Operation::Update;
    if (parse(payload, table, caseId, rowId, operation))
        Q_EMIT rowChanged(table, caseId, rowId, operation);
}

} // namespace casebench
