// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QObject>
#include <QString>

namespace casebench {

class Library;

/// Other reviewers' changes to a team library, as they are committed. On PostgreSQL the feed
/// LISTENs on the library's own connection to the notifications the schema's triggers send
/// (migration 6) and ignores those of its own connection, whose changes the session already
/// announced. On SQLite it announces nothing. Lives on the thread of the library's connection,
/// which needs a running event loop for notifications to arrive.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// What was done to a row.
    enum class Operation { Insert, Update, Delete };
    Q_ENUM(Operation)

    explicit ChangeFeed(Library &library, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Whether changes are delivered (a PostgreSQL library whose connection is listening).
    [[nodiscard]] bool isLive() const { return m_live; }

    /// Reads a notification payload "<table>:<case id>:<row id>[:<operation>]"; false when it
    /// is not one of ours.
    static bool parse(const QString &payload, QString &table, CaseId &caseId, qint64 &rowId,
                      Operation &operation);

Q_SIGNALS:
    /// Another connection committed a change to a row of `table` (cases, sanctions, documents,
    /// passages) belonging to `caseId` (invalid when the case could not be told).
    void rowChanged(const QString &table, casebench::CaseId caseId, qint64 rowId,
                    casebench::ChangeFeed::Operation operation);

private:
    void onNotification(const QString &name, int source, const QString &payload);

    Library &m_library;
    QString m_connectionName;
    bool m_live = false;
};

} // namespace casebench
