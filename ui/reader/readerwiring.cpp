// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerwiring.h"

#include "casepanel.h"
#include "commands/librarysession.h"
#include "mainwindow.h"
#include "models/documentlistmodel.h"
#include "readerwindow.h"
#include "sessionhost.h"
#include "storage/documentrepository.h"
#include "storage/library.h"

#include <QTableView>

using namespace Qt::StringLiterals;

namespace casebench::ui {

ReaderWiring::ReaderWiring(MainWindow &window, SessionHost &host)
    : Feature(&host, &window), m_window(&window), m_session(host.session())
{
    // The case panel's document list: double-click or Enter opens the document.
    QTableView *documents = window.casePanel()->documentView();
    documents->setToolTip(tr("Double-click a document (or press Enter) to read and tag it"));
    connect(documents, &QTableView::activated, this, [this](const QModelIndex &index) {
        openDocument(DocumentId(index.data(DocumentListModel::DocumentIdRole).toLongLong()));
    });
}

ReaderWiring::~ReaderWiring()
{
    closeAll();
}

void ReaderWiring::setSession(LibrarySession *session)
{
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
        connect(reader, &ReaderWindow::errorOccurred, this,
                [this](const QString &message) { host()->showMessage(message, 10000); });
    }
    if (!reader->openDocument(id, start, end))
        return nullptr;
    reader->show();
    reader->raise();
    reader->activateWindow();
    return reader;
}

} // namespace casebench::ui
