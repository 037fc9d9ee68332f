// SPDX-License-Identifier: GPL-3.0-or-later
#include "testlibrary.h"

#include "model/libraryerror.h"
#include "services/libraryworker.h"
#include "storage/library.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <stdexcept>
#include <thread>

using namespace Qt::StringLiterals;
using namespace casebench;

namespace {

/// What jobs did, written on the worker's thread and read on the test's.
struct Log
{
    QMutex mutex;
    QList<int> ran;

    void add(int n)
    {
        QMutexLocker lock(&mutex);
        ran.append(n);
    }
    QList<int> all()
    {
        QMutexLocker lock(&mutex);
        return ran;
    }
};

} // namespace

class TestBackgroundJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstRunsTheFirstAndTheLast();
    void errorsAreDelivered();
    void supersededErrorsAreDropped();
    void kindsAreSeparate();
    void cancelDropsTheResult();
    void progressReachesTheOwner();
    void jobsOpenTheirOwnConnection();
    void destroyingWhileAJobRunsCancelsIt();
    void waitingNeverRunsAJobOnTheWaitingThread();
};

void TestBackgroundJobs::burstRunsTheFirstAndTheLast()
{
    BackgroundJobs jobs;
    QSignalSpy idle(&jobs, &BackgroundJobs::idle);
    auto log = std::make_shared<Log>();
    auto gate = std::make_shared<QSemaphore>();
    auto started = std::make_shared<QSemaphore>();
    QList<int> delivered;
    for (int n = 1; n <= 5; ++n) {
        jobs.request(
            u"rank"_s,
            [n, log, gate, started](LibraryWorker::State &, JobControl &) {
                log->add(n);
                if (n == 1) {
                    started->release();
                    gate->acquire(); // holds the first until the burst is made
                }
                return n;
            },
            [&delivered](int value) { delivered.append(value); });
        if (n == 1)
            QVERIFY(started->tryAcquire(1, 60000)); // the burst comes while the first runs
    }
    QVERIFY(jobs.isBusy(u"rank"_s));
    gate->release();
    QVERIFY(idle.wait(60000));
    QCOMPARE(log->all(), (QList<int>{1, 5}));
    QCOMPARE(delivered, QList<int>{5});
    QVERIFY(!jobs.isBusy());
}

void TestBackgroundJobs::errorsAreDelivered()
{
    BackgroundJobs jobs;
    QSignalSpy idle(&jobs, &BackgroundJobs::idle);
    QStringList errors;
    int values = 0;
    jobs.request(
        u"a"_s,
        [](LibraryWorker::State &, JobControl &) -> int {
            throw LibraryError(LibraryError::Kind::Io, u"“cases.csv” could not be written."_s);
        },
        [&values](int) { ++values; }, [&errors](const QString &m) { errors.append(m); });
    QVERIFY(idle.wait(60000));
    QCOMPARE(errors, QStringList{u"“cases.csv” could not be written."_s});
    QCOMPARE(values, 0);

    // Any other exception is caught on the worker too, and said in a sentence.
    jobs.request(
        u"a"_s,
        [](LibraryWorker::State &, JobControl &) -> int { throw std::runtime_error("disk full"); },
        [&values](int) { ++values; }, [&errors](const QString &m) { errors.append(m); });
    QVERIFY(idle.wait(60000));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(1).contains(u"disk full"_s), qPrintable(errors.at(1)));
    QCOMPARE(values, 0);

    // A job that needs the library when none is set says so.
    jobs.request(
        u"a"_s,
        [](LibraryWorker::State &state, JobControl &) { return state.open().schemaVersion(); },
        [&values](int) { ++values; }, [&errors](const QString &m) { errors.append(m); });
    QVERIFY(idle.wait(60000));
    QCOMPARE(errors.size(), 3);
    QCOMPARE(values, 0);
}

