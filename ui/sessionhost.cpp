// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionhost.h"

#include "commands/librarysession.h"
#include "storage/library.h"

namespace casebench::ui {

SessionHost::SessionHost(QObject *parent) : QObject(parent) {}

void SessionHost::setSession(LibrarySession *session)
{
    if (session == m_session.data())
        return;
    const CaseId oldCase = currentCase();
    const bool oldReadOnly = isReadOnly();
    m_session = session;
    m_case = CaseId();
    m_readOnly = session != nullptr && session->library().isReadOnly();
    Q_EMIT sessionChanged(session);
    if (oldCase.isValid())
        Q_EMIT currentCaseChanged(CaseId());
    if (oldReadOnly != isReadOnly())
        Q_EMIT readOnlyChanged(isReadOnly());
}

void SessionHost::setCurrentCase(CaseId id)
{
    if (!m_session)
        id = CaseId();
    if (id == m_case)
        return;
    m_case = id;
    Q_EMIT currentCaseChanged(id);
}

void SessionHost::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    const bool old = isReadOnly();
    m_readOnly = readOnly;
    if (old != isReadOnly())
        Q_EMIT readOnlyChanged(isReadOnly());
}

void SessionHost::showCase(CaseId id)
{
    if (id.isValid())
        Q_EMIT caseRequested(id);
}

void SessionHost::showMessage(const QString &text, int timeoutMs)
{
    Q_EMIT messageRequested(text, timeoutMs);
}

} // namespace casebench::ui
