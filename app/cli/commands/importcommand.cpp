// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "commands/librarysession.h"
#include "services/bulkimporter.h"
#include "services/importservice.h"
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
const QString acceptOption = u"accept"_s;

template <typename T, typename F>
QJsonValue orNull(const std::optional<Suggestion<T>> &s, F toValue)
{
    return s ? QJsonValue(toValue(s->value)) : QJsonValue();
}

QJsonValue dateJson(const std::optional<Suggestion<QDate>> &s)
{
    return s && s->value.isValid() ? QJsonValue(s->value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue sanctionJson(const std::optional<SanctionSuggestion> &s)
{
    if (!s)
        return {};
    return QJsonObject{
        {u"type"_s, enumIdentifier(s->type)},
        {u"months"_s, s->durationMonths ? QJsonValue(*s->durationMonths) : QJsonValue()},
        {u"outcome"_s, enumIdentifier(s->outcome)},
        {u"previous_type"_s,
         s->previousType ? QJsonValue(enumIdentifier(*s->previousType)) : QJsonValue()},
    };
}

QJsonObject suggestedJson(const MetadataSuggestions &m)
{
    const auto identifier = [](auto value) { return enumIdentifier(value); };
    const auto text = [](const QString &value) { return value; };
    QJsonArray grounds;
    for (const Suggestion<StatutoryGround> &ground : m.grounds)
        grounds.append(enumIdentifier(ground.value));
    return QJsonObject{
        {u"regulator"_s, orNull(m.regulator, identifier)},
        {u"profession"_s, orNull(m.profession, text)},
        {u"reference"_s, orNull(m.reference, text)},
        {u"registration_number"_s, orNull(m.registrationNumber, text)},
        {u"registrant"_s, orNull(m.registrant, text)},
        {u"title"_s, orNull(m.title, text)},
        {u"hearing_type"_s, orNull(m.hearingType, identifier)},
        {u"hearing_date"_s, dateJson(m.hearingDate)},
        {u"decision_date"_s, dateJson(m.decisionDate)},
        {u"facts"_s, orNull(m.facts, identifier)},
        {u"grounds"_s, grounds},
        {u"impairment"_s, orNull(m.impairment, identifier)},
        {u"sanction"_s, sanctionJson(m.sanction)},
        {u"interim_order"_s, sanctionJson(m.interimOrder)},
    };
}

QJsonObject outcomeJson(const ImportOutcome &o)
{
    const bool failed = o.status == ImportStatus::Failed;
    return QJsonObject{
        {u"file"_s, o.path},
        {u"status"_s, enumIdentifier(o.status)},
        {u"error"_s, failed ? QJsonValue(o.message) : QJsonValue()},
        {u"message"_s, o.status == ImportStatus::Duplicate ? QJsonValue(o.message) : QJsonValue()},
        {u"case"_s, o.caseReference.isEmpty() ? QJsonValue() : QJsonValue(o.caseReference)},
        {u"case_created"_s, o.caseCreated},
        {u"document"_s, o.document.isValid() ? QJsonValue(o.document.value) : QJsonValue()},
        {u"suggested"_s, suggestedJson(o.suggestions)},
        {u"warnings"_s, QJsonArray::fromStringList(o.warnings)},
    };
}

QString outcomeText(const ImportOutcome &o)
{
    const QString name = QFileInfo(o.path).fileName();
    switch (o.status) {
    case ImportStatus::Imported:
        return o.caseCreated ? Tr::tr("imported   %1 → new case %2").arg(name, o.caseReference)
                             : Tr::tr("imported   %1 → %2").arg(name, o.caseReference);
    case ImportStatus::Duplicate:
        return Tr::tr("duplicate  %1").arg(o.message);
    case ImportStatus::Failed:
        break;
    }
    return Tr::tr("failed     %1").arg(o.message);
}

} // namespace

QList<QCommandLineOption> importOptions()
{
    return {
        QCommandLineOption(caseOption, Tr::tr("Import into the existing case with this reference."),
                           u"REF"_s),
        QCommandLineOption(
            newCaseOption,
            Tr::tr("Make a new case for each file from what it suggests (the default).")),
        QCommandLineOption(
            acceptOption,
            Tr::tr(
                "Accept every suggestion of each imported file, by the same rules as Accept All (reviews build their history), and report what was accepted.")),
    };
}

ExitCode runImport(CliContext &context, const CommandInput &input)
{
    if (input.options.isSet(caseOption) && input.options.isSet(newCaseOption))
        throw usageError(Tr::tr("--case and --new-case cannot be given together."));
    ImportTarget target = ImportTarget::newCase();
    {
        const auto library = context.openLibrary();
        if (input.options.isSet(caseOption)) {
            const QString reference = input.options.value(caseOption);
            const auto found = library->cases().findByReference(reference);
            if (!found)
                throw inputError(Tr::tr("No case with reference “%1” in %2.")
                                     .arg(reference, shownPath(context.libraryPath)));
            target = ImportTarget::intoCase(found->id);
        }
    }
    const QStringList files = BulkImporter::collectFiles(input.arguments);
    if (files.isEmpty())
        throw inputError(Tr::tr(
            "No files to import: the folders given hold no PDF, Word, OpenDocument, HTML, text or Markdown files."));

    BulkImporter importer;
    importer.start(context.libraryPath, files, target);
    const QList<ImportOutcome> outcomes = importer.waitForFinished();
    if (!importer.error().isEmpty())
        throw CliError(ExitCode::LibraryFailure, importer.error());

    // Accepting goes through a session, as the window's Accept All does: one edit per case.
    std::unique_ptr<LibrarySession> session;
    if (input.options.isSet(acceptOption))
        session = std::make_unique<LibrarySession>(context.openLibrary());

    bool anyFailed = false;
    QJsonArray array;
    for (const ImportOutcome &o : outcomes) {
        if (o.status == ImportStatus::Failed) {
            anyFailed = true;
            // The listing keeps every file in its place; the reason goes to stderr as well, so a
            // script reading only stderr still learns which file failed and why.
            context.err << o.message << u'\n';
        }
        std::optional<AcceptanceReport> accepted;
        if (session && o.status == ImportStatus::Imported && o.caseId.isValid()) {
            accepted = acceptCase(*session, o.caseId, AcceptScope::All);
            if (!accepted->ok) {
                anyFailed = true;
                context.err << Tr::tr("%1: the suggestions were not accepted: %2")
                                   .arg(QFileInfo(o.path).fileName(), accepted->error)
                            << u'\n';
            }
        }
        if (context.json) {
            QJsonObject entry = outcomeJson(o);
            if (accepted)
                entry.insert(u"accepted"_s, accepted->json);
            array.append(entry);
        } else {
            context.out << outcomeText(o) << u'\n';
            if (accepted) {
                for (const QString &line : std::as_const(accepted->lines))
                    context.out << u"           "_s << line << u'\n';
            }
        }
    }
    if (context.json)
        context.writeJson(array);
    return anyFailed ? ExitCode::BadInput : ExitCode::Success;
}

} // namespace casebench::cli
