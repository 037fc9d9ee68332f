// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilteroptions.h"
#include "commands.h"

#include "services/corpusgenerator.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString casesOption = u"cases"_s;
const QString seedOption = u"seed"_s;
const QString progressOption = u"progress"_s;

} // namespace

QList<QCommandLineOption> generateCorpusOptions()
{
    return {
        QCommandLineOption(casesOption, Tr::tr("How many cases to write (1 to 1000000)."), u"N"_s),
        QCommandLineOption(seedOption,
                           Tr::tr("The seed: the same seed writes the same library (default 1)."),
                           u"S"_s),
        QCommandLineOption(progressOption, Tr::tr("Report progress on stderr after each batch.")),
    };
}

ExitCode runGenerateCorpus(CliContext &context, const CommandInput &input)
{
    if (!input.options.isSet(casesOption))
        throw usageError(Tr::tr("generate-corpus needs --cases N, the number of cases to write."));
    CorpusGenerator::Options options;
    options.cases = intOption(input.options, casesOption, 0, 1, 1000000);
    options.seed = static_cast<quint32>(intOption(input.options, seedOption, 1, 0, 2147483647));
    const QString path = input.arguments.at(0);
    if (QFileInfo::exists(path))
        throw inputError(Tr::tr("%1 already exists; generate-corpus never overwrites a file.")
                             .arg(shownPath(path)));
    const bool progress = input.options.isSet(progressOption);
    QElapsedTimer timer;
    timer.start();
    const auto library = CorpusGenerator::create(path, options, [&](int written, int total) {
        if (progress) {
            context.err << Tr::tr("%1 of %2 cases written").arg(written).arg(total) << u'\n';
            context.err.flush();
        }
        return true;
    });
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (context.json) {
        context.writeJson(QJsonObject{{u"library"_s, path},
                                      {u"cases"_s, options.cases},
                                      {u"seed"_s, static_cast<qint64>(options.seed)},
                                      {u"seconds"_s, seconds}});
    } else {
        context.out << Tr::tr("Wrote %1 synthetic cases (seed %2) to %3 in %4 s.")
                           .arg(options.cases)
                           .arg(options.seed)
                           .arg(shownPath(path))
                           .arg(seconds, 0, 'f', 1)
                    << u'\n';
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
