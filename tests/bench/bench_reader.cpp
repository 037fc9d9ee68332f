// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a generated 1 MB decision with 1,000 tagged passages in the reader, offscreen, and
// measures the time to the first completed paint, the time to jump to the end and paint, and
// the resident memory after it. Each run is a fresh process (no warm caches, honest memory);
// the figures printed are medians of the runs.
//
//   bench_reader [--runs N]          generate the library, run N (default 7) times, print medians
//   bench_reader --once LIBRARY      one run (what the parent starts)
#include "commands/librarysession.h"
#include "model/case.h"
#include "model/document.h"
#include "model/factor.h"
#include "model/passage.h"
#include "reader/readerview.h"
#include "reader/readerwindow.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
// A white-box test of storage: it reaches the connection (raw SQL, schema checks).
#define CASEBENCH_STORAGE_INTERNAL
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QStringList words = {
    u"the"_s,        u"panel"_s,     u"registrant"_s, u"considered"_s, u"evidence"_s,
    u"of"_s,         u"witness"_s,   u"and"_s,        u"found"_s,      u"that"_s,
    u"she"_s,        u"had"_s,       u"not"_s,        u"recorded"_s,   u"visits"_s,
    u"within"_s,     u"required"_s,  u"timescales"_s, u"insight"_s,    u"remediation"_s,
    u"was"_s,        u"limited"_s,   u"public"_s,     u"interest"_s,   u"confidence"_s,
    u"profession"_s, u"standards"_s, u"misconduct"_s, u"impairment"_s, u"risk"_s,
    u"repetition"_s, u"training"_s,  u"reflective"_s, u"statement"_s,  u"service"_s,
    u"users"_s,      u"in"_s,        u"her"_s,        u"care"_s,       u"employer"_s};

const QStringList stages = {u"Preliminary matters"_s,  u"Allegation"_s,
                            u"Background"_s,           u"Decision on facts"_s,
                            u"Decision on grounds"_s,  u"Decision on impairment"_s,
                            u"Decision on sanction"_s, u"Order"_s};

/// About `size` characters of decision: stage headings and numbered paragraphs of sentences.
QString generateDecision(qsizetype size)
{
    QRandomGenerator random(20261127);
    QString text;
    text.reserve(size + 4096);
    text
        += u"Health and Care Professions Tribunal Service\nFinal Hearing\n\nRegistrant: A. Person\n\n"_s;
    int paragraph = 1;
    for (qsizetype stage = 0; text.size() < size; ++stage) {
        text += stages.at(stage % stages.size()) + u"\n\n"_s;
        for (int p = 0; p < 120 && text.size() < size; ++p) {
            text += QString::number(paragraph++) + u". "_s;
            const int sentences = 2 + static_cast<int>(random.bounded(5));
            for (int s = 0; s < sentences; ++s) {
                const int length = 8 + static_cast<int>(random.bounded(18));
                for (int w = 0; w < length; ++w) {
                    QString word = words.at(random.bounded(static_cast<int>(words.size())));
                    if (w == 0)
                        word[0] = word.at(0).toUpper();
                    text += word;
                    text += w + 1 < length ? u" "_s : u". "_s;
                }
            }
            text += u"\n\n"_s;
        }
    }
    return text;
}

/// A library holding one case, one 1 MB decision and 1,000 passages (some overlapping), and
/// phrases on three factors so that suggestions are computed too.
void generateLibrary(const QString &path)
{
    auto library = Library::create(path);
    Transaction transaction(*library);
    Case c;
    c.reference = u"BENCH-0001"_s;
    c.title = u"Benchmark"_s;
    c.regulator = Regulator::Hcpc;
    c = library->cases().add(c);
    Document d;
    d.caseId = c.id;
    d.title = u"A long decision"_s;
    d.text = generateDecision(1024 * 1024);
    d = library->documents().add(d);
    QList<Factor> factors = library->codebook().all();
    for (const QString &key : {u"insight"_s, u"risk_of_repetition"_s, u"remediation"_s}) {
        auto f = library->codebook().findByKey(key);
        f->phrases = {key == u"insight"_s       ? u"insight remediation"_s
                      : key == u"remediation"_s ? u"reflective statement"_s
                                                : u"risk repetition"_s};
        library->codebook().update(*f);
    }
    QRandomGenerator random(7);
    const int length = static_cast<int>(d.text.size());
    for (int i = 0; i < 1000; ++i) {
        // Spread over the text, with every tenth overlapping the one before.
        const int start = (i % 10 == 9)
                              ? (length / 1000) * (i - 1) + 40
                              : (length / 1000) * i + static_cast<int>(random.bounded(200));
        const int end = std::min(length, start + 20 + static_cast<int>(random.bounded(200)));
        const Factor &f = factors.at(random.bounded(static_cast<int>(factors.size())));
        library->passages().add(Passage::fromSpan(d.text, d.id, f.id, start, end));
    }
    transaction.commit();
}

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int runOnce(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    LibrarySession session(Library::open(path));
    const DocumentId document
        = session.library()
              .documents()
              .forCase(session.library().cases().findByReference(u"BENCH-0001"_s)->id, false)
              .first()
              .id;
    ui::ReaderWindow window(&session);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    bool painted = false;
    QObject::connect(window.view(), &ui::ReaderView::painted, &window,
                     [&painted] { painted = true; });
    window.openDocument(document);
    window.show();
    while (!painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 firstPaint = timer.elapsed();

    // Jump to the end and wait for that paint.
    painted = false;
    QElapsedTimer jump;
    jump.start();
    window.view()->goTo(static_cast<int>(window.view()->document()->characterCount()) - 2);
    window.view()->viewport()->update();
    while (!painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 jumpPaint = jump.elapsed();
    std::printf("first_paint_ms=%lld jump_ms=%lld rss_kb=%lld passages=%lld\n",
                static_cast<long long>(firstPaint), static_cast<long long>(jumpPaint),
                static_cast<long long>(residentKb()),
                static_cast<long long>(window.view()->marks().size()));
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--once"_s)
        return runOnce(args.at(2));

    const int runs = args.size() == 3 && args.at(1) == u"--runs"_s ? std::max(1, args.at(2).toInt())
                                                                   : 7;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.casebench"_s);
    QElapsedTimer timer;
    timer.start();
    generateLibrary(path);
    std::printf("generated a 1 MB decision with 1,000 passages in %lld ms\n",
                static_cast<long long>(timer.elapsed()));
    QList<double> paints, jumps, rss;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(app.applicationFilePath(), {u"--once"_s, path});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed\n", i + 1);
            return 1;
        }
        const QString line = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        std::printf("run %d: %s\n", i + 1, qPrintable(line));
        for (const QString &field : line.split(u' ')) {
            const QString key = field.section(u'=', 0, 0);
            const double value = field.section(u'=', 1).toDouble();
            if (key == u"first_paint_ms"_s)
                paints.append(value);
            else if (key == u"jump_ms"_s)
                jumps.append(value);
            else if (key == u"rss_kb"_s)
                rss.append(value / 1024.0);
        }
    }
    std::printf(
        "median of %d runs: time to first paint %.0f ms (target < 300), jump to end %.0f ms, "
        "resident memory %.1f MB (target < 150)\n",
        runs, median(paints), median(jumps), median(rss));
    return 0;
}
