// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "storage/library.h"
#include "storage/librarycopier.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

QString shownLocation(const QString &location)
{
    return Library::isUrl(location) ? location : shownPath(location);
}

} // namespace

ExitCode runCopyLibrary(CliContext &context, const CommandInput &input)
{
    const QString source = input.arguments.at(0);
    const QString destination = input.arguments.at(1);
    QElapsedTimer timer;
    timer.start();
    // Passwords come from libpq's own places (~/.pgpass, a service file, PGPASSWORD).
    const LibraryCopier::Report report = LibraryCopier::copy(source, destination);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (context.json) {
        QJsonArray tables;
        for (const auto &[table, rows] : report.tables)
            tables.append(QJsonObject{{u"table"_s, table}, {u"rows"_s, rows}});
        context.writeJson(QJsonObject{{u"source"_s, source},
                                      {u"destination"_s, destination},
                                      {u"tables"_s, tables},
                                      {u"rows"_s, report.totalRows()},
                                      {u"seconds"_s, seconds}});
    } else {
        context.out << Tr::tr("Copied %1 rows in %2 tables from %3 to %4 in %5 s.")
                           .arg(report.totalRows())
                           .arg(report.tables.size())
                           .arg(shownLocation(source), shownLocation(destination))
                           .arg(seconds, 0, 'f', 1)
                    << u'\n';
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
