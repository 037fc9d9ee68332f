// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryworker.h"

#include "analysis/precedentranker.h"
#include "model/libraryerror.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace casebench {

// --- LibraryWorker ----------------------------------------------------------------------------

LibraryWorker::State::State() = default;
LibraryWorker::State::~State() = default;

Library &LibraryWorker::State::open()
{
    if (!library) {
        if (path.isEmpty())
            throw LibraryError(LibraryError::Kind::FileNotFound,
                               QCoreApplication::translate("casebench", "No library is open."));
        library = Library::open(path);
    }
    return *library;
}

PrecedentRanker &LibraryWorker::State::precedentRanker()
{
    if (!ranker)
        ranker = std::make_unique<PrecedentRanker>(open());
    return *ranker;
}

void LibraryWorker::State::close()
{
    ranker.reset();
    library.reset();
    outlines.clear();
}

LibraryWorker::LibraryWorker(QObject *parent) : QObject(parent), m_state(std::make_shared<State>())
{
    // One thread that never expires: every job, and so the connection, stays on it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

LibraryWorker::~LibraryWorker()
{
    m_pool.clear();
    setLibraryPath(QString());
    m_pool.waitForDone();
}

void LibraryWorker::setLibraryPath(const QString &path)
{
    // Always reopened: a file at the same path may be another library by now.
    run([path](State &state) {
        state.close();
        state.path = path;
    });
}

bool LibraryWorker::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}

// --- JobControl -------------------------------------------------------------------------------

void JobControl::progress(int done, int total, const QString &what) const
{
    if (cancelled() || !m_owner)
        return;
    // The owner outlives the job (its destructor waits for it); a queued call to it is dropped
    // if it is gone by the time the call would run.
    BackgroundJobs *owner = m_owner;
    std::weak_ptr<JobControl> weak = m_self;
    QMetaObject::invokeMethod(
        owner,
        [owner, weak, done, total, what] {
            if (const auto control = weak.lock())
                owner->deliverProgress(control, done, total, what);
        },
        Qt::QueuedConnection);
}

// --- BackgroundJobs ---------------------------------------------------------------------------

BackgroundJobs::BackgroundJobs(QObject *parent)
    : QObject(parent), m_worker(std::make_unique<LibraryWorker>())
{}

BackgroundJobs::~BackgroundJobs()
{
    cancelAll();
    // Drops what has not started, waits for the running job and closes the connection on the
    // worker's thread. Continuations queued to this object are dropped with it.
    m_worker.reset();
}

void BackgroundJobs::setLibraryPath(const QString &path)
{
    cancelAll();
    m_worker->setLibraryPath(path);
}

QString BackgroundJobs::unexpectedError(const std::exception &e)
{
    if (const auto *error = dynamic_cast<const LibraryError *>(&e))
        return error->message();
    return QCoreApplication::translate("casebench", "The work in the background failed: %1.")
        .arg(QString::fromUtf8(e.what()));
}

void BackgroundJobs::submit(const QString &kind, Request request)
{
    Slot &slot = m_slots[kind];
    if (slot.running) {
        // The running request is superseded: its result is dropped, and a long job may stop.
        slot.running->m_cancelled.store(true);
        slot.pending = std::move(request); // replaces an older waiting one, which never runs
        return;
    }
    startRequest(kind, std::move(request));
}

void BackgroundJobs::startRequest(const QString &kind, Request request)
{
    auto control = std::make_shared<JobControl>();
    control->m_owner = this;
    control->m_self = control;
    Slot &slot = m_slots[kind];
    slot.running = control;
    slot.failed = std::move(request.failed);
    slot.progress = std::move(request.progress);
    request.start(control);
}

void BackgroundJobs::finish(const QString &kind, const std::shared_ptr<JobControl> &control,
                            const QString &error, const std::function<void()> &deliver)
{
    auto it = m_slots.find(kind);
    if (it == m_slots.end() || it->running != control)
        return;
    const bool current = !control->cancelled();
    const ErrorHandler failed = std::move(it->failed);
    std::optional<Request> pending = std::move(it->pending);
    m_slots.erase(it);
    if (pending) {
        // A newer request waited (this one was marked cancelled when it came): run it instead
        // of delivering.
        startRequest(kind, std::move(*pending));
        return;
    }
    // The handlers may make new requests, of this kind too: the slot is free by now.
    if (current) {
        if (!error.isEmpty()) {
            if (failed)
                failed(error);
        } else {
            deliver();
        }
    }
    if (m_slots.isEmpty())
        Q_EMIT idle();
}

void BackgroundJobs::deliverProgress(const std::shared_ptr<JobControl> &control, int done,
                                     int total, const QString &what)
{
    if (control->cancelled())
        return;
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.running == control) {
            if (slot.progress)
                slot.progress(done, total, what);
            return;
        }
    }
}

void BackgroundJobs::cancel(const QString &kind)
{
    auto it = m_slots.find(kind);
    if (it == m_slots.end())
        return;
    it->pending.reset();
    if (it->running)
        it->running->m_cancelled.store(true);
    // The slot stays until the running job comes back, so that no second job of the kind runs
    // beside it; nothing of it is delivered.
}

void BackgroundJobs::cancelAll()
{
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        it->pending.reset();
        if (it->running)
            it->running->m_cancelled.store(true);
    }
}

bool BackgroundJobs::isBusy(const QString &kind) const
{
    return m_slots.contains(kind);
}

bool BackgroundJobs::isBusy() const
{
    return !m_slots.isEmpty();
}

// --- ParallelReaders --------------------------------------------------------------------------

ParallelReaders::ParallelReaders(int threads)
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : qMax(1, QThread::idealThreadCount()));
}

ParallelReaders::~ParallelReaders()
{
    m_pool.waitForDone();
}

int ParallelReaders::threadCount() const
{
    return m_pool.maxThreadCount();
}

void ParallelReaders::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace casebench
