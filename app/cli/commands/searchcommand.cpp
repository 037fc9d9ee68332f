// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefilteroptions.h"
#include "commands.h"

#include "analysis/librarysearch.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace casebench::cli {

namespace {

const QString limitOption = u"limit"_s;

/// The snippet with its matches marked: [[word]] in text, or bold on a terminal.
QString marked(const SearchHit &hit, const QString &open, const QString &close)
{
    QString text = hit.snippet;
    for (auto it = hit.highlights.crbegin(); it != hit.highlights.crend(); ++it) {
        text.insert(it->first + it->second, close);
        text.insert(it->first, open);
    }
    text.replace(u'\n', u' ');
    if (!hit.snippetStartsDocument)
        text.prepend(u"…"_s);
    if (!hit.snippetEndsDocument)
        text.append(u"…"_s);
    return text;
}

QJsonObject hitJson(const SearchHit &hit)
{
    QJsonArray highlights;
    for (const auto &[start, length] : hit.highlights)
        highlights.append(QJsonArray{start, length});
    return QJsonObject{
        {u"reference"_s, hit.caseReference},
        {u"document"_s, hit.document.value},
        {u"document_title"_s, hit.documentTitle},
        {u"offset"_s, hit.offset},
        {u"in_title"_s, hit.snippetFromTitle},
        {u"snippet"_s, hit.snippet},
        {u"highlights"_s, highlights},
        {u"score"_s, std::round(hit.score * 1000.0) / 1000.0},
    };
}

} // namespace

QList<QCommandLineOption> searchOptions()
{
    return QList<QCommandLineOption>{
               QCommandLineOption(limitOption, Tr::tr("How many documents to list (default 20)."),
                                  u"N"_s),
           }
           + caseFilterOptions();
}

ExitCode runSearch(CliContext &context, const CommandInput &input)
{
    const int limit = intOption(input.options, limitOption, 20, 1, 10000);
    const CaseFilters filters = parseCaseFilters(input.options);
    const QString query = input.arguments.at(0);
    // A malformed query is the user's input, not the library's fault: checked before opening.
    if (const QString problem = SearchRepository::queryProblem(query); !problem.isEmpty())
        throw inputError(SearchRepository::invalidQueryMessage(query, problem));
    const auto library = context.openLibrary();
    const SearchResult result = LibrarySearch(*library).search(query, filters, limit);
    if (context.json) {
        QJsonArray hits;
        for (const SearchHit &hit : result.hits)
            hits.append(hitJson(hit));
        context.writeJson(QJsonObject{{u"query"_s, query},
                                      {u"filters"_s, caseFiltersJson(filters)},
                                      {u"total"_s, result.total},
                                      {u"hits"_s, hits}});
        return ExitCode::Success;
    }
    const bool styled = context.styled;
    for (const SearchHit &hit : result.hits) {
        const QString where = hit.snippetFromTitle ? Tr::tr("title")
                                                   : Tr::tr("at %1").arg(hit.offset);
        context.out << context.heading(
            u"%1 · %2 · %3"_s.arg(hit.caseReference, hit.documentTitle, where))
                    << u'\n' << u"  "_s
                    << marked(hit, styled ? u"\x1b[1m"_s : u"[["_s, styled ? u"\x1b[0m"_s : u"]]"_s)
                    << u"\n"_s;
    }
    if (result.total == 0)
        context.out << Tr::tr("No document matches.") << u'\n';
    else if (result.total > result.hits.size())
        context.out << Tr::tr("%1 of %2 matching documents shown.")
                           .arg(result.hits.size())
                           .arg(result.total)
                    << u'\n';
    else
        context.out << (result.total == 1 ? Tr::tr("1 matching document.")
                                          : Tr::tr("%1 matching documents.").arg(result.total))
                    << u'\n';
    return ExitCode::Success;
}

} // namespace casebench::cli
