// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <exception>
#include <memory>

class QCommandLineParser;
class QJsonArray;
class QJsonObject;
class QTextStream;

namespace casebench {
class Library;
}

namespace casebench::cli {

/// The tool's exit status; scripts rely on these numbers.
enum class ExitCode : int {
    Success = 0,        ///< the command did what was asked
    Usage = 1,          ///< the command line itself is wrong (unknown command, missing argument)
    BadInput = 2,       ///< the request was understood but cannot be met (unknown reference, …)
    LibraryFailure = 3, ///< the library is missing, unreadable, damaged, too new or unsound
};

/// A message for the user with the exit code it leads to. Thrown by commands; the dispatcher
/// prints the message (one sentence) on stderr and exits with the code.
class CliError : public std::exception
{
public:
    CliError(ExitCode code, QString message);

    [[nodiscard]] ExitCode code() const noexcept { return m_code; }
    [[nodiscard]] const QString &message() const noexcept { return m_message; }
    [[nodiscard]] const char *what() const noexcept override { return m_utf8.constData(); }

private:
    ExitCode m_code;
    QString m_message;
    QByteArray m_utf8;
};

/// A mistake in the command line: exit 1, with a pointer to --help.
CliError usageError(const QString &message);
/// A request the tool understood but cannot meet: exit 2.
CliError inputError(const QString &message);

/// The translation context of the command-line tool's messages: Tr::tr("…").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::cli)
};
/// A file path as messages show it: native separators, in quotation marks.
QString shownPath(const QString &path);

/// What every command shares: where the library is, how to write, and where to.
struct CliContext
{
    QString libraryPath; ///< from --library or CASEBENCH_LIBRARY; empty when neither was given
    bool json = false;   ///< --json: machine-readable output
    bool styled = false; ///< stdout is a terminal: headings may be emphasised
    QTextStream &out;    ///< the command's result (written only when the command succeeds)
    QTextStream &err;    ///< notes for the user; errors are printed by the dispatcher

    /// The library path; a usage error when none was given.
    [[nodiscard]] QString requireLibraryPath() const;
    /// Opens the library, naming a missing file plainly. Notes a migration backup on err.
    [[nodiscard]] std::unique_ptr<Library> openLibrary() const;
    /// Refuses (exit 2) when something already exists at the library path.
    void refuseToOverwrite() const;

    void writeJson(const QJsonObject &object) const;
    void writeJson(const QJsonArray &array) const;
    /// A heading for text output, emphasised on a terminal.
    [[nodiscard]] QString heading(const QString &text) const;
};

/// What a command was given after its name: its positional arguments and its options.
struct CommandInput
{
    QStringList arguments;
    const QCommandLineParser &options;
};

} // namespace casebench::cli
