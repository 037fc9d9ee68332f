// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessioncommands.h"

#include "export/anonymiser.h"

namespace casebench {

/// Replaces a case's stored anonymisation list (an entry added, edited, removed, confirmed, or
/// suggestions accepted); undo puts the list back as it was, ids and order included.
class AnonymisationListCommand : public SessionCommand
{
public:
    AnonymisationListCommand(LibrarySession &session, CaseId caseId,
                             QList<AnonymisationEntry> before, QList<AnonymisationEntry> after,
                             const QString &text);

    /// After the first redo: the list as stored (new entries have their ids).
    [[nodiscard]] const QList<AnonymisationEntry> &after() const { return m_after; }

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    QList<AnonymisationEntry> m_before;
    QList<AnonymisationEntry> m_after;
};

} // namespace casebench
