// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "model/outline.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <type_traits>

namespace casebench {

class BackgroundJobs;
class Library;
class PrecedentRanker;

/// A connection of its own to a library, on one background thread. A Library belongs to the
/// thread that opened it, so the worker runs every job on one thread that never expires (a pool
/// of one): the connection is opened there on the first job that asks for it (by path; for
/// PostgreSQL the password comes from SessionCredentials), used there, and closed there. Jobs
/// run one after another, in the order given. Most code uses it through BackgroundJobs.
class LibraryWorker : public QObject
{
    Q_OBJECT

public:
    /// What jobs work on; touched only on the worker's thread.
    struct State
    {
        QString path;
        std::unique_ptr<Library> library;
        std::unique_ptr<PrecedentRanker> ranker;
        QHash<DocumentId, Outline> outlines;

        /// The library at `path`, opened on first use. Throws LibraryError.
        Library &open();
        /// A ranker over it, kept between jobs (its profiles are read once).
        PrecedentRanker &precedentRanker();
        void close();

        State();
        ~State();
    };

    explicit LibraryWorker(QObject *parent = nullptr);
    /// Drops the jobs not yet started, waits for the running one and closes the connection.
    ~LibraryWorker() override;

    /// Works on the library at `path` from the next job on (empty: none). The previous
    /// connection is closed on the worker's thread.
    void setLibraryPath(const QString &path);

    /// Runs `job(State &)` on the worker's thread. The job must not throw.
    ///
    /// Not QtConcurrent::run: waiting on a future from QtConcurrent::run runs a job that has not
    /// started yet on the waiting thread, which here would use the connection from a thread it
    /// does not belong to, before earlier jobs (such as setLibraryPath) had run.
    template <typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, State &>>
    {
        using Result = std::invoke_result_t<Job, State &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        auto shared = std::make_shared<Job>(std::move(job));
        m_pool.start([state = m_state, shared, promise] {
            if constexpr (std::is_void_v<Result>)
                (*shared)(*state);
            else
                promise->addResult((*shared)(*state));
            promise->finish();
        });
        return future;
    }

    /// Blocks until every job given so far has finished (for tests and shutting down), or
    /// `msecs` have passed (negative: no limit). True when everything has finished.
    bool waitForDone(int msecs = -1);

private:
    QThreadPool m_pool;
    std::shared_ptr<State> m_state;
};

/// What a job of BackgroundJobs gets besides the worker's state: whether it is still wanted,
/// and a way to report progress.
class JobControl
{
public:
    /// True once a newer request of the same kind came, the jobs were cancelled, the library
    /// changed or the owner is going: a long job stops at its next step (its result would be
    /// dropped anyway).
    [[nodiscard]] bool cancelled() const { return m_cancelled.load(); }
    /// Reports progress to the request's progress handler, on the owner's thread; dropped when
    /// the request is no longer current. Any thread.
    void progress(int done, int total, const QString &what = {}) const;

private:
    friend class BackgroundJobs;
    std::atomic<bool> m_cancelled{false};
    BackgroundJobs *m_owner = nullptr; ///< alive while the job runs: its destructor waits
    std::weak_ptr<JobControl> m_self;
};

/// The one way Casebench runs work in the background: each owner (a dock, a window, a
/// controller, the bulk importer) has one, with its own LibraryWorker. Requests have a kind
/// ("rank", "search", "export:/path/file.csv" …) and are merged by kind:
///
/// - while a request of a kind runs, a newer one of that kind waits; a newer one still replaces
///   the waiting one (which never runs), so a burst runs its first and its last request;
/// - a request that was superseded (or cancelled) is told so through JobControl::cancelled(),
///   and its result, error and progress are dropped;
/// - a job returns a value, delivered to `done` on the owner's thread; a LibraryError (or any
///   other exception) thrown by it is delivered to `failed` as its message, on that thread.
///
/// Requests of different kinds queue on the worker's one thread. Destroying the helper cancels
/// every request, drops the waiting ones and waits for the running job (which stops at its next
/// step when it looks at cancelled()); no handler is called after that.
class BackgroundJobs : public QObject
{
    Q_OBJECT

public:
    using ErrorHandler = std::function<void(const QString &message)>;
    using ProgressHandler = std::function<void(int done, int total, const QString &what)>;

    explicit BackgroundJobs(QObject *parent = nullptr);
    ~BackgroundJobs() override;

