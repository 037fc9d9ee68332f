// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/outline.h"
#include "model/ids.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace casebench {
class Library;
class PrecedentRanker;
} // namespace casebench

namespace casebench::ui {

/// A connection of its own to the open library, on one background thread, for the slow reads
/// of the precedents and search docks. A Library belongs to the thread that opened it, so the
/// worker runs every job on one thread that never expires (a pool of one): the connection is
/// opened there on the first job, used there, and closed there. Jobs run one after another, in
/// the order given; results come back as QFutures (continue them with .then(context, …)).
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
    template <typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, State &>>
    {
        return QtConcurrent::run(
            &m_pool, [state = m_state, job = std::move(job)]() mutable { return job(*state); });
    }

    /// Blocks until every job given so far has finished (for tests and shutting down).
    void waitForDone();

private:
    QThreadPool m_pool;
    std::shared_ptr<State> m_state;
};

} // namespace casebench::ui
