// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/reanchor.h"
#include "import/acceptance.h"
#include "model/case.h"
#include "model/codebookjson.h"
#include "model/document.h"
#include "model/passage.h"
#include "model/sanction.h"
#include "model/storedsuggestion.h"
#include "model/suggestiondismissal.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace casebench {

class ChangeFeed;
class Library;
struct PhraseSuggestion;
struct ReanchorReport;
struct AnonymisationEntry;

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
    /// Other reviewers' committed changes (PostgreSQL); the session relays them through its own
    /// signals (caseAdded, caseChanged, sanctionsChanged, passageAdded, …) so that open views
    /// refresh. On SQLite, changes by other programs come as changedElsewhere(). Defined in
    /// sessionrelay.cpp.
    [[nodiscard]] ChangeFeed *changeFeed() const { return m_feed; }

    /// Adds a case; returns its id.
    CaseId addCase(const Case &c);
    /// Removes a case with its sanctions, documents and passages (undo restores them all).
    void removeCase(CaseId id);
    /// Replaces a case's fields with `edited` (matched by id). `what` names the edit for the undo
    /// text, e.g. "regulator" → "Change regulator of HCPC-0001". Identical values push nothing.
    void updateCase(const Case &edited, const QString &what);

    /// Appends an entry to a case's sanction history (sequence set to the end); returns its id.
    SanctionId addSanction(const Sanction &s);
    /// Replaces a sanction entry's fields (matched by id). When `edited` carries the row
    /// version the reviewer saw (schema 7) and another reviewer changed or removed the entry
    /// since, nothing is saved or pushed, the views are told to reload (sanctionsChanged) and a
    /// ConflictError says who changed it, when, and to what.
    void updateSanction(const Sanction &edited);
    /// Removes an entry; the later entries move up.
    void removeSanction(SanctionId id);
    /// The same over the entry as the reviewer saw it (see updateSanction()).
    void removeSanction(const Sanction &seen);

    // Passages (defined in passagecommands.cpp). `citation` names the place in undo texts
    // ("¶ 27"); when empty it is found from the document's outline.
    /// Tags text[start, end) of a document with a factor (quote, prefix and suffix taken from
    /// the text): "Tag ¶ 27 as Insight". Returns the new passage's id.
    PassageId tagPassage(DocumentId document, FactorId factor, int start, int end,
                         const QString &citation = {});
    /// Tags a passage with another factor. The same factor pushes nothing.
    void setPassageFactor(PassageId id, FactorId factor, const QString &citation = {});
    /// The same over the passage as the reviewer saw it (`seen`, with its row version): when
    /// another reviewer changed it since, nothing is saved or pushed, the views are told to
    /// reload it (passageChanged, or passageRemoved) and a ConflictError says who changed what.
    void setPassageFactor(const Passage &seen, FactorId factor, const QString &citation = {});
    /// Moves a passage to text[start, end) of its document, taking its quote and context from
    /// there; an orphan left by a replaced document is placed again this way. Undoable.
    void movePassage(PassageId id, int start, int end, const QString &citation = {});
    /// Replaces a passage's note. The same note pushes nothing.
    void setPassageNote(PassageId id, const QString &note, const QString &citation = {});
    /// The same over the passage as the reviewer saw it (see setPassageFactor(const Passage &…)).
    void setPassageNote(const Passage &seen, const QString &note, const QString &citation = {});
    /// Deletes a passage (undo puts it back under its id).
    void removePassage(PassageId id, const QString &citation = {});
    /// The same over the passage as the reviewer saw it (see setPassageFactor(const Passage &…)).
    void removePassage(const Passage &seen, const QString &citation = {});

    // Codebook (defined in codebookcommands.cpp). Undo texts name the edit ("Rename factor
    // Insight to Insight shown"); an edit that changes nothing pushes nothing.
    /// What happens to a deleted factor's passages.
    enum class PassageDisposal { MoveToFactor, Delete };
    /// How an imported codebook meets the library's: factors matched by name (else key) are
    /// updated and the others added; Replace also deletes the library's factors the file does
    /// not list, except those with passages (and their parents), which are kept.
    enum class CodebookImport { Merge, Replace };
    /// Adds a factor ("Add factor X"); returns its id. A key is made from the name when empty.
    FactorId addFactor(const Factor &f);
    /// Replaces a factor's fields (matched by id): rename, recolour, re-parent, category,
    /// polarity, shortcut (unique), description, phrases.
    void updateFactor(const Factor &edited);
    /// Merges `from` into `into`: passages, sub-factors and phrases move to `into`, `from` goes.
    void mergeFactors(FactorId from, FactorId into);
    /// Deletes a factor; its sub-factors move up to its parent, and its passages move to
    /// `moveTo` or are deleted.
    void removeFactor(FactorId id, PassageDisposal disposal, FactorId moveTo = {});
    /// Imports a codebook as one undoable edit, in one transaction.
    void importCodebook(const QList<CodebookEntry> &entries, CodebookImport mode);

    // Documents and suggestions (defined in documentcommands.cpp).
    /// Replaces a document's text (a new version of it) and finds its passages again; those
    /// not found are kept as orphans. Undo restores the text and every passage.
    ReanchorReport replaceDocument(DocumentId id, const QString &newText,
                                   const QString &sourceFileName = {});
    /// A replacement worked out (read and re-anchored) apart from the session, on any
    /// connection and thread; applyReplacement() makes it the undoable edit.
    struct DocumentReplacement
    {
        Document before;
        Document after;
        QList<Passage> passagesBefore;
        QList<Passage> passagesAfter;
        ReanchorReport report;
    };
    /// Works out replacing a document's text in `library` (writes nothing; the slow part:
    /// re-anchoring every passage). Throws LibraryError.
    static DocumentReplacement planReplacement(Library &library, DocumentId id,
                                               const QString &newText,
                                               const QString &sourceFileName = {});
    /// Applies a planned replacement as one undoable edit. Throws LibraryError: Conflict when
    /// the document or its passages changed since it was planned (nothing is written then).
    ReanchorReport applyReplacement(const DocumentReplacement &plan);
    /// Dismisses a phrase suggestion in a document ("Dismiss suggestion …"); undoable.
    void dismissSuggestion(DocumentId document, const PhraseSuggestion &suggestion);
    /// The suggestions dismissed in a document.
    [[nodiscard]] QList<SuggestionDismissal> dismissedSuggestions(DocumentId document) const;

    // Import suggestions (defined in importsuggestioncommands.cpp).
    /// Dismisses an import suggestion, or shows a dismissed one again; undoable. Throws
    /// NotFound for an unknown id.
    void setImportSuggestionStatus(SuggestionId id, SuggestionStatus status);
    /// Applies plans made by acceptance::plan() (one per case) as ONE undoable edit named
    /// `text`: each case's fields, then its sanction history. All or nothing: when one write
    /// fails, what was applied is undone and the error is rethrown.
    void acceptSuggestions(const QList<acceptance::Plan> &plans, const QString &text);
    /// What Accept All (or Accept Confident) would do to a case now: acceptance::plan() over
    /// its open suggestions. Reads only.
    [[nodiscard]] acceptance::Plan planAcceptance(CaseId id, AcceptScope scope) const;

    // Anonymisation lists (defined in anonymisationcommands.cpp). The list as shown is
    // anonymisation::effectiveList(): the registrant's names (id 0) until an edit stores them.
    // Each call is one undoable edit; a name already on the list is refused (Constraint).
    /// Appends entries (a name typed in, or accepted suggestions); returns them as stored.
    QList<AnonymisationEntry> addAnonymisationEntries(CaseId caseId,
                                                      const QList<AnonymisationEntry> &entries);
    /// Writes entries' original, replacement, kind and confirmation (matched by id; id 0: the
    /// registrant's name with that original, stored from now on). Edits and confirmations.
    /// Identical values push nothing.
    void updateAnonymisationEntries(CaseId caseId, const QList<AnonymisationEntry> &edited);
    /// Removes stored entries; undo puts them back in their places.
    void removeAnonymisationEntries(CaseId caseId, const QList<qint64> &ids);

