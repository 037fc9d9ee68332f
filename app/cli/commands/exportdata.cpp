// SPDX-License-Identifier: GPL-3.0-or-later
// export --format csv and --format json: a case's passages and case row as CSV, or the whole
// case as the case JSON format (docs/json-format.md).
#include "exportformats.h"

#include "export/anonymisationverifier.h"
#include "export/anonymiser.h"
#include "export/casejsonexport.h"
#include "export/csvexport.h"
#include "export/exportedcase.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

/// Where the case row goes beside FILE: "passages.csv" → "passages-case.csv".
QString caseTablePath(const QString &outputPath)
{
    const QFileInfo info(outputPath);
    const QString suffix = info.suffix().isEmpty() ? u"csv"_s : info.suffix();
    const QString name = info.completeBaseName() + u"-case."_s + suffix;
    return info.path() == u"."_s ? name : info.path() + u'/' + name;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw inputError(
            Tr::tr("%1 could not be written: %2.").arg(shownPath(path), file.errorString()));
}

Anonymiser anonymiserFor(Library &library, const ExportRequest &request)
{
    return request.anonymise ? Anonymiser::forCase(library, request.caseRecord.id) : Anonymiser();
}

/// What an anonymised export is checked against; nothing when not anonymising. Refuses a case
/// whose anonymisation list is empty.
std::optional<AnonymisationVerifier> verifierFor(Library &library, const ExportRequest &request)
{
    if (!request.anonymise)
        return std::nullopt;
    return AnonymisationVerifier::forCase(library, request.caseRecord.id);
}

} // namespace

ExitCode exportCsv(CliContext &context, Library &library, const ExportRequest &request)
{
    const QString casePath = caseTablePath(request.outputPath);
    if (QFileInfo::exists(casePath) && !request.force)
        throw inputError(
            Tr::tr(
                "%1 already exists (the case row is written there); choose another file or add --force.")
                .arg(shownPath(casePath)));
    const std::optional<AnonymisationVerifier> verifier = verifierFor(library, request);
    const Anonymiser anonymiser = anonymiserFor(library, request);
    const ExportedCase data
        = ExportedCase::load(library, request.caseRecord.id).anonymised(anonymiser);
    auto summary = library.cases().summary(request.caseRecord.id);
    if (!summary)
        throw inputError(
            Tr::tr("The case “%1” no longer exists.").arg(request.caseRecord.reference));
    if (request.anonymise)
        summary = csvexport::anonymised(*summary, anonymiser);
    // Both tables are made before either is written, and each file is replaced whole.
    const QByteArray passages = csvexport::passagesTable(data);
    const QByteArray cases = csvexport::casesTable({*summary});
    // Anonymised files are checked, both, before either is moved into place.
    VerifiedExport out(verifier ? &*verifier : nullptr, Tr::tr("anonymised CSV file"));
    writeFile(out.stage(request.outputPath), passages);
    writeFile(out.stage(casePath), cases);
    out.publish();
    if (context.json) {
        context.writeJson(QJsonObject{
            {u"passages_file"_s, request.outputPath},
            {u"case_file"_s, casePath},
            {u"passages"_s, data.passageCount()},
            {u"anonymised"_s, request.anonymise},
        });
    } else {
        context.out << Tr::tr("Wrote %1 passages to %2 and the case row to %3.")
                           .arg(data.passageCount())
                           .arg(shownPath(request.outputPath), shownPath(casePath))
                    << u'\n';
    }
    return ExitCode::Success;
}

ExitCode exportJson(CliContext &context, Library &library, const ExportRequest &request)
{
    const std::optional<AnonymisationVerifier> verifier = verifierFor(library, request);
    const Anonymiser anonymiser = anonymiserFor(library, request);
    const ExportedCase data
        = ExportedCase::load(library, request.caseRecord.id).anonymised(anonymiser);
    VerifiedExport out(verifier ? &*verifier : nullptr, Tr::tr("anonymised JSON file"));
    writeFile(out.stage(request.outputPath), casejsonexport::toBytes(data, request.anonymise));
    out.publish();
    if (context.json) {
        context.writeJson(QJsonObject{
            {u"file"_s, request.outputPath},
            {u"documents"_s, static_cast<int>(data.documents.size())},
            {u"passages"_s, data.passageCount()},
            {u"anonymised"_s, request.anonymise},
        });
    } else {
        context.out << Tr::tr("Wrote case %1 (%2 documents, %3 passages) to %4.")
                           .arg(data.caseRecord.reference)
                           .arg(data.documents.size())
                           .arg(data.passageCount())
                           .arg(shownPath(request.outputPath))
                    << u'\n';
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
