// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace casebench::cli {

/// Where the tool writes and how.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
    bool styled = false; ///< out is a terminal
};

/// Runs `casebench-cli --library PATH COMMAND [options]`: parses the global options, finds the
/// command in the command table and runs it. Output reaches `out` only when the command
/// succeeds; every error is one sentence on `err`. Returns the exit code (see ExitCode).
int run(const QStringList &arguments, const Streams &streams);

} // namespace casebench::cli
