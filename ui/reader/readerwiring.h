// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feature.h"

#include <QHash>
#include <QPointer>

namespace casebench {
class LibrarySession;
}

namespace casebench::ui {

class MainWindow;
class ReaderWindow;

/// Opens documents of the main window's case panel in reader windows: one window per case
/// (it switches between the case's documents), opened by double-click or Enter on a document,
/// raised when it is already open, closed with the library. No actions of its own.
class ReaderWiring : public Feature
{
    Q_OBJECT

public:
    ReaderWiring(MainWindow &window, SessionHost &host);
    ~ReaderWiring() override;

    [[nodiscard]] QList<FeatureAction> actions() const override { return {}; }

    /// Shows a document in its case's reader (opening one when needed) and, when given,
    /// selects text[start, end). Returns the window, or nullptr when there is no such document.
    ReaderWindow *openDocument(DocumentId id, int start = -1, int end = -1);
    /// The open reader of a case, if any.
    [[nodiscard]] ReaderWindow *readerFor(CaseId id) const;
    /// Closes every reader window.
    void closeAll();
    void close() override { closeAll(); }

protected:
    void setSession(LibrarySession *session) override;

private:
    MainWindow *m_window;
    QPointer<LibrarySession> m_session;
    QHash<CaseId, QPointer<ReaderWindow>> m_readers;
};

} // namespace casebench::ui
