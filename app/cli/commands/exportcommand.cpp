// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exportformats.h"

#include "storage/caserepository.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString formatOption = u"format"_s;
const QString outputOption = u"output"_s;
const QString anonymiseOption = u"anonymise"_s;
const QString presetOption = u"preset"_s;
const QString forceOption = u"force"_s;

const QStringList formats{u"pdf"_s, u"html"_s, u"csv"_s, u"json"_s, u"qdpx"_s};
const QStringList presets{u"aide-memoire"_s, u"mitigation"_s};

} // namespace

QList<QCommandLineOption> exportOptions()
{
    return {
        QCommandLineOption(formatOption, Tr::tr("Output format: pdf, html, csv, json or qdpx."),
                           u"FORMAT"_s),
        QCommandLineOption({u"o"_s, outputOption}, Tr::tr("The file to write."), u"FILE"_s),
        QCommandLineOption(anonymiseOption,
                           Tr::tr("Replace the names on the case's anonymisation list.")),
        QCommandLineOption(presetOption, Tr::tr("Bundle contents: aide-memoire or mitigation."),
                           u"PRESET"_s),
        QCommandLineOption(forceOption, Tr::tr("Overwrite FILE when it exists.")),
    };
}

ExitCode runExport(CliContext &context, const CommandInput &input)
{
    if (input.arguments.size() != 1)
        throw usageError(Tr::tr("export takes one case reference."));
    const QString format = input.options.value(formatOption).toLower();
    if (format.isEmpty())
        throw usageError(Tr::tr("export needs --format (%1).").arg(formats.join(u", "_s)));
    if (!formats.contains(format))
        throw usageError(Tr::tr("Unknown export format “%1”: use one of %2.")
                             .arg(format, formats.join(u", "_s)));
    const QString output = input.options.value(outputOption);
    if (output.isEmpty())
        throw usageError(Tr::tr("export needs -o FILE: the file to write."));
    const QString preset = input.options.value(presetOption).toLower();
    if (!preset.isEmpty() && !presets.contains(preset))
        throw usageError(
            Tr::tr("Unknown preset “%1”: use aide-memoire or mitigation.").arg(preset));
    if (!preset.isEmpty() && format != u"pdf"_s && format != u"html"_s)
        throw usageError(Tr::tr("--preset applies to pdf and html bundles only."));
    if (QFileInfo::exists(output) && !input.options.isSet(forceOption))
        throw inputError(Tr::tr("%1 already exists; choose another file or add --force.")
                             .arg(shownPath(output)));

    const auto library = context.openLibrary();
    const QString reference = input.arguments.constFirst();
    const auto found = library->cases().findByReference(reference);
    if (!found)
        throw inputError(Tr::tr("No case with reference “%1” in %2.")
                             .arg(reference, shownPath(context.libraryPath)));

    ExportRequest request;
    request.caseRecord = *found;
    request.format = format;
    request.outputPath = output;
    request.anonymise = input.options.isSet(anonymiseOption);
    request.preset = preset;
    request.force = input.options.isSet(forceOption);

    if (format == u"pdf"_s || format == u"html"_s)
        return exportBundle(context, *library, request);
    if (format == u"csv"_s)
        return exportCsv(context, *library, request);
    if (format == u"json"_s)
        return exportJson(context, *library, request);
    return exportQdpx(context, *library, request);
}

} // namespace casebench::cli
