// SPDX-License-Identifier: GPL-3.0-or-later
// casebench-cli: the command-line tool. The commands live in the command table (commandtable.cpp).
#include "cli.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace {

/// `export` writes bundles, whose text is laid out with Qt Gui's fonts: it needs a
/// QGuiApplication, on the offscreen platform unless another is asked for, so that no display is
/// needed. Every other command runs on a QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casebench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Casebench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBENCH_VERSION));

    const bool styled = isatty(fileno(stdout)) != 0 && qEnvironmentVariableIsEmpty("NO_COLOR");
    // Titles, names and messages may come from untrusted files: no control character of theirs
    // reaches the terminal.
    casebench::cli::TerminalSafeDevice safeOut(stdout, styled);
    casebench::cli::TerminalSafeDevice safeErr(stderr, false);
    QTextStream out(&safeOut);
    QTextStream err(&safeErr);
    return casebench::cli::run(QCoreApplication::arguments(), {out, err, styled});
}
