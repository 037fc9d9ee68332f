// SPDX-License-Identifier: GPL-3.0-or-later
// export --format qdpx: the case as a REFI-QDA project for other qualitative-analysis tools.
#include "exportformats.h"

#include "export/anonymiser.h"
#include "export/qdpxexporter.h"
#include "storage/library.h"

#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

ExitCode exportQdpx(CliContext &context, Library &library, const ExportRequest &request)
{
    QdpxExportOptions options;
    options.anonymise = request.anonymise;
    if (request.anonymise)
        options.anonymiser = Anonymiser::forCase(library, request.caseRecord.id);
    options.reviewer = library.author();
    const QdpxExportResult result = QdpxExporter::write(library, request.caseRecord.id,
                                                        request.outputPath, options);
    if (context.json) {
        context.writeJson(QJsonObject{
            {u"file"_s, request.outputPath},
            {u"documents"_s, result.documents},
            {u"passages"_s, result.passages},
            {u"codes"_s, result.codes},
            {u"orphaned_passages_left_out"_s, result.orphanedPassages},
            {u"anonymised"_s, request.anonymise},
        });
    } else {
        context.out << Tr::tr("Wrote %1 documents, %2 passages and %3 codes to %4.")
                           .arg(result.documents)
                           .arg(result.passages)
                           .arg(result.codes)
                           .arg(shownPath(request.outputPath))
                    << u'\n';
        if (result.orphanedPassages > 0) {
            context.err << Tr::tr("%1 passages not found again in their documents were left out.")
                               .arg(result.orphanedPassages)
                        << u'\n';
        }
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
