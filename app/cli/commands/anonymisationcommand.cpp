// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "export/anonymisationlist.h"
#include "export/anonymisationsuggester.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString suggestOption = u"suggest"_s;

QJsonObject toJson(const AnonymisationEntry &e)
{
    return QJsonObject{
        {u"id"_s, e.id > 0 ? QJsonValue(e.id) : QJsonValue()},
        {u"original"_s, e.original},
        {u"replacement"_s, e.replacement},
        {u"kind"_s, enumIdentifier(e.kind)},
        {u"confirmed"_s, e.confirmed},
        {u"stored"_s, e.id > 0},
    };
}

QString line(const AnonymisationEntry &e, const QString &mark, int occurrences)
{
    return u"  %1 %2 → %3  (%4%5)\n"_s.arg(mark, e.original, e.replacement, enumLabel(e.kind),
                                           occurrences >= 0 ? u", found %1"_s.arg(occurrences)
                                                            : QString());
}

} // namespace

QList<QCommandLineOption> anonymisationOptions()
{
    return {QCommandLineOption(
        suggestOption, Tr::tr("Also list what Suggest from Text would add (nothing is saved)."))};
}

ExitCode runAnonymisation(CliContext &context, const CommandInput &input)
{
    if (input.arguments.size() != 1)
        throw usageError(Tr::tr("anonymisation takes one case reference."));
    const QString reference = input.arguments.constFirst();
    auto library = context.openLibrary();
    const auto found = library->cases().findByReference(reference);
    if (!found) {
        throw inputError(Tr::tr("No case with reference “%1” in %2.")
                             .arg(reference, shownPath(context.libraryPath)));
    }
    const QList<AnonymisationEntry> list = anonymisation::effectiveList(
        *found, library->anonymisation().forCase(found->id));
    QStringList texts;
    for (const Document &d : library->documents().forCase(found->id, true))
        texts << d.text;
    const bool suggest = input.options.isSet(suggestOption);
    const QList<AnonymisationSuggestion> suggestions = suggest ? AnonymisationSuggester::suggest(
                                                           texts, list)
                                                               : QList<AnonymisationSuggestion>();

    if (context.json) {
        QJsonArray entries;
        for (const AnonymisationEntry &e : list)
            entries.append(toJson(e));
        QJsonObject result{{u"case"_s, found->reference}, {u"entries"_s, entries}};
        if (suggest) {
            QJsonArray suggested;
            for (const AnonymisationSuggestion &s : suggestions) {
                QJsonObject o = toJson(s.entry);
                o.insert(u"occurrences"_s, s.occurrences);
                suggested.append(o);
            }
            result.insert(u"suggestions"_s, suggested);
        }
        context.writeJson(result);
        return ExitCode::Success;
    }
    context.out << context.heading(Tr::tr("Anonymisation list of %1").arg(found->reference))
                << u"\n\n"_s;
    if (list.isEmpty())
        context.out << Tr::tr("  (empty)") << u'\n';
    for (const AnonymisationEntry &e : list) {
        AnonymisationEntry probe = e;
        probe.confirmed = true;
        const Anonymiser single({probe});
        int occurrences = 0;
        for (const QString &text : std::as_const(texts))
            occurrences += single.count(text);
        context.out << line(e, e.confirmed ? u"[x]"_s : u"[ ]"_s, occurrences);
    }
    if (suggest) {
        context.out << u'\n' << context.heading(Tr::tr("Suggestions (not saved)")) << u"\n\n"_s;
        if (suggestions.isEmpty())
            context.out << Tr::tr("  (none)") << u'\n';
        for (const AnonymisationSuggestion &s : suggestions)
            context.out << line(s.entry, u" + "_s, s.occurrences);
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
