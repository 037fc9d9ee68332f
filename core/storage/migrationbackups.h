// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace casebench::migrationbackups {

/// A copy of a library taken before open() migrated it to a newer schema
/// ("NAME.backup-v<old>-<yyyyMMdd-HHmmss>", beside the library). It holds everything the library
/// held then, deleted cases included, until the reviewer removes it.
struct Backup
{
    QString path;
    int fromVersion = 0; ///< the schema the library had when the copy was taken
    QDateTime taken;     ///< from the name; invalid when the name carries no time
    qint64 size = 0;
};

/// The migration backups beside the library file `libraryPath`, oldest first. Empty for a
/// PostgreSQL URL (a server library is migrated in place; pg_dump backs it up).
[[nodiscard]] QList<Backup> list(const QString &libraryPath);

/// Removes one backup listed by list(libraryPath). Refuses (false, `error` set to one sentence)
/// any other path, so nothing but a backup of this library can be removed this way.
bool remove(const QString &libraryPath, const QString &backupPath, QString *error);

} // namespace casebench::migrationbackups
