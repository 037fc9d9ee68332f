// SPDX-License-Identifier: GPL-3.0-or-later
// casebench-cli run from a test as a user runs it: the program ctest points to, an environment
// in which only --library chooses the library, and what the program printed.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace casebench::test {

/// What one run left: the exit code (-1 when the program did not finish normally, the reason
/// then in err) and both outputs.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    /// The error output is one line (with its newline) and nothing else.
    [[nodiscard]] bool errIsOneLine() const { return err.endsWith('\n') && err.count('\n') == 1; }
    /// The error output is one sentence from the tool: "casebench-cli: … ." on one line.
    [[nodiscard]] bool errIsOneSentence() const
    {
        return errIsOneLine() && err.endsWith(".\n") && err.startsWith("casebench-cli: ");
    }
};

/// casebench-cli in the folder ctest names in CASEBENCH_BIN_DIR.
inline QString cliProgram()
{
    return QDir(qEnvironmentVariable("CASEBENCH_BIN_DIR"))
        .filePath(QStringLiteral("casebench-cli"));
}

/// This process's environment without CASEBENCH_LIBRARY.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CASEBENCH_LIBRARY"));
    return environment;
}

/// Runs `program` with `arguments` and waits for it; one that has not finished after
/// `timeoutMs` is killed.
inline CliRun runCli(const QString &program, const QStringList &arguments,
                     const QProcessEnvironment &environment = cliEnvironment(),
                     int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        result.err = "process failed: " + process.errorString().toUtf8();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace casebench::test
