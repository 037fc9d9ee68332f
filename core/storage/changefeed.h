// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QObject>
#include <QString>

class QTimer;

namespace casebench {

class Library;

/// Other reviewers' changes to a team library, as they are committed. On PostgreSQL the feed
/// LISTENs on the library's own connection to the notifications the schema's triggers send
/// (migration 6) and ignores those of its own connection, whose changes the session already
/// announced. On SQLite it polls the connection's `PRAGMA data_version` (every two seconds),
/// which changes only when another connection — a second window, casebench-cli — commits to the
/// file, and says changedElsewhere(): SQLite does not tell what changed. Lives on the thread of
/// the library's connection, which needs a running event loop for changes to arrive.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// What was done to a row.
    enum class Operation { Insert, Update, Delete };
    Q_ENUM(Operation)

    explicit ChangeFeed(Library &library, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Whether changes are delivered (a PostgreSQL library whose connection is listening, or an
    /// SQLite library being polled).
    [[nodiscard]] bool isLive() const { return m_live; }

    /// How often an SQLite library is polled, in milliseconds.
    static constexpr int defaultPollInterval = 2000;
    /// Changes the polling interval (SQLite; tests use a short one).
    void setPollInterval(int milliseconds);
    /// Polls an SQLite library now: says changedElsewhere() when another connection committed
    /// since the last poll. Does nothing on PostgreSQL.
    void poll();

    /// Reads a notification payload "<table>:<case id>:<row id>[:<operation>]"; false when it
    /// is not one of ours.
    static bool parse(const QString &payload, QString &table, CaseId &caseId, qint64 &rowId,
                      Operation &operation);

Q_SIGNALS:
    /// Another connection committed a change to a row of `table` (cases, sanctions, documents,
    /// passages) belonging to `caseId` (invalid when the case could not be told).
    void rowChanged(const QString &table, casebench::CaseId caseId, qint64 rowId,
                    casebench::ChangeFeed::Operation operation);
    /// Another connection committed changes to an SQLite library; which rows is not known, so
    /// whatever shows the library should read it again. Not sent for this connection's writes.
    void changedElsewhere();

private:
    void onNotification(const QString &name, int source, const QString &payload);
    [[nodiscard]] qint64 dataVersion();

    Library &m_library;
    QString m_connectionName;
    bool m_live = false;
    QTimer *m_poll = nullptr;  ///< SQLite only
    qint64 m_dataVersion = -1; ///< the last PRAGMA data_version seen
};

} // namespace casebench
