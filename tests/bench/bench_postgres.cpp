// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL next to SQLite, in the same run, on the same generated library (CorpusGenerator, same
// seed): precedent ranking (top 20 with explanations, profiles held and cold) and full-text
// search (20 hits with snippets, and with the total counted). Prints medians and PG/SQLite ratios.
//
//   bench_postgres --postgres URL [--cases N] [--seed S] [--runs R] [--library PATH]
// URL names an empty PostgreSQL database (the library is generated into it) or one this benchmark
// filled before with the same --cases and --seed (it is then reused). PATH likewise for SQLite
// (default: a temporary file).
#include "analysis/precedentranker.h"
#include "services/corpusgenerator.h"
#include "storage/caserepository.h"
#include "storage/library.h"
#include "storage/searchrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

QString textArgument(const QStringList &args, const QString &name)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
}

const QStringList searchQueries{u"insulin"_s,
                                u"\"drug chart\""_s,
                                u"timesheet OR payroll"_s,
                                u"remedia*"_s,
                                u"safeguarding AND child NOT neglect"_s,
                                u"registrant"_s};

/// What one backend measured, in ms.
struct Figures
{
    double generate = -1;
    double profiles = 0;
    double warm = 0;
    double cold = 0;
    QList<double> search; ///< per query, 20 hits with snippets
    QList<int> hits;
    double counted = 0; ///< "registrant" with the total counted
};

std::unique_ptr<Library> openOrGenerate(const QString &location, int cases, quint32 seed,
                                        Figures &figures)
{
    const Library::Inspection inspection = Library::inspect(location);
    if (inspection.isLibrary && inspection.problem.isEmpty()) {
        auto library = Library::open(location);
        if (library->cases().count() == cases)
            return library;
        throw std::runtime_error(qPrintable(
            u"%1 holds a library of another size; give an empty database or a new file"_s.arg(
                location)));
    }
    CorpusGenerator::Options options;
    options.cases = cases;
    options.seed = seed;
    QElapsedTimer timer;
    timer.start();
    auto library = Library::create(location);
    CorpusGenerator::populate(*library, options);
    figures.generate = msSince(timer);
    return library;
}

void measure(Library &library, int runs, Figures &f)
{
    QElapsedTimer timer;
    PrecedentRanker warm(library);
    timer.start();
    const int cases = static_cast<int>(warm.profiles().size());
    f.profiles = msSince(timer);
    QList<double> warmTimes;
    QList<double> coldTimes;
    for (int i = 0; i < runs; ++i) {
        const CaseId subject = warm.profiles().at((qsizetype(i) * 7919 + 13) % cases).id;
        timer.restart();
        const PrecedentResult r = warm.rank(subject, {}, 20);
        warmTimes.append(msSince(timer));
        if (r.matches.isEmpty() || r.matches.constFirst().explanation.isEmpty())
            throw std::runtime_error("a ranking came back without explained matches");
        PrecedentRanker cold(library);
        timer.restart();
        (void) cold.rank(subject, {}, 20);
        coldTimes.append(msSince(timer));
    }
    f.warm = median(warmTimes);
    f.cold = median(coldTimes);
    SearchRepository &search = library.search();
    for (const QString &query : searchQueries) {
        SearchRequest request;
        request.query = query;
        request.limit = 20;
        request.countAll = false;
        QList<double> times;
        int hits = 0;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            hits = static_cast<int>(search.search(request).hits.size());
            times.append(msSince(timer));
        }
        f.search.append(median(times));
        f.hits.append(hits);
    }
    SearchRequest counted;
    counted.query = u"registrant"_s;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        (void) search.search(counted);
        times.append(msSince(timer));
    }
    f.counted = median(times);
}

QString row(const QString &what, double sqlite, double postgres)
{
    return u"  %1 %2 ms %3 ms   x%4"_s.arg(what, -40)
        .arg(sqlite, 9, 'f', 2)
        .arg(postgres, 9, 'f', 2)
        .arg(sqlite > 0 ? postgres / sqlite : 0, 6, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int cases = argument(args, u"--cases"_s, 10000);
    const int runs = std::max(11, argument(args, u"--runs"_s, 11));
    const auto seed = static_cast<quint32>(argument(args, u"--seed"_s, 42));
    const QString url = textArgument(args, u"--postgres"_s);
    if (!Library::isUrl(url)) {
        print(
            u"give an empty PostgreSQL database: --postgres postgresql://user@host:port/dbname"_s);
        return 1;
    }
    QTemporaryDir folder;
    QString path = textArgument(args, u"--library"_s);
    if (path.isEmpty())
        path = folder.filePath(u"bench.casebench"_s);
    try {
        Figures sqlite;
        Figures postgres;
        auto fileLibrary = openOrGenerate(path, cases, seed, sqlite);
        auto serverLibrary = openOrGenerate(url, cases, seed, postgres);
        print(
            u"%1 cases, seed %2, medians of %3 runs;   SQLite   PostgreSQL   PG/SQLite"_s.arg(cases)
                .arg(seed)
                .arg(runs));
        if (sqlite.generate >= 0 && postgres.generate >= 0)
            print(row(u"generating the library"_s, sqlite.generate, postgres.generate));
        measure(*fileLibrary, runs, sqlite);
        measure(*serverLibrary, runs, postgres);
        print(u"precedent ranking, top 20 with explanations"_s);
        print(row(u"reading the profiles"_s, sqlite.profiles, postgres.profiles));
        print(row(u"rank, profiles held"_s, sqlite.warm, postgres.warm));
        print(row(u"rank, cold (reads profiles too)"_s, sqlite.cold, postgres.cold));
        print(u"full-text search, 20 hits with snippets (hits SQLite/PostgreSQL)"_s);
        for (qsizetype i = 0; i < searchQueries.size(); ++i) {
            print(row(u"%1 (%2/%3)"_s.arg(searchQueries.at(i))
                          .arg(sqlite.hits.at(i))
                          .arg(postgres.hits.at(i)),
                      sqlite.search.at(i), postgres.search.at(i)));
        }
        print(row(u"registrant, with the total counted"_s, sqlite.counted, postgres.counted));
        print(row(u"search, median of the queries"_s, median(sqlite.search),
                  median(postgres.search)));
    } catch (const std::exception &e) {
        print(QString::fromUtf8(e.what()));
        return 1;
    }
    return 0;
}
