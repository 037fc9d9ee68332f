// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "export/casejson.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "textformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString regulatorOption = u"regulator"_s;
const QString professionOption = u"profession"_s;
const QString sanctionOption = u"sanction"_s;
const QString yearOption = u"year"_s;
/// --sanction none: cases whose history leaves no order standing.
const QString noSanction = u"none"_s;
constexpr qsizetype titleWidth = 48;

/// The filters given on the command line; an unset one lets every case through.
struct CaseFilter
{
    std::optional<Regulator> regulator;
    QString profession;
    std::optional<std::optional<SanctionType>> sanction; ///< set to nothing for "none"
    std::optional<int> year;

    [[nodiscard]] bool isActive() const
    {
        return regulator || !profession.isEmpty() || sanction || year;
    }
    [[nodiscard]] bool accepts(const CaseSummary &summary) const;
};

bool CaseFilter::accepts(const CaseSummary &summary) const
{
    const Case &c = summary.caseRecord;
    if (regulator && c.regulator != *regulator)
        return false;
    if (!profession.isEmpty() && !c.profession.contains(profession, Qt::CaseInsensitive))
        return false;
    if (year && c.year() != *year)
        return false;
    if (sanction) {
        const std::optional<SanctionType> current = summary.currentSanction ? std::optional(
                                                        summary.currentSanction->type)
                                                                            : std::nullopt;
        if (current != *sanction)
            return false;
    }
    return true;
}

template <typename E>
E parseIdentifier(const QString &value, const QString &what)
{
    if (const auto parsed = enumFromIdentifier<E>(value.trimmed().toLower()))
        return *parsed;
    throw inputError(Tr::tr("Unknown %1 “%2”; use one of: %3.")
                         .arg(what, value, enumIdentifiers<E>().join(u", "_s)));
}

CaseFilter parseFilter(const QCommandLineParser &options)
{
    CaseFilter filter;
    if (options.isSet(regulatorOption))
        filter.regulator = parseIdentifier<Regulator>(options.value(regulatorOption),
                                                      Tr::tr("regulator"));
    if (options.isSet(professionOption)) {
        filter.profession = options.value(professionOption).trimmed();
        if (filter.profession.isEmpty())
            throw inputError(Tr::tr(
                "The --profession filter is empty; give part of a profession, such as “nurse”."));
    }
    if (options.isSet(sanctionOption)) {
        const QString value = options.value(sanctionOption);
        if (value.trimmed().compare(noSanction, Qt::CaseInsensitive) == 0) {
            filter.sanction = std::optional<SanctionType>();
        } else if (const auto type = enumFromIdentifier<SanctionType>(value.trimmed().toLower())) {
            filter.sanction = type;
        } else {
            throw inputError(
                Tr::tr("Unknown sanction type “%1”; use one of: %2.")
                    .arg(value, (enumIdentifiers<SanctionType>() << noSanction).join(u", "_s)));
        }
    }
    if (options.isSet(yearOption)) {
        const QString value = options.value(yearOption);
        bool ok = false;
        const int year = value.trimmed().toInt(&ok);
        if (!ok || year < 1900 || year > 2999)
            throw inputError(
                Tr::tr("“%1” is not a year; give four digits between 1900 and 2999, such as 2021.")
                    .arg(value));
        filter.year = year;
    }
    return filter;
}

QString tableText(const CliContext &context, const QList<CaseSummary> &shown, qsizetype total,
                  bool filtered)
{
    TextTable table({Tr::tr("REFERENCE"), Tr::tr("REGULATOR"), Tr::tr("PROFESSION"),
                     Tr::tr("DECIDED"), Tr::tr("CURRENT SANCTION"), Tr::tr("TITLE")});
    for (const CaseSummary &summary : shown) {
        const Case &c = summary.caseRecord;
        table.addRow({c.reference, enumLabel(c.regulator), c.profession, dateText(c.decisionDate),
                      summary.currentSanction ? orderText(*summary.currentSanction, c.regulator)
                                              : Tr::tr("none"),
                      shorten(c.title, titleWidth)});
    }
    QString text;
    if (!shown.isEmpty())
        text = context.styled ? table.render(u"\x1b[1m"_s, u"\x1b[0m"_s) : table.render();
    if (!filtered)
        text += total == 1 ? Tr::tr("1 case.") : Tr::tr("%1 cases.").arg(total);
    else if (shown.isEmpty())
        text += Tr::tr("No case matches the filters (%1 cases in the library).").arg(total);
    else
        text += Tr::tr("%1 of %2 cases match the filters.").arg(shown.size()).arg(total);
    return text + u'\n';
}

} // namespace

QList<QCommandLineOption> casesOptions()
{
    return {
        QCommandLineOption(regulatorOption,
                           Tr::tr("Only cases of this regulator (hcpc, swe, nmc, gmc, …)."),
                           u"ID"_s),
        QCommandLineOption(professionOption,
                           Tr::tr("Only cases whose profession contains this text."), u"TEXT"_s),
        QCommandLineOption(sanctionOption,
                           Tr::tr("Only cases whose current sanction is of this type (or none)."),
                           u"TYPE"_s),
        QCommandLineOption(yearOption, Tr::tr("Only cases decided in this year."), u"N"_s),
    };
}

ExitCode runCases(CliContext &context, const CommandInput &input)
{
    // Filters are checked before the library is opened: a typo is reported as such.
    const CaseFilter filter = parseFilter(input.options);
    const auto library = context.openLibrary();
    const QList<CaseSummary> all = library->cases().summaries();
    QList<CaseSummary> shown;
    for (const CaseSummary &summary : all) {
        if (filter.accepts(summary))
            shown.append(summary);
    }
    if (context.json) {
        QJsonArray array;
        for (const CaseSummary &summary : shown)
            array.append(casejson::toJson(summary));
        context.writeJson(array);
    } else {
        context.out << tableText(context, shown, all.size(), filter.isActive());
    }
    return ExitCode::Success;
}

} // namespace casebench::cli
