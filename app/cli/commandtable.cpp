// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

#include "commands/commands.h"

using namespace Qt::StringLiterals;

namespace casebench::cli {

QString Command::synopsis() const
{
    QStringList parts{name};
    parts += arguments;
    for (const QCommandLineOption &option : options) {
        QString text = u"--"_s + option.names().constLast();
        if (!option.valueName().isEmpty())
            text += u' ' + option.valueName();
        parts.append(u'[' + text + u']');
    }
    return parts.join(u' ');
}

const QList<Command> &commandTable()
{
    static const QList<Command> table{
        {u"init"_s,
         {},
         {},
         Tr::tr("Create a new, empty library at --library (never overwrites a file)."),
         runInit},
        {u"demo"_s,
         {},
         {},
         Tr::tr("Create a library holding the demo cases at --library (never overwrites a file)."),
         runDemo},
        {u"cases"_s,
         {},
         casesOptions(),
         Tr::tr("List the cases with their current sanction, optionally filtered."),
         runCases},
        {u"show"_s,
         {u"REF"_s},
         showOptions(),
         Tr::tr("Show one case: its fields, sanction history, documents and passages."),
         runShow},
        {u"check"_s,
         {},
         {},
         Tr::tr(
             "Check the library's integrity and schema version; exits 3 when problems are found."),
         runCheck},
        {u"backups"_s,
         {},
         backupsOptions(),
         Tr::tr(
             "List the migration backups kept beside the library file (copies taken before an upgrade); --remove FILE or --remove-all deletes them."),
         runBackups},
        {u"import"_s,
         {u"FILE..."_s},
         importOptions(),
         Tr::tr(
             "Import decision files or folders into a case (--case REF) or new cases; --accept accepts each file's suggestions as Accept All does; exits 2 when a file failed."),
         runImport},
        {u"suggestions"_s,
         {u"REF"_s},
         suggestionsOptions(),
         Tr::tr(
             "List a case's open import suggestions with their confidence and passage; --accept accepts them as Accept All does (--confident: only the sure ones)."),
         runSuggestions},
        {u"precedents"_s,
         {u"REF"_s},
         precedentsOptions(),
         Tr::tr(
             "Rank the cases most like REF: score, its parts, shared and distinguishing factors, outcome."),
         runPrecedents},
        {u"compare"_s,
         {u"REF1"_s, u"REF2"_s},
         {},
         Tr::tr("Compare two cases: factor table, findings, outcomes and linked passages."),
         runCompare},
        {u"search"_s,
         {u"QUERY"_s},
         searchOptions(),
         Tr::tr(
             "Search the documents (words, \"phrases\", prefix*, AND/OR/NOT), with snippets and citations."),
         runSearch},
        {u"generate-corpus"_s,
         {u"PATH"_s},
         generateCorpusOptions(),
         Tr::tr(
             "Write a new library of N synthetic cases at PATH (--cases N --seed S), for tests and benchmarks."),
         runGenerateCorpus},
        {u"export"_s,
         {u"REF"_s},
         exportOptions(),
         Tr::tr(
             "Export one case: a pdf or html bundle (--preset aide-memoire|mitigation), csv, json or a REFI-QDA qdpx project; --anonymise applies its anonymisation list."),
         runExport},
        {u"import-json"_s,
         {u"FILE"_s},
         importJsonOptions(),
         Tr::tr(
             "Add a case from a case JSON file (export --format json), into this library; --as REF stores it under another reference."),
         runImportJson},
        {u"import-qdpx"_s,
         {u"FILE"_s},
         importQdpxOptions(),
         Tr::tr(
             "Import a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder): text sources as documents, codings as passages; --map \"Code=factor_key\", --create-missing."),
         runImportQdpx},
        {u"anonymisation"_s,
         {u"REF"_s},
         anonymisationOptions(),
         Tr::tr(
             "List a case's anonymisation list: each name or identifier, its replacement, kind, whether confirmed and how often found; --suggest adds suggestions from the text (not saved)."),
         runAnonymisation},
        {u"copy-library"_s,
         {u"SRC"_s, u"DST"_s},
         {},
         Tr::tr(
             "Copy a whole library (a file or a postgresql:// URL) into a new file or an empty PostgreSQL database, under the same ids; --library is not used."),
         runCopyLibrary},
    };
    return table;
}

const Command *findCommand(QStringView name)
{
    for (const Command &command : commandTable()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace casebench::cli
