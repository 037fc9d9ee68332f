// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationbackups.h"

#include "postgresurl.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::migrationbackups {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::migrationbackups)
};

} // namespace

QList<Backup> list(const QString &libraryPath)
{
    QList<Backup> backups;
    if (PostgresUrl::isUrl(libraryPath))
        return backups;
    const QFileInfo library(libraryPath);
    const QString prefix = library.fileName() + u".backup-v"_s;
    static const QRegularExpression suffix(u"^(\\d+)-(\\d{8}-\\d{6})(?:-\\d+)?$"_s);
    const QFileInfoList entries = QDir(library.absolutePath())
                                      .entryInfoList(QDir::Files | QDir::Hidden | QDir::System,
                                                     QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!entry.fileName().startsWith(prefix))
            continue;
        const QRegularExpressionMatch match = suffix.match(entry.fileName().mid(prefix.size()));
        if (!match.hasMatch())
            continue;
        Backup backup;
        backup.path = entry.absoluteFilePath();
        backup.fromVersion = match.captured(1).toInt();
        backup.taken = QDateTime::fromString(match.captured(2), u"yyyyMMdd-HHmmss"_s);
        backup.size = entry.size();
        backups.append(backup);
    }
    std::stable_sort(backups.begin(), backups.end(),
                     [](const Backup &a, const Backup &b) { return a.taken < b.taken; });
    return backups;
}

bool remove(const QString &libraryPath, const QString &backupPath, QString *error)
{
    const QString wanted = QFileInfo(backupPath).absoluteFilePath();
    for (const Backup &backup : list(libraryPath)) {
        if (backup.path != wanted)
            continue;
        QFile file(backup.path);
        if (file.remove())
            return true;
        if (error != nullptr) {
            *error = Tr::tr("The backup %1 could not be removed: %2.")
                         .arg(sqlvalues::displayPath(backup.path), file.errorString());
        }
        return false;
    }
    if (error != nullptr) {
        *error = Tr::tr("%1 is not a migration backup of the library %2.")
                     .arg(sqlvalues::displayPath(backupPath), sqlvalues::displayPath(libraryPath));
    }
    return false;
}

} // namespace casebench::migrationbackups
