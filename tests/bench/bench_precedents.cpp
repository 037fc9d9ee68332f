// SPDX-License-Identifier: GPL-3.0-or-later
// Precedents at scale, on a generated library (CorpusGenerator):
//  - precedent ranking, top 20 with explanations: the median over different cases, with the
//    profiles already read (the open library's state) and from cold (profiles read each time);
//  - the suggested factors of every case (phrase suggestions over every document): the first
//    time (an empty cache, as after starting the program) and again (cached); ranking with
//    suggestions left out (weight 0), as ranking was before they counted;
//  - full-text search through SearchRepository against the sqlite3 shell running the same FTS5
//    statement on the same file in the same run (the shell's own ".timer" figure);
//  - the case table's load (CaseRepository::summaries) and sort.
//
//   bench_precedents [--cases N] [--seed S] [--library PATH] [--runs R]
// The library is generated at PATH (default: a temporary file) unless it exists already.
#include "analysis/precedentranker.h"
#include "analysis/suggestedfactors.h"
#include "services/corpusgenerator.h"
#include "storage/analysisrepository.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/ftsquery.h"
#include "storage/library.h"
#include "storage/searchrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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

/// The sqlite3 shell's own timing of a statement run `runs` times (".timer on" lines), in ms.
QList<double> shellTimes(const QString &path, const QString &statement, int runs)
{
    QString script = u".output /dev/null\n.timer on\n"_s;
    for (int i = 0; i < runs; ++i)
        script += statement + u";\n"_s;
    QProcess shell;
    shell.setProcessChannelMode(QProcess::SeparateChannels);
    shell.start(u"sqlite3"_s, {u"-readonly"_s, path});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    const QString out = QString::fromUtf8(shell.readAllStandardOutput()
                                          + shell.readAllStandardError());
    static const QRegularExpression timer(u"Run Time: real ([0-9.]+)"_s);
    QList<double> times;
    for (auto it = timer.globalMatch(out); it.hasNext();)
        times.append(it.next().captured(1).toDouble() * 1000.0);
    if (times.size() != runs)
        print(u"  sqlite3 shell: expected %1 timings, got %2: %3"_s.arg(runs)
                  .arg(times.size())
                  .arg(out.left(300)));
    return times;
}

void benchRanking(Library &library, int runs)
{
    const int cases = library.cases().count();
    QElapsedTimer timer;
    // Suggested factors: the first time every document is searched; then only stamps are read.
    const QList<Factor> codebook = library.codebook().all();
    SuggestedFactors::clearCache();
    SuggestedFactors::Stats stats;
    timer.start();
    const auto suggested = SuggestedFactors::byCase(library, codebook, &stats);
    const double firstSuggestions = msSince(timer);
    qsizetype suggestedCount = 0;
    for (const QList<FactorId> &list : suggested)
        suggestedCount += list.size();
    QList<double> cachedSuggestions;
    for (int i = 0; i < std::max(3, runs / 2); ++i) {
        timer.restart();
        (void) SuggestedFactors::byCase(library, codebook);
        cachedSuggestions.append(msSince(timer));
    }
    print(u"suggested factors of every case (%1 documents searched, %2 case-factor pairs)"_s
              .arg(stats.computed)
              .arg(suggestedCount));
    print(u"  first time (empty cache): %1 ms;  cached: median %2 ms"_s
              .arg(firstSuggestions, 0, 'f', 1)
              .arg(median(cachedSuggestions), 0, 'f', 1));

    PrecedentRanker warm(library);
    timer.restart();
    (void) warm.profiles();
    const double load = msSince(timer);
    QList<double> warmTimes;
    QList<double> coldTimes;
    QList<double> textParts;
    int explained = 0;
    for (int i = 0; i < runs; ++i) {
        // Different cases spread over the library.
        const CaseId subject = warm.profiles().at((qsizetype(i) * 7919 + 13) % cases).id;
        timer.restart();
        const PrecedentResult r = warm.rank(subject, {}, 20);
        warmTimes.append(msSince(timer));
        explained += static_cast<int>(
            std::count_if(r.matches.cbegin(), r.matches.cend(),
                          [](const PrecedentMatch &m) { return !m.explanation.isEmpty(); }));
        PrecedentRanker cold(library);
        timer.restart();
        (void) cold.rank(subject, {}, 20);
        coldTimes.append(msSince(timer));
        // The text part alone (one BM25 query over the case's distinctive terms).
        PrecedentWeights onlyFactors;
        onlyFactors.text = 0;
        warm.setWeights(onlyFactors);
        timer.restart();
        (void) warm.rank(subject, {}, 20);
        textParts.append(warmTimes.constLast() - msSince(timer));
        warm.setWeights({});
    }
    // Suggestions left out: ranking as it was before they counted.
    QList<double> taggedOnlyTimes;
    {
        PrecedentWeights taggedOnly;
        taggedOnly.suggestedFactor = 0;
        PrecedentRanker ranker(library);
        ranker.setWeights(taggedOnly);
        (void) ranker.profiles();
        for (int i = 0; i < runs; ++i) {
            const CaseId subject = ranker.profiles().at((qsizetype(i) * 7919 + 13) % cases).id;
            timer.restart();
            (void) ranker.rank(subject, {}, 20);
            taggedOnlyTimes.append(msSince(timer));
        }
    }
    AnalysisRepository &repository = library.analysis();
    timer.restart();
    (void) repository.caseOutlines();
    const double casesMs = msSince(timer);
    timer.restart();
    (void) repository.lastSanctions();
    const double sanctionsMs = msSince(timer);
    timer.restart();
    (void) repository.factorsByCase();
    const double factorsMs = msSince(timer);
    print(u"ranking, top 20 with explanations (%1 runs, %2 explained rows)"_s.arg(runs).arg(
        explained));
    print(u"  reading profiles: cases %1 ms, sanctions %2 ms, factor sets %3 ms"_s
              .arg(casesMs, 0, 'f', 1)
              .arg(sanctionsMs, 0, 'f', 1)
              .arg(factorsMs, 0, 'f', 1));
    print(u"  profiles read once (library open):  %1 ms"_s.arg(load, 0, 'f', 1));
    print(u"  rank, profiles held:      median %1 ms  (min %2, max %3)"_s
              .arg(median(warmTimes), 0, 'f', 1)
              .arg(*std::min_element(warmTimes.cbegin(), warmTimes.cend()), 0, 'f', 1)
              .arg(*std::max_element(warmTimes.cbegin(), warmTimes.cend()), 0, 'f', 1));
    print(u"    of which text part:     median %1 ms"_s.arg(median(textParts), 0, 'f', 1));
    print(u"  rank, cold (reads profiles too): median %1 ms"_s.arg(median(coldTimes), 0, 'f', 1));
    print(u"  rank, profiles held, suggestions left out: median %1 ms"_s.arg(
        median(taggedOnlyTimes), 0, 'f', 1));
}