Q_SIGNALS:
    void caseAdded(casebench::CaseId id);
    void caseChanged(casebench::CaseId id);
    void caseAboutToBeRemoved(casebench::CaseId id);
    void caseRemoved(casebench::CaseId id);
    /// A case's sanction history changed (its current sanction may have too).
    void sanctionsChanged(casebench::CaseId id);
    /// An undo or redo touched this case: views may select it.
    void caseTouched(casebench::CaseId id);
    void passageAdded(casebench::PassageId id);
    void passageChanged(casebench::PassageId id);
    void passageAboutToBeRemoved(casebench::PassageId id);
    void passageRemoved(casebench::PassageId id);
    void factorAdded(casebench::FactorId id);
    void factorChanged(casebench::FactorId id);
    void factorAboutToBeRemoved(casebench::FactorId id);
    void factorRemoved(casebench::FactorId id);
    /// Sent once after any edit of the codebook (after the precise signals above).
    void codebookChanged();
    /// A document's text was replaced (or restored by undo); its passages changed with it.
    void documentReplaced(casebench::DocumentId id);
    /// Suggestions were dismissed or shown again in a document.
    void suggestionsChanged(casebench::DocumentId id);
    /// A case's import suggestions were dismissed or shown again.
    void importSuggestionsChanged(casebench::CaseId id);
    /// A case's anonymisation list changed (an edit, its undo or redo).
    void anonymisationListChanged(casebench::CaseId id);
    void errorOccurred(const QString &message);
    /// Another program changed the library (SQLite: a second window or casebench-cli on the same
    /// file, seen by the ChangeFeed's polling); what changed is not known, so views read again
    /// what they show. codebookChanged() follows. Never sent for this session's own edits.
    void changedElsewhere();

private:
    void relayChange(const QString &table, CaseId caseId, qint64 rowId, int operation);
    void relayChangedElsewhere();

    std::unique_ptr<Library> m_library;
    QUndoStack *m_undoStack;
    ChangeFeed *m_feed = nullptr;
};

} // namespace casebench
