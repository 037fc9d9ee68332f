// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/passage.h"
#include "sessioncommands.h"

namespace casebench {

/// Tags a span: adds a passage (and on redo after undo, adds it again under the same id).
class AddPassageCommand : public SessionCommand
{
public:
    AddPassageCommand(LibrarySession &session, CaseId caseId, const Passage &passage,
                      const QString &text);

    /// The passage as stored (its id is known after the first redo).
    [[nodiscard]] const Passage &passage() const { return m_passage; }

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    Passage m_passage;
};

/// Deletes a passage; undo puts it back under its old id with every field as it was.
class RemovePassageCommand : public SessionCommand
{
public:
    RemovePassageCommand(LibrarySession &session, CaseId caseId, const Passage &passage,
                         const QString &text);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    Passage m_passage;
};

/// Replaces a passage's factor or note (or both).
class UpdatePassageCommand : public SessionCommand
{
public:
    UpdatePassageCommand(LibrarySession &session, CaseId caseId, const Passage &before,
                         const Passage &after, const QString &text);

protected:
    void applyRedo() override;
    void applyUndo() override;

private:
    void write(const Passage &value);

    Passage m_before;
    Passage m_after;
};

} // namespace casebench
