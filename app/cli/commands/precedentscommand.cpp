// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilteroptions.h"
#include "commands.h"

#include "analysis/precedentranker.h"
#include "analysis/sanctionpicture.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "textformat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString topOption = u"top"_s;
const QString factorsWeightOption = u"weight-factors"_s;
const QString textWeightOption = u"weight-text"_s;
const QString contextWeightOption = u"weight-context"_s;
const QString suggestedWeightOption = u"weight-suggested"_s;

double weightOption(const QCommandLineParser &options, const QString &name, double fallback)
{
    if (!options.isSet(name))
        return fallback;
    bool ok = false;
    const double w = options.value(name).trimmed().toDouble(&ok);
    if (!ok || w < 0 || w > 100)
        throw inputError(
            Tr::tr("--%1 takes a number from 0 to 100, not “%2”.").arg(name, options.value(name)));
    return w;
}

QJsonArray factorKeys(const QList<Factor> &factors)
{
    QJsonArray array;
    for (const Factor &f : factors)
        array.append(f.key);
    return array;
}

/// Each shared factor with what it rests on: "tagged" in both cases, or "suggested" by the
/// codebook's phrases in at least one of them.
QJsonArray sharedJson(const PrecedentMatch &m)
{
    QJsonArray array;
    for (const Factor &f : m.shared) {
        array.append(
            QJsonObject{{u"key"_s, f.key},
                        {u"evidence"_s, m.isSuggested(f.id) ? u"suggested"_s : u"tagged"_s}});
    }
    return array;
}

QJsonObject outcomeJson(const CaseProfile &p)
{
    QJsonObject o;
    o.insert(u"type"_s, p.sanction ? QJsonValue(enumIdentifier(p.sanction->type)) : QJsonValue());
    o.insert(u"months"_s, p.sanction && p.sanction->durationMonths
                              ? QJsonValue(*p.sanction->durationMonths)
                              : QJsonValue());
    o.insert(u"rank"_s, p.sanctionRank ? QJsonValue(*p.sanctionRank) : QJsonValue());
    o.insert(u"text"_s, outcomeText(p.sanction, p.regulator));
    return o;
}

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonObject matchJson(const PrecedentMatch &m, int rank)
{
    QJsonObject o;
    o.insert(u"rank"_s, rank);
    o.insert(u"reference"_s, m.precedent.reference);
    o.insert(u"title"_s, m.precedent.title);
    o.insert(u"regulator"_s, enumIdentifier(m.precedent.regulator));
    o.insert(u"profession"_s, m.precedent.profession);
    o.insert(u"year"_s, m.precedent.year);
    o.insert(u"score"_s, rounded(m.score));
    o.insert(u"parts"_s, QJsonObject{{u"factors"_s, rounded(m.factorScore)},
                                     {u"text"_s, rounded(m.textScore)},
                                     {u"context"_s, rounded(m.contextScore)}});
    o.insert(u"shared"_s, sharedJson(m));
    o.insert(u"only_in_case"_s, factorKeys(m.onlyInSubject));
    o.insert(u"only_in_precedent"_s, factorKeys(m.onlyInPrecedent));
    QJsonArray suggested;
    for (const QList<Factor> *list : {&m.shared, &m.onlyInSubject, &m.onlyInPrecedent}) {
        for (const Factor &f : *list) {
            if (m.isSuggested(f.id))
                suggested.append(f.key);
        }
    }
    o.insert(u"suggested"_s, suggested);
    o.insert(u"shares_all_aggravating"_s, m.sharesAllAggravating);
    o.insert(u"outcome"_s, outcomeJson(m.precedent));
    o.insert(u"explanation"_s, m.explanation);
    return o;
}

QJsonObject pictureJson(const SanctionPicture &picture)
{
    QJsonArray rungs;
    for (const SanctionPicture::Rung &r : picture.rungs()) {
        QJsonArray durations;
        for (int d : r.durationsMonths)
            durations.append(d);
        rungs.append(QJsonObject{
            {u"type"_s, enumIdentifier(r.type)}, {u"count"_s, r.count}, {u"months"_s, durations}});
    }
    QJsonArray outliers;
    for (const SanctionPicture::Point &p : picture.outliers()) {
        outliers.append(QJsonObject{{u"reference"_s, p.reference},
                                    {u"explaining_factors"_s, factorKeys(p.explainingFactors)},
                                    {u"note"_s, p.note}});
    }
    QJsonObject o{{u"rungs"_s, rungs},
                  {u"off_ladder"_s, picture.offLadderCount()},
                  {u"outliers"_s, outliers}};
    o.insert(u"typical_rank"_s,
             picture.typicalRank() ? QJsonValue(*picture.typicalRank()) : QJsonValue());
    return o;
}

QString pictureText(const SanctionPicture &picture)
{
    QStringList parts;
    for (const SanctionPicture::Rung &r : picture.rungs()) {
        if (r.count == 0)
            continue;
        QString part = u"%1 ×%2"_s.arg(enumLabel(r.type)).arg(r.count);
        if (!r.durationsMonths.isEmpty()) {
            const int lo = r.durationsMonths.constFirst();
            const int hi = r.durationsMonths.constLast();
            part += lo == hi ? u" (%1)"_s.arg(durationText(lo))
                             : u" (%1 to %2)"_s.arg(durationText(lo), durationText(hi));
        }
        parts.append(part);
    }
    if (picture.offLadderCount() > 0)
        parts.append(Tr::tr("no order or off the ladder ×%1").arg(picture.offLadderCount()));
    QString text = Tr::tr("Outcomes, least restrictive first: %1.")
                       .arg(parts.isEmpty() ? Tr::tr("none") : parts.join(u"; "_s))
                   + u'\n';
    for (const SanctionPicture::Point &p : picture.outliers())
        text += Tr::tr("Breaks the pattern: %1: %2.").arg(p.reference, p.note) + u'\n';
    return text;
}

} // namespace

