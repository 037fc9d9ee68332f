// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "services/demolibrary.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

ExitCode runDemo(CliContext &context, const CommandInput &)
{
    context.refuseToOverwrite();
    const auto library = demolibrary::create(context.libraryPath);
    const QList<CaseSummary> summaries = library->cases().summaries();
    int documents = 0;
    int passages = 0;
    for (const CaseSummary &summary : summaries) {
        documents += summary.documentCount;
        passages += summary.passageCount;
    }
    const auto cases = static_cast<int>(summaries.size());
    if (context.json) {
        context.writeJson(QJsonObject{
            {u"library"_s, context.libraryPath},
            {u"schema_version"_s, library->schemaVersion()},
            {u"cases"_s, cases},
            {u"documents"_s, documents},
            {u"passages"_s, passages},
        });
    } else {
        context.out
            << Tr::tr("Created the demo library %1: %2 cases, %3 documents and %4 tagged passages.")
                   .arg(shownPath(context.libraryPath))
                   .arg(cases)
                   .arg(documents)
                   .arg(passages)
            << '\n';
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
