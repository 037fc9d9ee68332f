// SPDX-License-Identifier: GPL-3.0-or-later
// The precedents dock and the search dock on a large library, as the window uses them (on the
// UI thread, offscreen):
//  - the dock's refresh for a newly selected case (rank top 20 with explanations, fill the
//    model, the filters' choices, the sanction picture and the detail pane), warm: the case
//    profiles already read;
//  - the same after an edit (the profiles read again: what a re-rank after an edit costs);
//  - a search in the search dock (query, snippets, citations), for a few queries;
//  - opening the compare window on two cases (on the UI thread: two cases' documents).
// Both docks work on a background thread; the times are from the request to the list shown.
//
//   bench_precedentsui [--library PATH | --cases N] [--runs R]
// Without --library a library of N generated cases (default 2,000, 1-3 pages each) is written
// to a temporary folder. A --library file is opened as it is (use a copy: it may be upgraded).
#include "analysis/caseprofile.h"
#include "commands/librarysession.h"
#include "compare/comparewindow.h"
#include "precedents/precedentlistmodel.h"
#include "precedents/precedentsdock.h"
#include "search/searchdock.h"
#include "search/searchresultmodel.h"
#include "services/corpusgenerator.h"
#include "storage/library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace casebench;
using namespace casebench::ui;
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

QString argument(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

/// Runs the event loop until a dock's work on its worker is done.
template <typename Pending>
void waitUntilDone(Pending pending)
{
    while (pending())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = std::max(1, argument(args, u"--runs"_s, u"15"_s).toInt());
    QTemporaryDir folder;
    QString path = argument(args, u"--library"_s);
    std::unique_ptr<Library> library;
    if (path.isEmpty()) {
        CorpusGenerator::Options options;
        options.cases = argument(args, u"--cases"_s, u"2000"_s).toInt();
        options.minPages = 1;
        options.maxPages = 3;
        path = folder.filePath(u"bench.casebench"_s);
        library = CorpusGenerator::create(path, options);
    } else {
        library = Library::open(path);
    }
    LibrarySession session(std::move(library));
    const QList<CaseProfile> profiles = CaseProfile::loadAll(session.library());
    std::printf("library: %s, %lld cases\n", qPrintable(path),
                static_cast<long long>(profiles.size()));

    PrecedentsDock dock;
    dock.resize(1300, 560);
    dock.show();
    dock.setSession(&session);
    {
        // The worker opens its own connection and reads the profiles once, in the background.
        QElapsedTimer timer;
        timer.start();
        dock.setCase(profiles.constFirst().id);
        dock.refresh();
        waitUntilDone([&] { return dock.refreshPending(); });
        std::printf("precedents dock, first ranking (worker opens the library): %.1f ms\n",
                    msSince(timer));
    }
    QList<double> warm;
    QList<double> afterEdit;
    QList<double> rankOnly;
    for (int i = 0; i < runs; ++i) {
        const CaseProfile &subject = profiles.at((i * 7919) % profiles.size());
        dock.setCase(subject.id);
        QElapsedTimer timer;
        timer.start();
        dock.refresh();
        waitUntilDone([&] { return dock.refreshPending(); });
        warm.append(msSince(timer));
        rankOnly.append(double(dock.lastRankMilliseconds()));
        Q_EMIT session.caseChanged(subject.id); // as after an edit: the profiles are read again
        timer.restart();
        dock.refresh();
        waitUntilDone([&] { return dock.refreshPending(); });
        afterEdit.append(msSince(timer));
    }
    std::printf(
        "precedents dock refresh, warm: median %.1f ms (ranking alone %.1f ms) over %d cases\n",
        median(warm), median(rankOnly), runs);
    std::printf("precedents dock refresh after an edit: median %.1f ms\n", median(afterEdit));

    SearchDock search;
    search.resize(700, 600);
    search.show();
    search.setSession(&session);
    waitUntilDone([&] { return search.searchPending(); });
    for (const QString &query : {u"supervision"_s, u"\"fitness to practise\""_s, u"dishonest*"_s,
                                 u"patient AND record NOT conviction"_s}) {
        QList<double> times;
        for (int i = 0; i < std::max(3, runs / 3); ++i) {
            search.queryField()->setText(query);
            QElapsedTimer timer;
            timer.start();
            search.search();
            waitUntilDone([&] { return search.searchPending(); });
            times.append(msSince(timer));
        }
        std::printf("search dock, %s: median %.1f ms, %d hits shown\n", qPrintable(query),
                    median(times), search.model()->rowCount());
    }
    CompareWindow compare(&session);
    compare.resize(1400, 800);
    compare.show();
    QList<double> comparing;
    for (int i = 0; i < runs; ++i) {
        const CaseProfile &left = profiles.at((i * 7919) % profiles.size());
        const CaseProfile &right = profiles.at((i * 104729 + 13) % profiles.size());
        QElapsedTimer timer;
        timer.start();
        compare.compare(left.id, right.id);
        QCoreApplication::processEvents();
        comparing.append(msSince(timer));
    }
    std::printf("compare window on two cases: median %.1f ms\n", median(comparing));
    return 0;
}
