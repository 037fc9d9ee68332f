// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "storage/library.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

QJsonObject toJson(const QString &path, const Library::CheckReport &report)
{
    return QJsonObject{
        {u"library"_s, path},
        {u"ok"_s, report.ok()},
        {u"schema_version"_s, report.schemaVersion},
        {u"latest_version"_s, report.latestVersion},
        {u"counts"_s,
         QJsonObject{
             {u"cases"_s, report.cases},
             {u"sanctions"_s, report.sanctions},
             {u"documents"_s, report.documents},
             {u"factors"_s, report.factors},
             {u"passages"_s, report.passages},
         }},
        {u"problems"_s, QJsonArray::fromStringList(report.problems)},
        {u"backups"_s, QJsonArray::fromStringList(report.backups)},
        {u"notes"_s, QJsonArray::fromStringList(report.notes)},
    };
}

QString reportText(const CliContext &context, const QString &path,
                   const Library::CheckReport &report)
{
    QString text = context.heading(Tr::tr("Library %1").arg(shownPath(path))) + u'\n';
    text += Tr::tr("Schema version: %1 (latest %2)")
                .arg(report.schemaVersion)
                .arg(report.latestVersion)
            + u'\n';
    text += Tr::tr("Cases: %1, sanctions: %2, documents: %3, factors: %4, passages: %5")
                .arg(report.cases)
                .arg(report.sanctions)
                .arg(report.documents)
                .arg(report.factors)
                .arg(report.passages)
            + u'\n';
    if (!report.backups.isEmpty()) {
        text += Tr::tr("Migration backups:") + u'\n';
        for (const QString &backup : report.backups)
            text += u"  "_s + QDir::toNativeSeparators(backup) + u'\n';
    }
    for (const QString &note : report.notes)
        text += Tr::tr("Note: %1").arg(note) + u'\n';
    if (report.ok())
        return text + Tr::tr("No problems found.") + u'\n';
    text += Tr::tr("Problems:") + u'\n';
    for (const QString &problem : report.problems)
        text += u"  - "_s + problem + u'\n';
    return text;
}

} // namespace

ExitCode runCheck(CliContext &context, const CommandInput &)
{
    const auto library = context.openLibrary();
    const Library::CheckReport report = library->check();
    if (context.json)
        context.writeJson(toJson(context.libraryPath, report));
    else
        context.out << reportText(context, context.libraryPath, report);
    if (report.ok())
        return ExitCode::Success;
    const auto count = report.problems.size();
    context.err
        << u"casebench-cli: "_s
        << (count == 1 ? Tr::tr("The library %1 has 1 problem.").arg(shownPath(context.libraryPath))
                       : Tr::tr("The library %1 has %2 problems.")
                             .arg(shownPath(context.libraryPath))
                             .arg(count))
        << u'\n';
    return ExitCode::LibraryFailure;
}

} // namespace casebench::cli
