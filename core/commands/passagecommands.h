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
    void announceRemovals(bool redo) override;
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
    void announceRemovals(bool redo) override;
    void applyRedo() override;
    void applyUndo() override;

private:
    Passage m_passage;
    bool m_removed = false; ///< the first removal went over the version the reviewer saw
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
    /// Writes `value` over the version this command last saw; `seen` is what the reviewer had
    /// (for the conflict message when another reviewer wrote first).
    void write(const Passage &value, const Passage &seen);

    Passage m_before;
    Passage m_after;
    int m_version = 0; ///< the row version the first write is made over (the one the reviewer saw)
    bool m_written = false; ///< later writes go over this session's own last write
};

} // namespace casebench