void benchSearch(Library &library, const QString &path, int runs)
{
    const QStringList queries{u"insulin"_s,
                              u"\"drug chart\""_s,
                              u"timesheet OR payroll"_s,
                              u"remedia*"_s,
                              u"safeguarding AND child NOT neglect"_s,
                              u"registrant"_s};
    print(
        u"full-text search, 20 hits with snippets (median of %1 runs; sqlite3 shell: its .timer)"_s
            .arg(runs));
    SearchRepository &repository = library.search();
    for (const QString &query : queries) {
        SearchRequest request;
        request.query = query;
        request.limit = 20;
        request.countAll = false;
        QList<double> ours;
        int hits = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            hits = static_cast<int>(repository.search(request).hits.size());
            ours.append(msSince(timer));
        }
        QString fts = ftsquery::parse(query).fts;
        fts.replace(u'\'', u"''"_s);
        QString statement = SearchRepository::searchStatement(request);
        statement.replace(u"MATCH ?"_s, u"MATCH '"_s + fts + u'\''); // both placeholders
        const double shell = median(shellTimes(path, statement.simplified(), runs));
        print(u"  %1  ours %2 ms  sqlite3 %3 ms  ratio %4  (%5 hits)"_s.arg(query, -36)
                  .arg(median(ours), 7, 'f', 2)
                  .arg(shell, 7, 'f', 2)
                  .arg(shell > 0 ? median(ours) / shell : 0, 5, 'f', 2)
                  .arg(hits));
    }
    SearchRequest counted;
    counted.query = u"registrant"_s;
    QList<double> withCount;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void) repository.search(counted);
        withCount.append(msSince(timer));
    }
    print(u"  (with the total counted, \"registrant\": %1 ms)"_s.arg(median(withCount), 0, 'f', 2));
}

void benchCaseTable(Library &library, int runs)
{
    QList<double> loads;
    QList<double> sorts;
    qsizetype rows = 0;
    for (int i = 0; i < std::max(3, runs / 2); ++i) {
        QElapsedTimer timer;
        timer.start();
        QList<CaseSummary> summaries = library.cases().summaries();
        loads.append(msSince(timer));
        rows = summaries.size();
        timer.restart();
        std::stable_sort(summaries.begin(), summaries.end(),
                         [](const CaseSummary &a, const CaseSummary &b) {
                             return a.caseRecord.decisionDate > b.caseRecord.decisionDate;
                         });
        std::stable_sort(
            summaries.begin(), summaries.end(), [](const CaseSummary &a, const CaseSummary &b) {
                return QString::localeAwareCompare(a.caseRecord.title, b.caseRecord.title) < 0;
            });
        sorts.append(msSince(timer));
    }
    print(u"case table (%1 rows): load %2 ms, sort by date then title %3 ms (medians)"_s.arg(rows)
              .arg(median(loads), 0, 'f', 1)
              .arg(median(sorts), 0, 'f', 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int cases = argument(args, u"--cases"_s, 10000);
    const int runs = std::max(11, argument(args, u"--runs"_s, 11));
    QTemporaryDir folder;
    QString path = folder.filePath(u"bench.casebench"_s);
    if (const qsizetype at = args.indexOf(u"--library"_s); at >= 0 && at + 1 < args.size())
        path = args.at(at + 1);
    if (QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty()) {
        print(u"the sqlite3 shell is needed (apt-get install sqlite3)"_s);
        return 1;
    }
    try {
        if (!QFileInfo::exists(path)) {
            CorpusGenerator::Options options;
            options.cases = cases;
            options.seed = static_cast<quint32>(argument(args, u"--seed"_s, 42));
            QElapsedTimer timer;
            timer.start();
            (void) CorpusGenerator::create(path, options);
            print(
                u"generated %1 cases in %2 s"_s.arg(cases).arg(msSince(timer) / 1000.0, 0, 'f', 1));
        }
        print(
            u"library %1: %2 MB"_s.arg(path).arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0));
        QElapsedTimer timer;
        timer.start();
        auto library = Library::open(path);
        print(u"opened in %1 ms; %2 cases"_s.arg(msSince(timer), 0, 'f', 1)
                  .arg(library->cases().count()));
        benchRanking(*library, runs);
        benchSearch(*library, path, runs);
        benchCaseTable(*library, runs);
    } catch (const std::exception &e) {
        print(QString::fromUtf8(e.what()));
        return 1;
    }
    return 0;
}
