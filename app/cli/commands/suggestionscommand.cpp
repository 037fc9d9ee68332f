// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "commands/librarysession.h"
#include "import/acceptance.h"
#include "import/suggestionrules.h"
#include "model/libraryerror.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "storage/sanctionrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString acceptOption = u"accept"_s;
const QString confidentOption = u"confident"_s;

QString sanctionWords(const Sanction &s)
{
    QString text = enumLabel(s.type);
    if (s.durationMonths)
        text += Tr::tr(", %1 months").arg(*s.durationMonths);
    if (s.outcome != ReviewOutcome::Imposed)
        text += u" ("_s + enumLabel(s.outcome).toLower() + u')';
    if (!s.decidedOn.isValid())
        text += Tr::tr(" — date not stated");
    return text;
}

QJsonObject sanctionJson(const Sanction &s)
{
    return QJsonObject{
        {u"type"_s, enumIdentifier(s.type)},
        {u"months"_s, s.durationMonths ? QJsonValue(*s.durationMonths) : QJsonValue()},
        {u"outcome"_s, enumIdentifier(s.outcome)},
        {u"decided_on"_s,
         s.decidedOn.isValid() ? QJsonValue(s.decidedOn.toString(Qt::ISODate)) : QJsonValue()},
        {u"interim"_s, sanctionladder::isInterim(s.type)},
    };
}

QJsonObject rowJson(const ReviewedSuggestion &row, bool held)
{
    const StoredSuggestion &s = row.suggestion;
    QJsonObject o{
        {u"id"_s, s.id.value},
        {u"field"_s, enumIdentifier(s.field)},
        {u"value"_s, s.value},
        {u"text"_s, suggestionrules::suggestedText(s)},
        {u"confidence"_s, enumIdentifier(row.confidence)},
        {u"reason"_s, row.reason},
        {u"passage"_s, row.passage},
        {u"state"_s, held ? u"accepted"_s : u"pending"_s},
    };
    if (const auto sanction = s.sanction()) {
        o.insert(u"months"_s,
                 sanction->durationMonths ? QJsonValue(*sanction->durationMonths) : QJsonValue());
        o.insert(u"outcome"_s, enumIdentifier(sanction->outcome));
        o.insert(u"previous_type"_s, sanction->previousType
                                         ? QJsonValue(enumIdentifier(*sanction->previousType))
                                         : QJsonValue());
    }
    return o;
}

QString fieldOf(const QList<ReviewedSuggestion> &rows, SuggestionId id)
{
    for (const ReviewedSuggestion &row : rows) {
        if (row.suggestion.id == id)
            return enumIdentifier(row.suggestion.field);
    }
    return {};
}

} // namespace

AcceptanceReport acceptCase(LibrarySession &session, CaseId id, AcceptScope scope)
{
    AcceptanceReport report;
    const QList<ReviewedSuggestion> rows = acceptance::reviewRows(session.library(), id);
    try {
        const acceptance::Plan plan = session.planAcceptance(id, scope);
        session.acceptSuggestions({plan},
                                  Tr::tr("Accept suggestions for %1").arg(plan.updated.reference));
        QJsonArray accepted;
        for (const SuggestionId sid : plan.accepted) {
            for (const ReviewedSuggestion &row : rows) {
                if (row.suggestion.id == sid) {
                    accepted.append(
                        QJsonObject{{u"field"_s, enumIdentifier(row.suggestion.field)},
                                    {u"text"_s, suggestionrules::suggestedText(row.suggestion)}});
                    report.lines.append(Tr::tr("accepted   %1: %2")
                                            .arg(enumLabel(row.suggestion.field),
                                                 suggestionrules::suggestedText(row.suggestion)));
                }
            }
        }
        QJsonArray skipped;
        for (const auto &[sid, why] : plan.skipped) {
            skipped.append(QJsonObject{{u"field"_s, fieldOf(rows, sid)}, {u"reason"_s, why}});
            report.lines.append(Tr::tr("left       %1: %2").arg(fieldOf(rows, sid), why));
        }
        for (const QString &note : plan.notes)
            report.lines.append(Tr::tr("note       %1").arg(note));
        const SanctionHistory history = session.library().sanctions().history(id);
        QJsonArray entries;
        for (const Sanction &s : history.entries())
            entries.append(sanctionJson(s));
        const auto current = history.current();
        report.lines.append(
            Tr::tr("outcome    %1")
                .arg(current ? sanctionWords(*current) : Tr::tr("no order in force")));
        report.json = QJsonObject{
            {u"accepted"_s, accepted},
            {u"skipped"_s, skipped},
            {u"notes"_s, QJsonArray::fromStringList(plan.notes)},
            {u"history"_s, entries},
            {u"current_sanction"_s, current ? QJsonValue(sanctionJson(*current)) : QJsonValue()},
            {u"title"_s, plan.updated.title},
            {u"registrant"_s, plan.updated.registrant},
        };
        report.ok = true;
    } catch (const LibraryError &e) {
        report.error = e.message();
        report.json = QJsonObject{{u"error"_s, e.message()}};
    }
    // Scripts have no Undo: the stack need not keep what was accepted.
    session.undoStack()->clear();
    return report;
}