QList<QCommandLineOption> precedentsOptions()
{
    QList<QCommandLineOption> options{
        QCommandLineOption(topOption, Tr::tr("How many precedents to list (default 20)."), u"N"_s),
        QCommandLineOption(factorsWeightOption,
                           Tr::tr("Weight of shared and distinguishing factors (default 0.6)."),
                           u"W"_s),
        QCommandLineOption(textWeightOption, Tr::tr("Weight of text similarity (default 0.25)."),
                           u"W"_s),
        QCommandLineOption(contextWeightOption,
                           Tr::tr("Weight of ground, profession and regulator (default 0.15)."),
                           u"W"_s),
        QCommandLineOption(
            suggestedWeightOption,
            Tr::tr(
                "How much a factor only suggested by the codebook's phrases counts against a tagged "
                "one, 0 to 1 (default 0.4; 0 counts tagged factors only)."),
            u"W"_s),
    };
    return options + caseFilterOptions();
}

ExitCode runPrecedents(CliContext &context, const CommandInput &input)
{
    const int top = intOption(input.options, topOption, 20, 1, 10000);
    const CaseFilters filters = parseCaseFilters(input.options);
    PrecedentWeights weights;
    weights.factors = weightOption(input.options, factorsWeightOption, weights.factors);
    weights.text = weightOption(input.options, textWeightOption, weights.text);
    weights.context = weightOption(input.options, contextWeightOption, weights.context);
    weights.suggestedFactor = weightOption(input.options, suggestedWeightOption,
                                           weights.suggestedFactor);
    if (weights.suggestedFactor > 1)
        throw inputError(
            Tr::tr("--%1 takes a number from 0 to 1, not “%2”.")
                .arg(suggestedWeightOption, input.options.value(suggestedWeightOption)));
    if (weights.factors + weights.text + weights.context <= 0)
        throw inputError(Tr::tr("At least one of the weights must be above 0."));

    const QString reference = input.arguments.at(0);
    const auto library = context.openLibrary();
    const auto found = library->cases().findByReference(reference);
    if (!found)
        throw inputError(Tr::tr("No case with reference “%1” in %2.")
                             .arg(reference, shownPath(context.libraryPath)));
    PrecedentRanker ranker(*library);
    ranker.setWeights(weights);
    const PrecedentResult result = ranker.rank(found->id, filters, top);
    const SanctionPicture picture = SanctionPicture::fromResult(result);

    if (context.json) {
        QJsonArray matches;
        for (qsizetype i = 0; i < result.matches.size(); ++i)
            matches.append(matchJson(result.matches.at(i), static_cast<int>(i + 1)));
        QJsonObject o{
            {u"case"_s, result.subject.reference},
            {u"outcome"_s, outcomeJson(result.subject)},
            {u"weights"_s, QJsonObject{{u"factors"_s, weights.factors},
                                       {u"text"_s, weights.text},
                                       {u"context"_s, weights.context},
                                       {u"suggested"_s, weights.suggestedFactor}}},
            {u"filters"_s, caseFiltersJson(filters)},
            {u"candidates"_s, result.candidates},
            {u"text_available"_s, !result.textUnavailable},
            {u"precedents"_s, matches},
            {u"sanction_picture"_s, pictureJson(picture)},
        };
        context.writeJson(o);
        return ExitCode::Success;
    }
    QTextStream &out = context.out;
    out << context.heading(Tr::tr("Precedents for %1 (%2 of %3 candidates)")
                               .arg(result.subject.reference)
                               .arg(result.matches.size())
                               .arg(result.candidates))
        << u'\n';
    if (result.matches.isEmpty())
        out << Tr::tr("No other case passes the filters.") << u'\n';
    for (qsizetype i = 0; i < result.matches.size(); ++i) {
        const PrecedentMatch &m = result.matches.at(i);
        out << u"%1. %2  %3  %4"_s.arg(i + 1, 2)
                   .arg(m.score, 0, 'f', 2)
                   .arg(m.precedent.reference, shorten(m.precedent.title, 48))
            << u'\n';
        out << u"    "_s
            << Tr::tr("factors %1 · text %2 · context %3")
                   .arg(m.factorScore, 0, 'f', 2)
                   .arg(m.textScore, 0, 'f', 2)
                   .arg(m.contextScore, 0, 'f', 2)
            << u'\n';
        out << wrapped(m.explanation, 74, u"    "_s).prepend(u"    "_s) << u'\n';
    }
    const bool anySuggested = std::any_of(
        result.matches.cbegin(), result.matches.cend(),
        [](const PrecedentMatch &m) { return !m.suggested.isEmpty(); });
    if (anySuggested)
        out << u'\n'
            << wrapped(
                   Tr::tr(
                       "Factors marked “suggested” rest on the codebook's phrases found in a decision, "
                       "not on a tagged passage; they count %1 of a tagged factor.")
                       .arg(weights.suggestedFactor, 0, 'g', 2),
                   74, QString())
            << u'\n';
    if (!result.matches.isEmpty())
        out << u'\n' << pictureText(picture);
    return ExitCode::Success;
}

} // namespace casebench::cli