void TestBackgroundJobs::supersededErrorsAreDropped()
{
    BackgroundJobs jobs;
    QSignalSpy idle(&jobs, &BackgroundJobs::idle);
    auto gate = std::make_shared<QSemaphore>();
    QStringList errors;
    QList<int> delivered;
    jobs.request(
        u"k"_s,
        [gate](LibraryWorker::State &, JobControl &) -> int {
            gate->acquire();
            throw LibraryError(LibraryError::Kind::Io, u"stale"_s);
        },
        [&delivered](int v) { delivered.append(v); },
        [&errors](const QString &m) { errors.append(m); });
    jobs.request(
        u"k"_s, [](LibraryWorker::State &, JobControl &) { return 2; },
        [&delivered](int v) { delivered.append(v); },
        [&errors](const QString &m) { errors.append(m); });
    gate->release();
    QVERIFY(idle.wait(60000));
    QVERIFY(errors.isEmpty());
    QCOMPARE(delivered, QList<int>{2});
}

void TestBackgroundJobs::kindsAreSeparate()
{
    BackgroundJobs jobs;
    QSignalSpy idle(&jobs, &BackgroundJobs::idle);
    QStringList delivered;
    for (const QString &kind : {u"export:/a.csv"_s, u"export:/b.csv"_s, u"search"_s}) {
        jobs.request(
            kind, [kind](LibraryWorker::State &, JobControl &) { return kind; },
            [&delivered](const QString &v) { delivered.append(v); });
    }
    QVERIFY(idle.wait(60000));
    QCOMPARE(delivered, (QStringList{u"export:/a.csv"_s, u"export:/b.csv"_s, u"search"_s}));
}

void TestBackgroundJobs::cancelDropsTheResult()
{
    BackgroundJobs jobs;
    QSignalSpy idle(&jobs, &BackgroundJobs::idle);
    auto gate = std::make_shared<QSemaphore>();
    auto started = std::make_shared<QSemaphore>();
    auto sawCancel = std::make_shared<std::atomic<bool>>(false);
    int delivered = 0;
    jobs.request(
        u"compare"_s,
        [gate, started, sawCancel](LibraryWorker::State &, JobControl &control) {
            started->release();
            gate->acquire();
            sawCancel->store(control.cancelled());
            return 1;
        },
        [&delivered](int) { ++delivered; });
    QVERIFY(started->tryAcquire(1, 60000));
    jobs.cancel(u"compare"_s);
    QVERIFY(jobs.isBusy(u"compare"_s)); // until the running job comes back
    gate->release();
    QVERIFY(idle.wait(60000));
    QVERIFY(sawCancel->load());
    QCOMPARE(delivered, 0);
}

void TestBackgroundJobs::progressReachesTheOwner()
{
    BackgroundJobs jobs;
    QSignalSpy idle(&jobs, &BackgroundJobs::idle);
    QList<int> steps;
    QThread *ownerThread = QThread::currentThread();
    bool onOwnerThread = true;
    jobs.request(
        u"export:/c.csv"_s,
        [](LibraryWorker::State &, JobControl &control) {
            for (int i = 0; i < 3; ++i)
                control.progress(i, 3, u"case"_s);
            return true;
        },
        [](bool) {}, {},
        [&](int done, int total, const QString &what) {
            onOwnerThread = onOwnerThread && QThread::currentThread() == ownerThread;
            QCOMPARE(total, 3);
            QCOMPARE(what, u"case"_s);
            steps.append(done);
        });
    QVERIFY(idle.wait(60000));
    // Progress is queued before the result, so it has all come by the time idle() is emitted.
    QCOMPARE(steps, (QList<int>{0, 1, 2}));
    QVERIFY(onOwnerThread);
}

