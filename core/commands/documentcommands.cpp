// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcommands.h"

#include "analysis/phrasesuggester.h"
#include "analysis/reanchor.h"
#include "import/outlinedetector.h"
#include "librarysession.h"
#include "model/libraryerror.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/suggestionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using Kind = LibraryError::Kind;

QString shortQuote(const QString &quote)
{
    const QString simple = quote.simplified();
    return simple.size() <= 32 ? simple : simple.left(31).trimmed() + u'…';
}

} // namespace

// --- ReplaceDocumentCommand -------------------------------------------------------------------

ReplaceDocumentCommand::ReplaceDocumentCommand(LibrarySession &session, Document before,
                                               Document after, QList<Passage> passagesBefore,
                                               QList<Passage> passagesAfter, const QString &text)
    : SessionCommand(session, before.caseId, text), m_before(std::move(before)),
      m_after(std::move(after)), m_passagesBefore(std::move(passagesBefore)),
      m_passagesAfter(std::move(passagesAfter))
{
    OutlineRepository &outlines = session.library().outlines();
    if (const auto source = outlines.source(m_before.id)) {
        // An imported document keeps an outline that must follow its text.
        m_outlineBefore = StoredOutline{outlines.outline(m_before.id),
                                        outlines.pageStarts(m_before.id), *source};
        DocumentSource newSource = *source;
        newSource.textHash = Document::hashOfText(m_after.text);
        m_outlineAfter = StoredOutline{OutlineDetector::detect(m_after.text), {}, newSource};
    }
}

void ReplaceDocumentCommand::write(const Document &document, const QList<Passage> &passages,
                                   const std::optional<StoredOutline> &outline)
{
    Library &library = session().library();
    {
        Transaction transaction(library);
        library.documents().update(document);
        for (const Passage &p : passages) {
            // Replacing a document re-places all its passages as one edit of the document; its
            // before/after snapshots carry row versions that undo and redo have moved past.
            Passage unchecked = p;
            unchecked.rowVersion = 0;
            library.passages().update(unchecked);
        }
        if (outline) {
            library.outlines().save(document.id, outline->outline, outline->pageStarts,
                                    outline->source);
        }
        transaction.commit();
    }
    notify(&LibrarySession::documentReplaced, document.id);
    for (const Passage &p : passages)
        notify(&LibrarySession::passageChanged, p.id);
}

void ReplaceDocumentCommand::applyRedo()
{
    write(m_after, m_passagesAfter, m_outlineAfter);
}

void ReplaceDocumentCommand::applyUndo()
{
    write(m_before, m_passagesBefore, m_outlineBefore);
}

// --- DismissSuggestionCommand -----------------------------------------------------------------

DismissSuggestionCommand::DismissSuggestionCommand(LibrarySession &session, CaseId caseId,
                                                   SuggestionDismissal dismissal,
                                                   const QString &text)
    : SessionCommand(session, caseId, text), m_dismissal(std::move(dismissal))
{}

void DismissSuggestionCommand::applyRedo()
{
    m_dismissal = session().library().suggestionDismissals().add(m_dismissal);
    notify(&LibrarySession::suggestionsChanged, m_dismissal.document);
}

void DismissSuggestionCommand::applyUndo()
{
    session().library().suggestionDismissals().remove(m_dismissal.id);
    notify(&LibrarySession::suggestionsChanged, m_dismissal.document);
}

// --- LibrarySession's document and suggestion mutators ----------------------------------------

ReanchorReport LibrarySession::replaceDocument(DocumentId id, const QString &newText,
                                               const QString &sourceFileName)
{
    return applyReplacement(planReplacement(*m_library, id, newText, sourceFileName));
}

LibrarySession::DocumentReplacement LibrarySession::planReplacement(Library &library, DocumentId id,
                                                                    const QString &newText,
                                                                    const QString &sourceFileName)
{
    const auto before = library.documents().find(id);
    if (!before)
        throw LibraryError(Kind::NotFound,
                           tr("The document (id %1) no longer exists.").arg(id.value));
    const QList<Passage> passages = library.passages().forDocument(id);
    // Orphans stay orphans: their old offsets mean nothing in the current text.
    QList<Passage> anchored;
    QList<Passage> orphans;
    for (const Passage &p : passages)
        (p.orphaned ? orphans : anchored).append(p);
    DocumentReplacement plan;
    plan.report = Reanchorer::reanchor(before->text, newText, anchored);
    plan.before = *before;
    plan.after = *before;
    plan.after.text = newText;
    plan.after.contentHash = Document::hashOfText(newText);
    if (!sourceFileName.isEmpty())
        plan.after.sourceFileName = sourceFileName;
    for (const AnchoredPassage &a : std::as_const(plan.report.passages))
        plan.passagesAfter.append(a.passage);
    for (const Passage &p : std::as_const(orphans)) {
        plan.passagesAfter.append(p);
        plan.report.passages.append({p, AnchorStatus::Orphaned, 0});
        ++plan.report.orphaned;
    }
    plan.passagesBefore = anchored + orphans;
    return plan;
}

ReanchorReport LibrarySession::applyReplacement(const DocumentReplacement &plan)
{
    const DocumentId id = plan.before.id;
    const auto current = m_library->documents().find(id);
    if (!current)
        throw LibraryError(Kind::NotFound,
                           tr("The document (id %1) no longer exists.").arg(id.value));
    // Planned on another connection: the document and its passages must be as they were read.
    QHash<PassageId, Passage> read;
    for (const Passage &p : plan.passagesBefore)
        read.insert(p.id, p);
    const QList<Passage> now = m_library->passages().forDocument(id);
    bool same = *current == plan.before && now.size() == read.size();
    for (const Passage &p : now)
        same = same && read.value(p.id) == p;
    const QString title = current->title.isEmpty() ? current->sourceFileName : current->title;
    if (!same) {
        throw LibraryError(Kind::Conflict,
                           tr("“%1” or its passages changed while the new version was read; "
                              "nothing was replaced. Replace it again.")
                               .arg(title));
    }
    if (plan.after == plan.before)
        return plan.report;
    SessionCommand::applyAndPush(m_undoStack,
                                 new ReplaceDocumentCommand(*this, plan.before, plan.after,
                                                            plan.passagesBefore, plan.passagesAfter,
                                                            tr("Replace document %1").arg(title)));
    return plan.report;
}

void LibrarySession::dismissSuggestion(DocumentId document, const PhraseSuggestion &suggestion)
{
    const auto doc = m_library->documents().find(document);
    if (!doc)
        throw LibraryError(Kind::NotFound,
                           tr("The document (id %1) no longer exists.").arg(document.value));
    SuggestionDismissal dismissal;
    dismissal.document = document;
    dismissal.factor = suggestion.factor;
    dismissal.start = suggestion.start;
    dismissal.end = suggestion.end;
    dismissal.quote = suggestion.quote;
    const auto factor = m_library->codebook().find(suggestion.factor);
    const QString text = tr("Dismiss suggestion %1 “%2”")
                             .arg(factor ? factor->name : QString(), shortQuote(suggestion.quote));
    SessionCommand::applyAndPush(m_undoStack,
                                 new DismissSuggestionCommand(*this, doc->caseId, dismissal, text));
}

QList<SuggestionDismissal> LibrarySession::dismissedSuggestions(DocumentId document) const
{
    return m_library->suggestionDismissals().forDocument(document);
}

} // namespace casebench
