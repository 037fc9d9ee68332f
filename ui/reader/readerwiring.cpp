// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerwiring.h"

#include "casepanel.h"
#include "commands/librarysession.h"
#include "mainwindow.h"
#include "models/casetablemodel.h"
#include "models/documentlistmodel.h"
#include "readerwindow.h"
#include "storage/documentrepository.h"
#include "storage/library.h"

#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace casebench::ui {

ReaderWiring::ReaderWiring(MainWindow *window) : QObject(window), m_window(window)
{
    // The case panel's document list: double-click or Enter opens the document.
    if (auto *documents = window->casePanel()->findChild<QTableView *>(u"documentView"_s)) {
        documents->setToolTip(tr("Double-click a document (or press Enter) to read and tag it"));
        connect(documents, &QTableView::activated, this, [this](const QModelIndex &index) {
            openDocument(DocumentId(index.data(DocumentListModel::DocumentIdRole).toLongLong()));
        });
    }
    connect(window->caseModel(), &QAbstractItemModel::modelReset, this,
            &ReaderWiring::sessionMaybeChanged);
    sessionMaybeChanged();
}

ReaderWiring::~ReaderWiring()
{
    closeAll();
}

void ReaderWiring::sessionMaybeChanged()
{
    LibrarySession *session = m_window->caseModel()->session();
    if (session == m_session)
        return;
    // The readers belong to the library that is closing.
    closeAll();
    m_session = session;
}

void ReaderWiring::closeAll()
{
    const auto readers = m_readers;
    m_readers.clear();
    for (const QPointer<ReaderWindow> &reader : readers)
        delete reader.data();
}

ReaderWindow *ReaderWiring::readerFor(CaseId id) const
{
    return m_readers.value(id).data();
}

ReaderWindow *ReaderWiring::openDocument(DocumentId id, int start, int end)
{
    if (!m_session)
        return nullptr;
    const auto document = m_session->library().documents().find(id);
    if (!document)
        return nullptr;
    ReaderWindow *reader = readerFor(document->caseId);
    if (!reader) {
        // A window of its own: the reader wants the height of a screen and its own docks, and
        // reviewers keep the case table beside it (or on another monitor) while they read.
        reader = new ReaderWindow(m_session, m_window);
        m_readers.insert(document->caseId, reader);
        connect(reader, &ReaderWindow::errorOccurred, m_window, [this](const QString &message) {
            m_window->statusBar()->showMessage(message, 10000);
        });
    }
    if (!reader->openDocument(id, start, end))
        return nullptr;
    reader->show();
    reader->raise();
    reader->activateWindow();
    return reader;
}

} // namespace casebench::ui
