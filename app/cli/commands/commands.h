// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The handlers behind the rows of the command table (commandtable.cpp), one file each.

#include "clicontext.h"

#include <QCommandLineOption>
#include <QList>

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

} // namespace casebench::cli
