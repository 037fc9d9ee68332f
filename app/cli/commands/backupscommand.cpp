// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "model/libraryerror.h"
#include "storage/library.h"
#include "storage/migrationbackups.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString removeOption = u"remove"_s;
const QString removeAllOption = u"remove-all"_s;

QJsonObject toJson(const migrationbackups::Backup &backup)
{
    return QJsonObject{
        {u"path"_s, backup.path},
        {u"from_version"_s, backup.fromVersion},
        {u"taken"_s,
         backup.taken.isValid() ? QJsonValue(backup.taken.toString(Qt::ISODate)) : QJsonValue()},
        {u"bytes"_s, backup.size},
    };
}

QString listing(const QList<migrationbackups::Backup> &backups, const QString &libraryPath)
{
    if (backups.isEmpty())
        return Tr::tr("The library %1 has no migration backups.").arg(shownPath(libraryPath))
               + u'\n';
    QString text;
    for (const migrationbackups::Backup &backup : backups) {
        text += Tr::tr("%1  schema %2, taken %3, %4")
                    .arg(QDir::toNativeSeparators(backup.path))
                    .arg(backup.fromVersion)
                    .arg(backup.taken.isValid() ? backup.taken.toString(u"yyyy-MM-dd HH:mm"_s)
                                                : u"-"_s,
                         QLocale::c().formattedDataSize(backup.size))
                + u'\n';
    }
    return text;
}

} // namespace

QList<QCommandLineOption> backupsOptions()
{
    return {
        QCommandLineOption(removeOption,
                           Tr::tr("Remove this migration backup of the library (may be repeated)."),
                           u"FILE"_s),
        QCommandLineOption(removeAllOption,
                           Tr::tr("Remove every migration backup of the library.")),
    };
}

ExitCode runBackups(CliContext &context, const CommandInput &input)
{
    const QString path = context.requireLibraryPath();
    if (Library::isUrl(path)) {
        throw inputError(Tr::tr(
            "A library on a server is upgraded in place and has no migration backups; back it up with pg_dump."));
    }
    if (!QFileInfo::exists(path)) {
        throw LibraryError(
            LibraryError::Kind::FileNotFound,
            Tr::tr("Cannot open library %1: the file does not exist.").arg(shownPath(path)));
    }
    QStringList doomed = input.options.values(removeOption);
    if (input.options.isSet(removeAllOption)) {
        for (const migrationbackups::Backup &backup : migrationbackups::list(path))
            doomed.append(backup.path);
    }
    QJsonArray removed;
    for (const QString &backup : std::as_const(doomed)) {
        QString problem;
        if (!migrationbackups::remove(path, backup, &problem))
            throw inputError(problem);
        removed.append(QFileInfo(backup).absoluteFilePath());
        if (!context.json)
            context.out << Tr::tr("Removed %1.").arg(shownPath(backup)) << u'\n';
    }
    const QList<migrationbackups::Backup> backups = migrationbackups::list(path);
    if (context.json) {
        QJsonArray left;
        for (const migrationbackups::Backup &backup : backups)
            left.append(toJson(backup));
        context.writeJson(
            QJsonObject{{u"library"_s, path}, {u"backups"_s, left}, {u"removed"_s, removed}});
    } else if (doomed.isEmpty() || !backups.isEmpty()) {
        context.out << listing(backups, path);
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
