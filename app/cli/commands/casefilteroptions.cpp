// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilteroptions.h"

#include "clicontext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString regulatorOption = u"regulator"_s;
const QString professionOption = u"profession"_s;
const QString fromOption = u"from"_s;
const QString toOption = u"to"_s;
const QString sanctionOption = u"sanction"_s;
const QString groundOption = u"ground"_s;
const QString noSanction = u"none"_s;

QStringList values(const QCommandLineParser &options, const QString &name)
{
    QStringList list;
    for (const QString &value : options.values(name)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                list.append(part.trimmed());
        }
    }
    if (options.isSet(name) && list.isEmpty())
        throw inputError(Tr::tr("The --%1 filter is empty.").arg(name));
    return list;
}

template <typename E>
E parse(const QString &value, const QString &what)
{
    if (const auto parsed = enumFromIdentifier<E>(value.toLower()))
        return *parsed;
    throw inputError(Tr::tr("Unknown %1 “%2”; use one of: %3.")
                         .arg(what, value, enumIdentifiers<E>().join(u", "_s)));
}

int year(const QCommandLineParser &options, const QString &name)
{
    const QString value = options.value(name).trimmed();
    bool ok = false;
    const int y = value.toInt(&ok);
    if (!ok || y < 1900 || y > 2999)
        throw inputError(
            Tr::tr("“%1” is not a year; give four digits between 1900 and 2999, such as 2021.")
                .arg(value));
    return y;
}

} // namespace

QList<QCommandLineOption> caseFilterOptions()
{
    return {
        QCommandLineOption(
            regulatorOption,
            Tr::tr("Only cases of these regulators (hcpc, swe, nmc, gmc, …; commas between)."),
            u"IDS"_s),
        QCommandLineOption(professionOption,
                           Tr::tr("Only cases of these professions (whole names, any case)."),
                           u"NAMES"_s),
        QCommandLineOption(fromOption, Tr::tr("Only cases decided in or after this year."),
                           u"YEAR"_s),
        QCommandLineOption(toOption, Tr::tr("Only cases decided in or before this year."),
                           u"YEAR"_s),
        QCommandLineOption(
            sanctionOption,
            Tr::tr("Only cases that ended with these orders (caution_order, …, or none)."),
            u"TYPES"_s),
        QCommandLineOption(
            groundOption,
            Tr::tr("Only cases on any of these grounds (misconduct, lack_of_competence, …)."),
            u"IDS"_s),
    };
}

CaseFilters parseCaseFilters(const QCommandLineParser &options)
{
    CaseFilters f;
    for (const QString &v : values(options, regulatorOption))
        f.regulators.append(parse<Regulator>(v, Tr::tr("regulator")));
    f.professions = values(options, professionOption);
    if (options.isSet(fromOption))
        f.yearFrom = year(options, fromOption);
    if (options.isSet(toOption))
        f.yearTo = year(options, toOption);
    if (f.yearFrom && f.yearTo && *f.yearFrom > *f.yearTo)
        throw inputError(Tr::tr("The years run backwards: --from %1 is after --to %2.")
                             .arg(*f.yearFrom)
                             .arg(*f.yearTo));
    for (const QString &v : values(options, sanctionOption)) {
        if (v.compare(noSanction, Qt::CaseInsensitive) == 0) {
            f.sanctions.append(std::nullopt);
        } else if (const auto type = enumFromIdentifier<SanctionType>(v.toLower())) {
            f.sanctions.append(*type);
        } else {
            throw inputError(
                Tr::tr("Unknown sanction type “%1”; use one of: %2.")
                    .arg(v, (enumIdentifiers<SanctionType>() << noSanction).join(u", "_s)));
        }
    }
    for (const QString &v : values(options, groundOption))
        f.grounds.append(parse<StatutoryGround>(v, Tr::tr("ground")));
    return f;
}

QJsonObject caseFiltersJson(const CaseFilters &filters)
{
    QJsonObject o;
    auto list = [](const auto &items, auto toText) {
        QJsonArray array;
        for (const auto &item : items)
            array.append(toText(item));
        return array;
    };
    if (!filters.regulators.isEmpty())
        o.insert(u"regulators"_s,
                 list(filters.regulators, [](Regulator r) { return enumIdentifier(r); }));
    if (!filters.professions.isEmpty())
        o.insert(u"professions"_s, QJsonArray::fromStringList(filters.professions));
    if (filters.yearFrom)
        o.insert(u"from"_s, *filters.yearFrom);
    if (filters.yearTo)
        o.insert(u"to"_s, *filters.yearTo);
    if (!filters.sanctions.isEmpty()) {
        o.insert(u"sanctions"_s, list(filters.sanctions, [](const std::optional<SanctionType> &s) {
                     return s ? enumIdentifier(*s) : u"none"_s;
                 }));
    }
    if (!filters.grounds.isEmpty())
        o.insert(u"grounds"_s,
                 list(filters.grounds, [](StatutoryGround g) { return enumIdentifier(g); }));
    return o;
}

int intOption(const QCommandLineParser &options, const QString &name, int fallback, int min,
              int max)
{
    if (!options.isSet(name))
        return fallback;
    const QString value = options.value(name).trimmed();
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        throw inputError(Tr::tr("--%1 takes a whole number from %2 to %3, not “%4”.")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(value));
    return n;
}

} // namespace casebench::cli
