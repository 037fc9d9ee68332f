// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "storage/codebookrepository.h"
#include "storage/library.h"

#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

ExitCode runInit(CliContext &context, const CommandInput &)
{
    context.refuseToOverwrite();
    const auto library = Library::create(context.libraryPath);
    const auto factors = library->codebook().all().size();
    if (context.json) {
        context.writeJson(QJsonObject{
            {u"library"_s, context.libraryPath},
            {u"schema_version"_s, library->schemaVersion()},
            {u"factors"_s, static_cast<qint64>(factors)},
        });
    } else {
        context.out
            << Tr::tr("Created the library %1 (schema version %2) with %3 factors in its codebook.")
                   .arg(shownPath(context.libraryPath))
                   .arg(library->schemaVersion())
                   .arg(factors)
            << '\n';
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
