// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkimporter.h"

#include "model/libraryerror.h"
#include "services/libraryworker.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <deque>

using namespace Qt::StringLiterals;

namespace casebench {

struct BulkImporter::State
{
    mutable QMutex mutex;
    QList<ImportOutcome> results;
    QString error;
    bool running = false;
};

BulkImporter::BulkImporter(QObject *parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic<bool>>(false)),
      m_state(std::make_shared<State>()), m_worker(std::make_unique<LibraryWorker>())
{
    // The writer has a thread of its own so that it never waits for a slot behind the readers.
}

BulkImporter::~BulkImporter()
{
    cancel();
    m_writer.waitForFinished();
}

QStringList BulkImporter::knownExtensions()
{
    return {u"pdf"_s,   u"docx"_s, u"odt"_s,  u"html"_s, u"htm"_s,
            u"xhtml"_s, u"txt"_s,  u"text"_s, u"md"_s,   u"markdown"_s};
}

QStringList BulkImporter::collectFiles(const QStringList &paths)
{
    const QStringList extensions = knownExtensions();
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path); // a missing or unreadable file is reported by the import itself
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (extensions.contains(QFileInfo(file).suffix().toLower()))
                found.append(file);
        }
        found.sort();
        files += found;
    }
    return files;
}

void BulkImporter::start(const QString &libraryPath, const QStringList &files,
                         const ImportTarget &target)
{
    if (isRunning())
        return;
    m_cancel->store(false);
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->results.clear();
        m_state->error.clear();
        m_state->running = true;
    }
    m_worker->setLibraryPath(libraryPath);
    m_writer = m_worker->run(
        [this, files, target](LibraryWorker::State &state) { run(state, files, target); });
}

void BulkImporter::cancel()
{
    m_cancel->store(true);
}

bool BulkImporter::isRunning() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->running;
}

QList<ImportOutcome> BulkImporter::waitForFinished()
{
    m_writer.waitForFinished();
    return results();
}

QList<ImportOutcome> BulkImporter::results() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->results;
}

QString BulkImporter::error() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->error;
}

// Runs on the writer thread. The library connection is opened, used and closed here.
void BulkImporter::run(LibraryWorker::State &state, const QStringList &files,
                       const ImportTarget &target)
{
    const auto total = static_cast<int>(files.size());
    const auto finish = [this] {
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->running = false;
        }
        const bool cancelled = m_cancel->load();
        QMetaObject::invokeMethod(
            this, [this, cancelled] { Q_EMIT finished(cancelled); }, Qt::QueuedConnection);
    };

    Library *library = nullptr;
    try {
        library = &state.open();
    } catch (const LibraryError &e) {
        state.close();
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->error = e.message();
        }
        finish();
        return;
    }
    ImportService service(*library);

    const int workers = m_workerCount > 0 ? m_workerCount : QThread::idealThreadCount();
    ParallelReaders readers(qMax(1, workers));
    // Reading runs ahead of storing by a bounded window, which bounds memory and how long a
    // cancel waits.
    const auto window = static_cast<std::size_t>(2 * qMax(1, workers));
    std::deque<QFuture<PreparedImport>> ahead;
    qsizetype next = 0;
    const ImportLimits limits = m_limits;
    const auto cancelFlag = m_cancel;

    for (qsizetype i = 0; i < files.size(); ++i) {
        while (ahead.size() < window && next < files.size()) {
            const QString file = files.at(next++);
            ahead.push_back(readers.run([file, limits, cancelFlag] {
                if (cancelFlag->load()) {
                    PreparedImport skipped;
                    skipped.path = file;
                    skipped.error = u"cancelled"_s;
                    return skipped;
                }
                return ImportService::prepare(file, limits);
            }));
        }
        if (m_cancel->load())
            break;
        const QString current = files.at(i);
        QMetaObject::invokeMethod(
            this,
            [this, i, total, current] { Q_EMIT progress(static_cast<int>(i), total, current); },
            Qt::QueuedConnection);
        const PreparedImport prepared = ahead.front().result();
        ahead.pop_front();
        if (m_cancel->load())
            break;
        const ImportOutcome outcome = service.store(prepared, target);
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->results.append(outcome);
        }
        QMetaObject::invokeMethod(
            this, [this, outcome] { Q_EMIT fileFinished(outcome); }, Qt::QueuedConnection);
    }
    readers.waitForDone();
    state.close(); // the connection is not kept between imports
    const auto done = static_cast<int>(results().size());
    QMetaObject::invokeMethod(
        this, [this, done, total] { Q_EMIT progress(done, total, {}); }, Qt::QueuedConnection);
    finish();
}

} // namespace casebench
