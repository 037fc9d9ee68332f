// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessioncommands.h"

#include "model/storedsuggestion.h"

namespace casebench {

/// Dismisses an import suggestion (or shows a dismissed one again); undo restores its status.
class SetImportSuggestionStatusCommand : public SessionCommand
{
public:
    SetImportSuggestionStatusCommand(LibrarySession &session, CaseId caseId, SuggestionId id,
                                     SuggestionStatus before, SuggestionStatus after,
                                     const QString &text);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    void write(SuggestionStatus status);

    SuggestionId m_id;
    SuggestionStatus m_before;
    SuggestionStatus m_after;
};

} // namespace casebench