void TestBackgroundJobs::jobsOpenTheirOwnConnection()
{
    test::TempFolder folder;
    const QString first = folder.path(u"first.casebench"_s);
    const QString second = folder.path(u"second.casebench"_s);
    Library::create(first).reset();
    Library::create(second).reset();
    BackgroundJobs jobs;
    QSignalSpy idle(&jobs, &BackgroundJobs::idle);
    jobs.setLibraryPath(first);
    QString seen;
    QThread *worker = nullptr;
    jobs.request(
        u"path"_s,
        [](LibraryWorker::State &state, JobControl &) {
            return std::make_pair(state.open().path(), QThread::currentThread());
        },
        [&](const std::pair<QString, QThread *> &r) {
            seen = r.first;
            worker = r.second;
        });
    QVERIFY(idle.wait(60000));
    QCOMPARE(seen, first);
    QVERIFY(worker && worker != QThread::currentThread());

    // Another library: the request made for the first is cancelled, the next one reads the second.
    auto gate = std::make_shared<QSemaphore>();
    int stale = 0;
    jobs.request(
        u"path"_s,
        [gate](LibraryWorker::State &state, JobControl &) {
            gate->acquire();
            return state.open().path();
        },
        [&stale](const QString &) { ++stale; });
    jobs.setLibraryPath(second);
    gate->release();
    QVERIFY(idle.wait(60000));
    QCOMPARE(stale, 0);
    QString error;
    jobs.request(
        u"path"_s, [](LibraryWorker::State &state, JobControl &) { return state.open().path(); },
        [&seen](const QString &p) { seen = p; }, [&error](const QString &m) { error = m; });
    QVERIFY(idle.wait(60000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(seen, second);
}

void TestBackgroundJobs::destroyingWhileAJobRunsCancelsIt()
{
    auto jobs = std::make_unique<BackgroundJobs>();
    auto started = std::make_shared<QSemaphore>();
    auto sawCancel = std::make_shared<std::atomic<bool>>(false);
    bool delivered = false;
    bool failed = false;
    jobs->request(
        u"long"_s,
        [started, sawCancel](LibraryWorker::State &, JobControl &control) {
            started->release();
            // A long job looking at cancelled() between its steps (bounded: a minute at most).
            for (int step = 0; step < 6000 && !control.cancelled(); ++step)
                QThread::msleep(10);
            sawCancel->store(control.cancelled());
            return 1;
        },
        [&delivered](int) { delivered = true; }, [&failed](const QString &) { failed = true; });
    jobs->request(
        u"waiting"_s, [](LibraryWorker::State &, JobControl &) { return 2; },
        [&delivered](int) { delivered = true; });
    QVERIFY(started->tryAcquire(1, 60000));
    jobs.reset(); // cancels, drops the waiting job, waits for the running one to stop
    QVERIFY(sawCancel->load());
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
    QVERIFY(!failed);
}

void TestBackgroundJobs::waitingNeverRunsAJobOnTheWaitingThread()
{
    // The command-line import waits on the worker's future. A job not yet started must still run
    // on the worker's thread, after the jobs before it: the library path is set by a job.
    test::TempFolder folder;
    const QString path = folder.path(u"waited.casebench"_s);
    Library::create(path).reset();
    LibraryWorker worker;
    auto gate = std::make_shared<QSemaphore>();
    worker.run([gate](LibraryWorker::State &) { gate->acquire(); });
    worker.setLibraryPath(path);
    QFuture<std::pair<QString, QThread *>> waited = worker.run([](LibraryWorker::State &state) {
        return std::make_pair(state.open().path(), QThread::currentThread());
    });
    QThread *caller = QThread::currentThread();
    // Released from another thread so that a stolen job would run here, before the gate opens.
    std::thread opener([gate] {
        QThread::msleep(100);
        gate->release();
    });
    const auto [seenPath, thread] = waited.result();
    opener.join();
    QCOMPARE(seenPath, path);
    QVERIFY(thread != caller);
}

QTEST_GUILESS_MAIN(TestBackgroundJobs)
#include "tst_backgroundjobs.moc"
