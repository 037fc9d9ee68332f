// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/sanction.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace casebench {

class Library;

/// An open library as the application edits it: every user-visible edit goes through here as
/// an undoable command (one library-wide QUndoStack), runs in one transaction, and is announced
/// by a precise signal. Reads go to library() directly.
///
/// Mutators throw LibraryError when the edit cannot be made (nothing is pushed then). When a
/// later undo or redo fails, errorOccurred() is emitted and the library is left as it was.
class LibrarySession : public QObject
{
    Q_OBJECT

public:
    explicit LibrarySession(std::unique_ptr<Library> library, QObject *parent = nullptr);
    ~LibrarySession() override;

    [[nodiscard]] Library &library() const { return *m_library; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    /// Adds a case; returns its id.
    CaseId addCase(const Case &c);
    /// Removes a case with its sanctions, documents and passages (undo restores them all).
    void removeCase(CaseId id);
    /// Replaces a case's fields with `edited` (matched by id). `what` names the edit for the undo
    /// text, e.g. "regulator" → "Change regulator of HCPC-0001". Identical values push nothing.
    void updateCase(const Case &edited, const QString &what);

    /// Appends an entry to a case's sanction history (sequence set to the end); returns its id.
    SanctionId addSanction(const Sanction &s);
    /// Replaces a sanction entry's fields (matched by id).
    void updateSanction(const Sanction &edited);
    /// Removes an entry; the later entries move up.
    void removeSanction(SanctionId id);

Q_SIGNALS:
    void caseAdded(casebench::CaseId id);
    void caseChanged(casebench::CaseId id);
    void caseAboutToBeRemoved(casebench::CaseId id);
    void caseRemoved(casebench::CaseId id);
    /// A case's sanction history changed (its current sanction may have too).
    void sanctionsChanged(casebench::CaseId id);
    /// An undo or redo touched this case: views may select it.
    void caseTouched(casebench::CaseId id);
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Library> m_library;
    QUndoStack *m_undoStack;
};

} // namespace casebench