    /// Works on the library at `path` from the next job on (empty: none). Every request made
    /// for the previous library is cancelled.
    void setLibraryPath(const QString &path);
    [[nodiscard]] LibraryWorker &worker() { return *m_worker; }

    /// Runs `job(LibraryWorker::State &, JobControl &)` on the worker; its value goes to
    /// `done(value)` on this object's thread, an exception's message to `failed`, progress to
    /// `progress` (each only while the request is current).
    template <typename Job, typename Done>
    void request(const QString &kind, Job job, Done done, ErrorHandler failed = {},
                 ProgressHandler progress = {});

    /// Cancels the request of `kind` (running or waiting): nothing of it is delivered.
    void cancel(const QString &kind);
    /// Cancels every request.
    void cancelAll();
    /// True while a request of `kind` runs or waits.
    [[nodiscard]] bool isBusy(const QString &kind) const;
    /// True while any request runs or waits.
    [[nodiscard]] bool isBusy() const;

    /// The sentence for an unexpected exception in a job.
    [[nodiscard]] static QString unexpectedError(const std::exception &e);

Q_SIGNALS:
    /// Every request has been delivered, dropped or cancelled: none runs or waits.
    void idle();

private:
    friend class JobControl;

    struct Request
    {
        std::function<void(const std::shared_ptr<JobControl> &)> start;
        ErrorHandler failed;
        ProgressHandler progress;
    };
    struct Slot
    {
        std::shared_ptr<JobControl> running;
        ErrorHandler failed;
        ProgressHandler progress;
        std::optional<Request> pending;
    };
    template <typename Result>
    struct Outcome
    {
        std::optional<Result> value;
        QString error;
    };

    void submit(const QString &kind, Request request);
    void startRequest(const QString &kind, Request request);
    void finish(const QString &kind, const std::shared_ptr<JobControl> &control,
                const QString &error, const std::function<void()> &deliver);
    void deliverProgress(const std::shared_ptr<JobControl> &control, int done, int total,
                         const QString &what);

    QHash<QString, Slot> m_slots;
    std::unique_ptr<LibraryWorker> m_worker;
};

template <typename Job, typename Done>
void BackgroundJobs::request(const QString &kind, Job job, Done done, ErrorHandler failed,
                             ProgressHandler progress)
{
    using Result = std::decay_t<std::invoke_result_t<Job &, LibraryWorker::State &, JobControl &>>;
    static_assert(!std::is_void_v<Result>, "a background job returns a value");
    auto sharedJob = std::make_shared<Job>(std::move(job));
    auto sharedDone = std::make_shared<Done>(std::move(done));
    Request r;
    r.failed = std::move(failed);
    r.progress = std::move(progress);
    r.start = [this, sharedJob, sharedDone, kind](const std::shared_ptr<JobControl> &control) {
        // The outcome is always posted to this object, never delivered inside request(), even
        // when the job is over at once. This object outlives the job (its destructor waits), and
        // a call posted to it is dropped if it is gone by the time the call would run.
        m_worker->run([this, sharedJob, sharedDone, kind, control](LibraryWorker::State &state) {
            auto outcome = std::make_shared<Outcome<Result>>();
            if (!control->cancelled()) { // else superseded before it began
                try {
                    outcome->value.emplace((*sharedJob)(state, *control));
                } catch (const std::exception &e) {
                    outcome->error = unexpectedError(e);
                } catch (...) {
                    outcome->error = unexpectedError(std::runtime_error("unknown error"));
                }
            }
            QMetaObject::invokeMethod(
                this,
                [this, kind, control, sharedDone, outcome] {
                    finish(kind, control, outcome->error, [&outcome, &sharedDone] {
                        if (outcome->value)
                            (*sharedDone)(std::move(*outcome->value));
                    });
                },
                Qt::QueuedConnection);
        });
    };
    submit(kind, std::move(r));
}

/// Parallel jobs that touch no library (reading and analysing files to import): a pool of
/// `threads` threads (0: one per core). The destructor waits for the jobs begun.
class ParallelReaders
{
public:
    explicit ParallelReaders(int threads = 0);
    ~ParallelReaders();
    ParallelReaders(const ParallelReaders &) = delete;
    ParallelReaders &operator=(const ParallelReaders &) = delete;

    [[nodiscard]] int threadCount() const;

    template <typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job>>
    {
        return QtConcurrent::run(&m_pool, std::move(job));
    }
    void waitForDone();

private:
    QThreadPool m_pool;
};

} // namespace casebench
