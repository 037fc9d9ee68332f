// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The handlers behind the rows of the command table (commandtable.cpp), one file each.

#include "clicontext.h"

#include "import/acceptance.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace casebench {
class LibrarySession;
}

namespace casebench::cli {

/// init: creates an empty library with the default codebook.
ExitCode runInit(CliContext &context, const CommandInput &input);

/// demo: creates a library holding the demo cases.
ExitCode runDemo(CliContext &context, const CommandInput &input);

/// cases: the case table, filtered by --regulator, --profession, --sanction and --year.
QList<QCommandLineOption> casesOptions();
ExitCode runCases(CliContext &context, const CommandInput &input);

/// show REF: one case in full; --with-text adds the documents' text to the JSON.
QList<QCommandLineOption> showOptions();
ExitCode runShow(CliContext &context, const CommandInput &input);

/// check: integrity, schema version and counts; exit 3 when problems are found.
ExitCode runCheck(CliContext &context, const CommandInput &input);

/// backups [--remove FILE]... [--remove-all]: the migration backups beside the library file,
/// listed or removed (nothing but a backup of this library can be removed).
QList<QCommandLineOption> backupsOptions();
ExitCode runBackups(CliContext &context, const CommandInput &input);

/// import FILE...: imports decision files (or folders) into --case REF or new cases; exit 2
/// when any file failed (the others are still imported).
QList<QCommandLineOption> importOptions();
ExitCode runImport(CliContext &context, const CommandInput &input);

/// suggestions REF [--accept [--confident]]: a case's open import suggestions with confidence
/// and passage; --accept accepts them by the rules of Accept All.
QList<QCommandLineOption> suggestionsOptions();
ExitCode runSuggestions(CliContext &context, const CommandInput &input);

/// What accepting one case's suggestions did (import --accept, suggestions --accept).
struct AcceptanceReport
{
    bool ok = false;
    QString error;     ///< why nothing was accepted
    QJsonObject json;  ///< accepted, skipped, notes, history, current_sanction, title, registrant
    QStringList lines; ///< the same in words
};
/// Accepts a case's open suggestions (acceptance::plan() through the session), as one edit.
AcceptanceReport acceptCase(LibrarySession &session, CaseId id, AcceptScope scope);

/// precedents REF: the cases most like REF, with score, its parts, shared and distinguishing
/// factors, outcome and the sanction picture; --top, weights and case filters.
QList<QCommandLineOption> precedentsOptions();
ExitCode runPrecedents(CliContext &context, const CommandInput &input);

/// compare REF1 REF2: the factor table of two cases and their linked passages.
ExitCode runCompare(CliContext &context, const CommandInput &input);

/// search QUERY: full-text search with snippets and citations; --limit and case filters.
QList<QCommandLineOption> searchOptions();
ExitCode runSearch(CliContext &context, const CommandInput &input);

/// generate-corpus PATH --cases N --seed S: a new library of synthetic cases.
QList<QCommandLineOption> generateCorpusOptions();
ExitCode runGenerateCorpus(CliContext &context, const CommandInput &input);

/// export REF --format pdf|html|csv|json|qdpx -o FILE [--anonymise] [--preset P] [--force].
QList<QCommandLineOption> exportOptions();
ExitCode runExport(CliContext &context, const CommandInput &input);

/// import-json FILE [--as REF]: adds a case from a case JSON file (written by export --format
/// json).
QList<QCommandLineOption> importJsonOptions();
ExitCode runImportJson(CliContext &context, const CommandInput &input);

/// import-qdpx FILE [--case REF | --new-case] [--map "Code=factor_key"]... [--create-missing]:
/// a REFI-QDA project's text sources and codings as documents and passages, in one transaction.
QList<QCommandLineOption> importQdpxOptions();
ExitCode runImportQdpx(CliContext &context, const CommandInput &input);

/// anonymisation REF [--suggest]: a case's anonymisation list (the registrant's names and the
/// stored entries), how often each is found; --suggest adds what the suggester finds (unsaved).
QList<QCommandLineOption> anonymisationOptions();
ExitCode runAnonymisation(CliContext &context, const CommandInput &input);

/// copy-library SRC DST: copies every table of a library (file or postgresql:// URL) into a new
/// file or an empty PostgreSQL database, under the same ids, in one transaction.
ExitCode runCopyLibrary(CliContext &context, const CommandInput &input);

} // namespace casebench::cli
