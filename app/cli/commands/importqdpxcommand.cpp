// SPDX-License-Identifier: GPL-3.0-or-later
// import-qdpx FILE: a REFI-QDA project written by another tool (or by Casebench) into the library.
#include "commands.h"

#include "export/qdpxproject.h"
#include "export/qdpxreader.h"
#include "services/qdpximporter.h"
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

const QString caseOption = u"case"_s;
const QString newCaseOption = u"new-case"_s;
const QString mapOption = u"map"_s;
const QString createMissingOption = u"create-missing"_s;

QJsonObject reportJson(const QdpxImportReport &report, Library &library, const QString &file)
{
    QJsonArray cases;
    for (const CaseId id : report.cases) {
        if (const auto c = library.cases().find(id))
            cases.append(c->reference);
    }
    QJsonArray unmapped;
    for (const QdpxImportReport::Unmapped &u : report.unmappedCodes)
        unmapped.append(QJsonObject{{u"code"_s, u.code}, {u"codings"_s, u.codings}});
    return QJsonObject{
        {u"file"_s, file},
        {u"cases"_s, cases},
        {u"cases_created"_s, report.casesCreated},
        {u"documents"_s, report.documents},
        {u"passages"_s, report.passages},
        {u"factors_created"_s, report.factorsCreated},
        {u"skipped_sources"_s, QJsonArray::fromStringList(report.skippedSources)},
        {u"unmapped_codes"_s, unmapped},
        {u"unmapped_codings"_s, report.unmappedCodings},
        {u"empty_selections"_s, report.emptySelections},
        {u"warnings"_s, QJsonArray::fromStringList(report.warnings)},
    };
}

void writeText(CliContext &context, const QdpxImportReport &report, Library &library,
               const QString &file)
{
    QStringList references;
    for (const CaseId id : report.cases) {
        if (const auto c = library.cases().find(id))
            references.append(c->reference);
    }
    context.out
        << Tr::tr(
               "Imported %1: %2 documents and %3 passages into %4 (%5 new cases, %6 new factors).")
               .arg(shownPath(file))
               .arg(report.documents)
               .arg(report.passages)
               .arg(references.join(u", "_s))
               .arg(report.casesCreated)
               .arg(report.factorsCreated)
        << u'\n';
    if (!report.skippedSources.isEmpty()) {
        context.out
            << Tr::tr(
                   "Skipped %1 sources that are not plain text (PDF, picture, audio or video): %2.")
                   .arg(report.skippedSources.size())
                   .arg(report.skippedSources.join(u", "_s))
            << u'\n';
    }
    for (const QdpxImportReport::Unmapped &u : report.unmappedCodes) {
        context.out
            << Tr::tr(
                   "Not imported: %1 codings of the code “%2”, which matches no factor (use --map or --create-missing).")
                   .arg(u.codings)
                   .arg(u.code)
            << u'\n';
    }
    if (report.emptySelections > 0) {
        context.out << Tr::tr("Passed over %1 coded selections of no characters.")
                           .arg(report.emptySelections)
                    << u'\n';
    }
    for (const QString &warning : report.warnings)
        context.out << warning << u'\n';
}

} // namespace

QList<QCommandLineOption> importQdpxOptions()
{
    return {
        QCommandLineOption(
            caseOption, Tr::tr("Import every source into the existing case with this reference."),
            u"REF"_s),
        QCommandLineOption(newCaseOption,
                           Tr::tr("Make new cases from the project's cases (the default).")),
        QCommandLineOption(
            mapOption,
            Tr::tr(
                "Tag the codings of a code with a factor: \"Code name=factor_key\"; an empty factor skips the code. Repeatable."),
            u"CODE=FACTOR"_s),
        QCommandLineOption(
            createMissingOption,
            Tr::tr("Add codes that match no factor to the codebook as new factors.")),
    };
}

ExitCode runImportQdpx(CliContext &context, const CommandInput &input)
{
    if (input.arguments.size() != 1)
        throw usageError(Tr::tr("import-qdpx takes one .qdpx file."));
    if (input.options.isSet(caseOption) && input.options.isSet(newCaseOption))
        throw usageError(Tr::tr("--case and --new-case cannot be given together."));
    QdpxImportOptions options;
    for (const QString &mapping : input.options.values(mapOption)) {
        const qsizetype equals = mapping.lastIndexOf(u'=');
        if (equals <= 0)
            throw usageError(
                Tr::tr("--map “%1” is not of the form \"Code name=factor_key\".").arg(mapping));
        options.map.insert(mapping.left(equals).trimmed(), mapping.mid(equals + 1).trimmed());
    }
    options.createMissing = input.options.isSet(createMissingOption);

    const QString file = input.arguments.constFirst();
    // Whether it is a regular file within the limit is the reader's to say (a FIFO or a device
    // is refused unread).
    if (!QFileInfo::exists(file))
        throw inputError(Tr::tr("%1 does not exist.").arg(shownPath(file)));
    const auto library = context.openLibrary();
    if (input.options.isSet(caseOption)) {
        const QString reference = input.options.value(caseOption);
        const auto found = library->cases().findByReference(reference);
        if (!found)
            throw inputError(Tr::tr("No case with reference “%1” in %2.")
                                 .arg(reference, shownPath(context.libraryPath)));
        options.intoCase = found->id;
    }
    const QdpxProject project = QdpxReader::read(file);
    const QdpxImportReport report = QdpxImporter::import(*library, project, options,
                                                         QFileInfo(file).fileName());
    if (context.json)
        context.writeJson(reportJson(report, *library, file));
    else
        writeText(context, report, *library, file);
    return ExitCode::Success;
}

} // namespace casebench::cli
