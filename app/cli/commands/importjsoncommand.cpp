// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "export/casejsonreader.h"
#include "model/libraryerror.h"
#include "services/casejsonimporter.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString asOption = u"as"_s;

} // namespace

QList<QCommandLineOption> importJsonOptions()
{
    return {QCommandLineOption(
        asOption, Tr::tr("Store the case under this reference instead of the file's."), u"REF"_s)};
}

ExitCode runImportJson(CliContext &context, const CommandInput &input)
{
    if (input.arguments.size() != 1)
        throw usageError(Tr::tr("import-json takes one file."));
    const QString path = input.arguments.constFirst();
    const QString reference = input.options.value(asOption).trimmed();
    if (input.options.isSet(asOption) && reference.isEmpty())
        throw usageError(Tr::tr("--as needs a reference."));
    // Whether it is a regular file within the limit is the reader's to say (a FIFO or a device
    // is refused unread).
    if (!QFileInfo::exists(path))
        throw inputError(Tr::tr("%1 does not exist.").arg(shownPath(path)));

    ParsedCase parsed;
    try {
        parsed = CaseJsonReader::read(path);
    } catch (const LibraryError &e) {
        throw inputError(e.message());
    }
    const auto library = context.openLibrary();
    const CaseJsonImportReport report = CaseJsonImporter::import(*library, parsed, path, reference);
    if (context.json) {
        context.writeJson(QJsonObject{
            {u"reference"_s, report.reference},
            {u"documents"_s, report.documents},
            {u"passages"_s, report.passages},
            {u"placed_at_position"_s, report.placedAtPosition},
            {u"placed_by_quote"_s, report.placedByQuote},
            {u"orphaned"_s, report.orphaned},
            {u"unsearched"_s, report.unsearched},
            {u"factors_added"_s, static_cast<int>(report.createdFactors.size())},
            {u"warnings"_s, QJsonArray::fromStringList(report.warnings)},
        });
    } else {
        context.out
            << Tr::tr(
                   "Imported case %1: %2 documents, %3 passages (%4 placed by their quote, %5 orphaned), %6 factors added to the codebook.")
                   .arg(report.reference)
                   .arg(report.documents)
                   .arg(report.passages)
                   .arg(report.placedByQuote)
                   .arg(report.orphaned)
                   .arg(report.createdFactors.size())
            << u'\n';
        if (report.unsearched > 0) {
            context.out
                << Tr::tr(
                       "%1 of the orphaned passages were not looked for: placing quotes away from their offsets reached its limit.")
                       .arg(report.unsearched)
                << u'\n';
        }
        for (const QString &warning : report.warnings)
            context.out << warning << u'\n';
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
