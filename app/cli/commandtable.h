// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace casebench::cli {

using CommandHandler = ExitCode (*)(CliContext &context, const CommandInput &input);

/// One row of the command table: adding a command is adding a row and its handler.
struct Command
{
    QString name;                      ///< what the user types, e.g. "show"
    QStringList arguments;             ///< names of its required positional arguments, e.g. {"REF"}
    QList<QCommandLineOption> options; ///< options of its own, besides the global ones
    QString summary;                   ///< one line for --help
    CommandHandler handler;

    /// "show REF [--with-text]": the name, its arguments and its options, for help and errors.
    [[nodiscard]] QString synopsis() const;
};

/// Every command, in the order --help lists them.
const QList<Command> &commandTable();

/// The command with this name, or nullptr.
const Command *findCommand(QStringView name);

} // namespace casebench::cli