QList<QCommandLineOption> suggestionsOptions()
{
    return {
        QCommandLineOption(
            acceptOption,
            Tr::tr(
                "Accept every open suggestion by the rules of Accept All (reviews build their history; the reference is left alone).")),
        QCommandLineOption(
            confidentOption,
            Tr::tr("With --accept: accept only the suggestions of high confidence.")),
    };
}

ExitCode runSuggestions(CliContext &context, const CommandInput &input)
{
    const QString reference = input.arguments.value(0);
    if (input.options.isSet(confidentOption) && !input.options.isSet(acceptOption))
        throw usageError(Tr::tr("--confident only goes with --accept."));
    LibrarySession session(context.openLibrary());
    const auto found = session.library().cases().findByReference(reference);
    if (!found)
        throw inputError(Tr::tr("No case with reference “%1” in %2.")
                             .arg(reference, shownPath(context.libraryPath)));

    std::optional<AcceptanceReport> report;
    if (input.options.isSet(acceptOption)) {
        report = acceptCase(session, found->id,
                            input.options.isSet(confidentOption) ? AcceptScope::Confident
                                                                 : AcceptScope::All);
        if (!report->ok)
            throw CliError(ExitCode::BadInput, Tr::tr("The suggestions of %1 were not accepted: %2")
                                                   .arg(reference, report->error));
    }
    const auto c = session.library().cases().find(found->id);
    const SanctionHistory history = session.library().sanctions().history(found->id);
    const QList<ReviewedSuggestion> rows = acceptance::reviewRows(session.library(), found->id);
    if (context.json) {
        QJsonArray list;
        for (const ReviewedSuggestion &row : rows)
            list.append(rowJson(row, acceptance::isHeld(row.suggestion, *c, history)));
        QJsonObject o{{u"case"_s, reference}, {u"suggestions"_s, list}};
        if (report)
            o.insert(u"accepted"_s, report->json);
        context.writeJson(o);
        return ExitCode::Success;
    }
    if (report) {
        for (const QString &line : std::as_const(report->lines))
            context.out << line << u'\n';
        return ExitCode::Success;
    }
    if (rows.isEmpty()) {
        context.out << Tr::tr("%1 has no open suggestions.").arg(reference) << u'\n';
        return ExitCode::Success;
    }
    for (const ReviewedSuggestion &row : rows) {
        const bool held = acceptance::isHeld(row.suggestion, *c, history);
        context.out << (held ? Tr::tr("accepted") : Tr::tr("pending ")) << u"  "_s
                    << enumLabel(row.suggestion.field) << u": "_s
                    << suggestionrules::suggestedText(row.suggestion) << u"  ["_s
                    << enumLabel(row.confidence).toLower() << u"]\n"_s;
        if (!row.passage.isEmpty())
            context.out << u"          “"_s << row.passage << u"”\n"_s;
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
