// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/librarysession.h"
#include "model/ids.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace casebench::ui {

/// What the main window shares with its features (ui/feature.h): the open library's session,
/// the case selected in the case table, and whether the library is read-only, each with a
/// signal when it changes. The window owns and feeds it; a feature only reads it, and asks
/// through it for a case to be shown or a message to be put in the status bar.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    explicit SessionHost(QObject *parent = nullptr);

    /// The open library's session; nullptr when none is open.
    [[nodiscard]] LibrarySession *session() const { return m_session.data(); }
    /// The case selected in the case table; invalid when none is (or no library is open).
    [[nodiscard]] CaseId currentCase() const { return m_session ? m_case : CaseId(); }
    /// Whether the open library can only be read (a reader's role, a read-only file).
    [[nodiscard]] bool isReadOnly() const { return m_session && m_readOnly; }
    /// A library is open and may be written.
    [[nodiscard]] bool isWritable() const { return m_session && !m_readOnly; }

    /// A new session (nullptr: the library closed), before the old one is destroyed. The case
    /// becomes none and the read-only state is read from the library.
    void setSession(LibrarySession *session);
    void setCurrentCase(CaseId id);
    /// The window sets it from the library; tests force it.
    void setReadOnly(bool readOnly);

    /// Asks the window to select a case in the table and show it (e.g. one a feature imported).
    void showCase(CaseId id);
    /// Asks the window to show a line in its status bar for `timeoutMs` (0: until replaced).
    void showMessage(const QString &text, int timeoutMs = 5000);

Q_SIGNALS:
    void sessionChanged(casebench::LibrarySession *session);
    void currentCaseChanged(casebench::CaseId id);
    void readOnlyChanged(bool readOnly);
    /// For the window: showCase() and showMessage() were called.
    void caseRequested(casebench::CaseId id);
    void messageRequested(const QString &text, int timeoutMs);

private:
    QPointer<LibrarySession> m_session;
    CaseId m_case;
    bool m_readOnly = false;
};

} // namespace casebench::ui
