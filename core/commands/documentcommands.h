// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/outline.h"
#include "model/passage.h"
#include "model/suggestiondismissal.h"
#include "sessioncommands.h"
#include "storage/outlinerepository.h"

#include <optional>

namespace casebench {

/// Replaces a document's text and re-anchored passages; undo restores the old text, every
/// passage as it was, and the stored outline of an imported document.
class ReplaceDocumentCommand : public SessionCommand
{
public:
    ReplaceDocumentCommand(LibrarySession &session, Document before, Document after,
                           QList<Passage> passagesBefore, QList<Passage> passagesAfter,
                           const QString &text);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    struct StoredOutline
    {
        Outline outline;
        QList<int> pageStarts;
        DocumentSource source;
    };
    void write(const Document &document, const QList<Passage> &passages,
               const std::optional<StoredOutline> &outline);

    Document m_before;
    Document m_after;
    QList<Passage> m_passagesBefore;
    QList<Passage> m_passagesAfter;
    std::optional<StoredOutline> m_outlineBefore;
    std::optional<StoredOutline> m_outlineAfter;
};

/// Dismisses a phrase suggestion; undo shows it again.
class DismissSuggestionCommand : public SessionCommand
{
public:
    DismissSuggestionCommand(LibrarySession &session, CaseId caseId, SuggestionDismissal dismissal,
                             const QString &text);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    SuggestionDismissal m_dismissal;
};

} // namespace casebench
