// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importservice.h"
#include "services/libraryworker.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace casebench {

/// Imports many files in the background: files are read and analysed in parallel on worker
/// threads (ParallelReaders, one per core by default), and stored one at a time, in input
/// order, on a writer thread with its own connection to the library (a LibraryWorker), each
/// file in its own transaction. A cancel
/// stops after the file being stored; the library then holds only whole documents.
///
/// All signals are emitted on the thread the importer lives on (the UI thread), through its
/// event loop.
class BulkImporter : public QObject
{
    Q_OBJECT

public:
    explicit BulkImporter(QObject *parent = nullptr);
    /// Cancels a running import and waits for it to stop.
    ~BulkImporter() override;

    /// File name extensions a folder is searched for (lower case, without the dot).
    static QStringList knownExtensions();
    /// The files to import from `paths`: files as given, folders searched recursively for
    /// files with a known extension (sorted).
    static QStringList collectFiles(const QStringList &paths);

    void setLimits(const ImportLimits &limits) { m_limits = limits; }
    /// Worker threads for reading; 0 (the default) means one per core.
    void setWorkerCount(int count) { m_workerCount = count; }

    /// Starts importing `files` into the library at `libraryPath` and returns at once. Ignored
    /// while an import is running.
    void start(const QString &libraryPath, const QStringList &files, const ImportTarget &target);
    /// Stops after the file being stored. finished() follows.
    void cancel();

    [[nodiscard]] bool isRunning() const;
    /// Blocks until the import has stopped (without delivering the signals); returns its results.
    QList<ImportOutcome> waitForFinished();
    /// The outcomes so far, in input order (files not reached are absent).
    [[nodiscard]] QList<ImportOutcome> results() const;
    [[nodiscard]] bool wasCancelled() const { return m_cancel->load(); }
    /// Why the import could not start (the library could not be opened); empty otherwise.
    [[nodiscard]] QString error() const;

Q_SIGNALS:
    /// `done` files of `total` are finished; `currentFile` is being stored now (empty at the end).
    void progress(int done, int total, const QString &currentFile);
    void fileFinished(const casebench::ImportOutcome &outcome);
    /// The import has stopped: every file done, cancelled, or the library could not be opened.
    void finished(bool cancelled);

private:
    struct State;
    /// Stores on the writer's thread, through its connection.
    void run(LibraryWorker::State &state, const QStringList &files, const ImportTarget &target);

    ImportLimits m_limits;
    int m_workerCount = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<State> m_state;
    std::unique_ptr<LibraryWorker> m_worker;
    QFuture<void> m_writer;
};

} // namespace casebench
