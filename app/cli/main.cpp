// SPDX-License-Identifier: GPL-3.0-or-later
// casebench-cli: the command-line tool. The commands live in the command table (commandtable.cpp).
#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casebench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Casebench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBENCH_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const bool styled = isatty(fileno(stdout)) != 0 && qEnvironmentVariableIsEmpty("NO_COLOR");
    return casebench::cli::run(QCoreApplication::arguments(), {out, err, styled});
}
