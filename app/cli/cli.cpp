// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "clicontext.h"
#include "commandtable.h"
#include "model/libraryerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString programName = u"casebench-cli"_s;

struct GlobalOptions
{
    QCommandLineOption library{
        {u"l"_s, u"library"_s},
        Tr::tr("The library file (default: the CASEBENCH_LIBRARY environment variable)."),
        u"PATH"_s};
    QCommandLineOption json{u"json"_s, Tr::tr("Write machine-readable JSON instead of text.")};
    QCommandLineOption help{{u"h"_s, u"help"_s},
                            Tr::tr("Show this help; after a command, that command's help.")};
    QCommandLineOption version{{u"v"_s, u"version"_s}, Tr::tr("Show the version.")};

    [[nodiscard]] QList<QCommandLineOption> all() const { return {library, json, help, version}; }
};

/// The command's name: the first argument that is neither an option nor the value of
/// --library. Found before parsing because the command decides which options are allowed.
QString findCommandName(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--"_s)
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (arg == u"-l"_s || arg == u"--library"_s) {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-') || arg == u"-"_s)
            return arg;
    }
    return {};
}

QString optionLines(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append(name.size() == 1 ? u"-"_s + name : u"--"_s + name);
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        if (option.names().constFirst().size() > 1)
            left.prepend(u"    "_s);
        text += u"  "_s + left.leftJustified(24) + u' ' + option.description() + u'\n';
    }
    return text;
}

QString globalHelp(const GlobalOptions &global)
{
    QString text = Tr::tr("Usage: %1 [--library PATH] [--json] COMMAND [arguments] [options]")
                       .arg(programName)
                   + u"\n\n"_s
                   + Tr::tr("Looks into a Casebench case library from the command line.")
                   + u"\n\n"_s + Tr::tr("Global options:") + u'\n' + optionLines(global.all())
                   + u'\n' + Tr::tr("Commands:") + u'\n';
    for (const Command &command : commandTable())
        text += u"  "_s
                + QStringList(QStringList{command.name} + command.arguments)
                      .join(u' ')
                      .leftJustified(24)
                + u' ' + command.summary + u'\n';
    text
        += u'\n'
           + Tr::tr("Run '%1 COMMAND --help' for a command's arguments and options.")
                 .arg(programName)
           + u'\n'
           + Tr::tr(
               "Exit status: 0 success, 1 usage error, 2 bad input, 3 library error or problems found.")
           + u'\n';
    return text;
}

QString commandHelp(const Command &command)
{
    QString text
        = Tr::tr("Usage: %1 [--library PATH] [--json] %2").arg(programName, command.synopsis())
          + u"\n\n"_s + command.summary + u'\n';
    if (!command.options.isEmpty())
        text += u'\n' + Tr::tr("Options:") + u'\n' + optionLines(command.options);
    return text;
}

ExitCode exitCodeFor(LibraryError::Kind kind)
{
    using Kind = LibraryError::Kind;
    switch (kind) {
    case Kind::AlreadyExists:
    case Kind::Constraint:
    case Kind::NotFound:
    case Kind::InvalidQuery:
    case Kind::InvalidData:
        return ExitCode::BadInput;
    case Kind::FileNotFound:
    case Kind::NotALibrary:
    case Kind::Damaged:
    case Kind::TooNew:
    case Kind::Io:
    case Kind::Sql:
    case Kind::Conflict:
        break;
    }
    return ExitCode::LibraryFailure;
}

/// Parses the command line and runs the command; throws CliError or LibraryError.
ExitCode dispatch(const QStringList &arguments, CliContext &context)
{
    const GlobalOptions global;
    const QString name = findCommandName(arguments);
    const Command *command = name.isEmpty() ? nullptr : findCommand(name);
    if (!name.isEmpty() && !command)
        throw usageError(Tr::tr("Unknown command “%1”.").arg(name));

    QCommandLineParser parser;
    parser.addOptions(global.all());
    if (command)
        parser.addOptions(command->options);
    if (!parser.parse(arguments))
        throw usageError(parser.errorText());
    if (parser.isSet(global.help)) {
        context.out << (command ? commandHelp(*command) : globalHelp(global));
        return ExitCode::Success;
    }
    if (parser.isSet(global.version)) {
        context.out << programName << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return ExitCode::Success;
    }
    if (name.isEmpty())
        throw usageError(Tr::tr("No command was given."));

    const QStringList given = parser.positionalArguments().mid(1);
    if (given.size() < command->arguments.size()) {
        throw usageError(Tr::tr("The %1 command needs %2: %3 %4.")
                             .arg(command->name, command->arguments.join(u" and "_s), programName,
                                  command->synopsis()));
    }
    // A last argument named "FILE..." takes any number of values (at least one).
    const bool variadic = !command->arguments.isEmpty()
                          && command->arguments.constLast().endsWith(u"..."_s);
    if (!variadic && given.size() > command->arguments.size())
        throw usageError(Tr::tr("Unexpected argument “%1” after the %2 command.")
                             .arg(given.at(command->arguments.size()), command->name));

    context.libraryPath = parser.isSet(global.library) ? parser.value(global.library)
                                                       : qEnvironmentVariable("CASEBENCH_LIBRARY");
    context.json = parser.isSet(global.json);
    return command->handler(context, CommandInput{given, parser});
}

} // namespace

int run(const QStringList &arguments, const Streams &streams)
{
    // Output is held back until the command succeeds, so a failing command writes nothing to
    // stdout and a script never reads half a result.
    QString buffer;
    QTextStream out(&buffer);
    CliContext context{{}, false, streams.styled, out, streams.err};
    const auto fail = [&streams](ExitCode code, const QString &message) {
        streams.err << programName << u": "_s << message << u'\n';
        if (code == ExitCode::Usage)
            streams.err << Tr::tr("Try '%1 --help'.").arg(programName) << u'\n';
        streams.err.flush();
        return static_cast<int>(code);
    };
    ExitCode code = ExitCode::Success;
    try {
        code = dispatch(arguments, context);
    } catch (const CliError &error) {
        return fail(error.code(), error.message());
    } catch (const LibraryError &error) {
        return fail(exitCodeFor(error.kind()), error.message());
    } catch (const std::exception &error) {
        return fail(ExitCode::LibraryFailure, Tr::tr("An unexpected error stopped the command: %1.")
                                                  .arg(QString::fromUtf8(error.what())));
    }
    out.flush();
    streams.out << buffer;
    streams.out.flush();
    streams.err.flush();
    return static_cast<int>(code);
}

} // namespace casebench::cli
