// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "analysis/casecomparison.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "textformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

CaseId requireCase(Library &library, const QString &reference, const QString &path)
{
    const auto found = library.cases().findByReference(reference);
    if (!found)
        throw inputError(
            Tr::tr("No case with reference “%1” in %2.").arg(reference, shownPath(path)));
    return found->id;
}

QJsonObject sideJson(const CaseProfile &p)
{
    QJsonArray grounds;
    for (StatutoryGround g : p.grounds)
        grounds.append(enumIdentifier(g));
    return QJsonObject{
        {u"reference"_s, p.reference},
        {u"title"_s, p.title},
        {u"regulator"_s, enumIdentifier(p.regulator)},
        {u"profession"_s, p.profession},
        {u"year"_s, p.year},
        {u"facts"_s, enumIdentifier(p.factsFinding)},
        {u"grounds"_s, grounds},
        {u"impairment"_s, enumIdentifier(p.impairment)},
        {u"outcome"_s, outcomeText(p.sanction, p.regulator)},
        {u"outcome_type"_s,
         p.sanction ? QJsonValue(enumIdentifier(p.sanction->type)) : QJsonValue()},
    };
}

QJsonArray passagesJson(const QList<Passage> &passages)
{
    QJsonArray array;
    for (const Passage &p : passages) {
        array.append(QJsonObject{{u"document"_s, p.document.value},
                                 {u"start"_s, p.start},
                                 {u"end"_s, p.end},
                                 {u"quote"_s, p.quote}});
    }
    return array;
}

QJsonObject spanJson(const CaseComparison::Span &s)
{
    return QJsonObject{{u"document"_s, s.document.value},
                       {u"start"_s, s.start},
                       {u"end"_s, s.end},
                       {u"text"_s, s.text}};
}

QJsonObject toJson(const CaseComparison &c)
{
    QJsonArray groups;
    for (const CaseComparison::FactorGroup &g : c.groups()) {
        QJsonArray rows;
        for (const CaseComparison::FactorRow &r : g.rows) {
            rows.append(QJsonObject{{u"factor"_s, r.factor.key},
                                    {u"name"_s, r.factor.name},
                                    {u"polarity"_s, enumIdentifier(r.factor.polarity)},
                                    {u"left"_s, passagesJson(r.left)},
                                    {u"right"_s, passagesJson(r.right)}});
        }
        groups.append(QJsonObject{{u"category"_s, enumIdentifier(g.category)}, {u"rows"_s, rows}});
    }
    QJsonArray links;
    for (const CaseComparison::LinkedPassage &l : c.links()) {
        links.append(QJsonObject{{u"similarity"_s, std::round(l.similarity * 1000.0) / 1000.0},
                                 {u"left"_s, spanJson(l.left)},
                                 {u"right"_s, spanJson(l.right)}});
    }
    return QJsonObject{{u"left"_s, sideJson(c.left())},
                       {u"right"_s, sideJson(c.right())},
                       {u"factors"_s, groups},
                       {u"linked_passages"_s, links}};
}

QString findingsText(const CaseProfile &p)
{
    QStringList grounds;
    for (StatutoryGround g : p.grounds)
        grounds.append(enumLabel(g));
    return Tr::tr("facts %1; %2; %3")
        .arg(enumLabel(p.factsFinding).toLower(),
             grounds.isEmpty() ? Tr::tr("no ground") : grounds.join(u", "_s),
             enumLabel(p.impairment).toLower());
}

QString text(const CliContext &context, const CaseComparison &c)
{
    QString t;
    TextTable sides({QString(), c.left().reference, c.right().reference});
    sides.addRow({Tr::tr("Outcome"), outcomeText(c.left().sanction, c.left().regulator),
                  outcomeText(c.right().sanction, c.right().regulator)});
    sides.addRow({Tr::tr("Findings"), findingsText(c.left()), findingsText(c.right())});
    sides.addRow(
        {Tr::tr("Context"),
         u"%1, %2, %3"_s.arg(enumLabel(c.left().regulator), c.left().profession).arg(c.left().year),
         u"%1, %2, %3"_s.arg(enumLabel(c.right().regulator), c.right().profession)
             .arg(c.right().year)});
    t += context.styled ? sides.render(u"\x1b[1m"_s, u"\x1b[0m"_s) : sides.render();
    t += u'\n';

    TextTable factors(
        {Tr::tr("CATEGORY"), Tr::tr("FACTOR"), c.left().reference, c.right().reference});
    for (const CaseComparison::FactorGroup &g : c.groups()) {
        for (const CaseComparison::FactorRow &r : g.rows) {
            auto mark = [](const QList<Passage> &p) {
                return p.isEmpty()
                           ? u"-"_s
                           : (p.size() == 1 ? Tr::tr("yes") : Tr::tr("yes (%1)").arg(p.size()));
            };
            factors.addRow({enumLabel(g.category), r.factor.name, mark(r.left), mark(r.right)});
        }
    }
    if (factors.rowCount() > 0)
        t += context.styled ? factors.render(u"\x1b[1m"_s, u"\x1b[0m"_s) : factors.render();
    else
        t += Tr::tr("Neither case has tagged passages.") + u'\n';
    t += u'\n';
    if (c.links().isEmpty()) {
        t += Tr::tr("No passages of the two texts say nearly the same thing.") + u'\n';
        return t;
    }
    t += context.heading(Tr::tr("Linked passages (%1)").arg(c.links().size())) + u'\n';
    for (const CaseComparison::LinkedPassage &l : c.links()) {
        t += u"%1  %2 @%3: %4\n"_s.arg(l.similarity, 0, 'f', 2)
                 .arg(c.left().reference)
                 .arg(l.left.start)
                 .arg(shorten(l.left.text, 90));
        t += u"      %1 @%2: %3\n"_s.arg(c.right().reference)
                 .arg(l.right.start)
                 .arg(shorten(l.right.text, 90));
    }
    return t;
}

} // namespace

ExitCode runCompare(CliContext &context, const CommandInput &input)
{
    const auto library = context.openLibrary();
    const CaseId left = requireCase(*library, input.arguments.at(0), context.libraryPath);
    const CaseId right = requireCase(*library, input.arguments.at(1), context.libraryPath);
    if (left == right)
        throw inputError(Tr::tr("Give two different cases to compare, not “%1” twice.")
                             .arg(input.arguments.at(0)));
    const CaseComparison comparison = CaseComparison::compare(*library, left, right);
    if (context.json)
        context.writeJson(toJson(comparison));
    else
        context.out << text(context, comparison);
    return ExitCode::Success;
}

} // namespace casebench::cli
