// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryworker.h"

#include "analysis/precedentranker.h"
#include "model/libraryerror.h"
#include "storage/library.h"

#include <QCoreApplication>

namespace casebench::ui {

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

void LibraryWorker::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace casebench::ui
