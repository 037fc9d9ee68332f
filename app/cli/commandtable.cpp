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
        {u"init"_s, {}, {}, tr("Create a new, empty library at --library (never overwrites a file)."), runInit},
        {u"demo"_s, {}, {}, tr("Create a library holding the demo cases at --library (never overwrites a file)."), runDemo},
        {u"cases"_s, {}, casesOptions(), tr("List the cases with their current sanction, optionally filtered."), runCases},
        {u"show"_s, {u"REF"_s}, showOptions(), tr("Show one case: its fields, sanction history, documents and passages."), runShow},
        {u"check"_s, {}, {}, tr("Check the library's integrity and schema version; exits 3 when problems are found."), runCheck},
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
