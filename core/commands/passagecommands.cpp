// SPDX-License-Identifier: GPL-3.0-or-later
#include "passagecommands.h"

#include "conflicts.h"
#include "import/outlinedetector.h"
#include "librarysession.h"
#include "model/conflicterror.h"
#include "model/libraryerror.h"
#include "storage/codebookrepository.h"
#include "storage/documentrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::passagecommands)
};

/// How an undo text names a passage: "¶ 27" when its paragraph is numbered, else its opening
/// words in quotes.
QString placeOf(const Passage &passage, const QString &citation)
{
    if (!citation.isEmpty())
        return citation;
    const QString quote = passage.quote.simplified();
    if (quote.size() <= 24)
        return u"“%1”"_s.arg(quote);
    return u"“%1…”"_s.arg(quote.left(23).trimmed());
}

QString paragraphLabel(const Document &document, int offset)
{
    const QString paragraph = OutlineDetector::detect(document.text).citationAt(offset).paragraph;
    return paragraph.isEmpty() ? QString() : u"¶ "_s + paragraph;
}

Factor factorOrThrow(Library &library, FactorId id)
{
    const auto factor = library.codebook().find(id);
    if (!factor) {
        throw LibraryError(Kind::NotFound,
                           Tr::tr("The factor (id %1) is not in the codebook.").arg(id.value));
    }
    return *factor;
}

Passage passageOrThrow(Library &library, PassageId id)
{
    const auto passage = library.passages().find(id);
    if (!passage)
        throw LibraryError(Kind::NotFound,
                           Tr::tr("The passage (id %1) no longer exists.").arg(id.value));
    return *passage;
}

/// The document of a passage, without its text unless asked.
Document documentOrThrow(Library &library, DocumentId id)
{
    const auto document = library.documents().find(id);
    if (!document) {
        throw LibraryError(Kind::NotFound,
                           Tr::tr("The document (id %1) no longer exists.").arg(id.value));
    }
    return *document;
}

} // namespace

// --- LibrarySession's passage mutators -------------------------------------------------------

PassageId LibrarySession::tagPassage(DocumentId document, FactorId factor, int start, int end,
                                     const QString &citation)
{
    const Document doc = documentOrThrow(*m_library, document);
    const Factor f = factorOrThrow(*m_library, factor);
    const int length = static_cast<int>(doc.text.size());
    if (start < 0 || end > length || end <= start) {
        throw LibraryError(Kind::Constraint,
                           Tr::tr("A passage must cover at least one character of “%1”; characters "
                                  "%2 to %3 were given.")
                               .arg(doc.title)
                               .arg(start)
                               .arg(end));
    }
    Passage passage = Passage::fromSpan(doc.text, document, factor, start, end);
    passage.author = m_library->author();
    const QString place = placeOf(passage,
                                  citation.isEmpty() ? paragraphLabel(doc, start) : citation);
    auto *command = new AddPassageCommand(*this, doc.caseId, passage,
                                          Tr::tr("Tag %1 as %2").arg(place, f.name));
    SessionCommand::applyAndPush(m_undoStack, command);
    return command->passage().id;
}

void LibrarySession::setPassageFactor(PassageId id, FactorId factor, const QString &citation)
{
    setPassageFactor(passageOrThrow(*m_library, id), factor, citation);
}

void LibrarySession::setPassageFactor(const Passage &seen, FactorId factor, const QString &citation)
{
    const Passage &before = seen;
    if (before.factor == factor)
        return;
    const Factor f = factorOrThrow(*m_library, factor);
    const Document doc = documentOrThrow(*m_library, before.document);
    Passage after = before;
    after.factor = factor;
    const QString place = placeOf(before, citation.isEmpty() ? paragraphLabel(doc, before.start)
                                                             : citation);
    SessionCommand::applyAndPush(
        m_undoStack, new UpdatePassageCommand(*this, doc.caseId, before, after,
                                              Tr::tr("Tag %1 as %2").arg(place, f.name)));
}

void LibrarySession::movePassage(PassageId id, int start, int end, const QString &citation)
{
    const Passage before = passageOrThrow(*m_library, id);
    const Document doc = documentOrThrow(*m_library, before.document);
    const int length = static_cast<int>(doc.text.size());
    if (start < 0 || end > length || end <= start) {
        throw LibraryError(Kind::Constraint,
                           Tr::tr("A passage must cover at least one character of “%1”; characters "
                                  "%2 to %3 were given.")
                               .arg(doc.title)
                               .arg(start)
                               .arg(end));
    }
    if (!before.orphaned && before.start == start && before.end == end)
        return;
    // The passage keeps its id, factor, note and author; its span, quote and context are
    // taken afresh from the text, and it is no longer an orphan.
    const Passage placed = Passage::fromSpan(doc.text, before.document, before.factor, start, end);
    Passage after = before;
    after.start = placed.start;
    after.end = placed.end;
    after.quote = placed.quote;
    after.prefix = placed.prefix;
    after.suffix = placed.suffix;
    after.orphaned = false;
    const QString place = placeOf(after,
                                  citation.isEmpty() ? paragraphLabel(doc, start) : citation);
    SessionCommand::applyAndPush(
        m_undoStack,
        new UpdatePassageCommand(*this, doc.caseId, before, after,
                                 before.orphaned ? Tr::tr("Re-place passage at %1").arg(place)
                                                 : Tr::tr("Move passage to %1").arg(place)));
}

void LibrarySession::setPassageNote(PassageId id, const QString &note, const QString &citation)
{
    setPassageNote(passageOrThrow(*m_library, id), note, citation);
}

void LibrarySession::setPassageNote(const Passage &seen, const QString &note,
                                    const QString &citation)
{
    const Passage &before = seen;
    if (before.note == note)
        return;
    const Document doc = documentOrThrow(*m_library, before.document);
    Passage after = before;
    after.note = note;
    const QString place = placeOf(before, citation.isEmpty() ? paragraphLabel(doc, before.start)
                                                             : citation);
    SessionCommand::applyAndPush(
        m_undoStack, new UpdatePassageCommand(*this, doc.caseId, before, after,
                                              Tr::tr("Edit note of passage %1").arg(place)));
}

void LibrarySession::removePassage(PassageId id, const QString &citation)
{
    removePassage(passageOrThrow(*m_library, id), citation);
}

void LibrarySession::removePassage(const Passage &seen, const QString &citation)
{
    const Passage &passage = seen;
    const Document doc = documentOrThrow(*m_library, passage.document);
    const QString place = placeOf(passage, citation.isEmpty() ? paragraphLabel(doc, passage.start)
                                                              : citation);
    SessionCommand::applyAndPush(m_undoStack,
                                 new RemovePassageCommand(*this, doc.caseId, passage,
                                                          Tr::tr("Delete passage %1").arg(place)));
}

// --- AddPassageCommand ------------------------------------------------------------------------

AddPassageCommand::AddPassageCommand(LibrarySession &session, CaseId caseId, const Passage &passage,
                                     const QString &text)
    : SessionCommand(session, caseId, text), m_passage(passage)
{}

void AddPassageCommand::applyRedo()
{
    // The first redo gives the passage its id; a redo after undo puts it back under that id,
    // carrying on from the row version this session's undo removed.
    PassageRepository &passages = session().library().passages();
    if (m_passage.id.isValid())
        m_passage.rowVersion = passages.versionWritten(m_passage.id, m_passage.rowVersion);
    m_passage = passages.add(m_passage);
    notify(&LibrarySession::passageAdded, m_passage.id);
}

void AddPassageCommand::announceRemovals(bool redo)
{
    if (!redo)
        announce(&LibrarySession::passageAboutToBeRemoved, m_passage.id);
}

void AddPassageCommand::applyUndo()
{
    try {
        // Only the version this session added: another reviewer's later edit is not undone.
        PassageRepository &passages = session().library().passages();
        passages.remove(m_passage.id, passages.versionWritten(m_passage.id, m_passage.rowVersion));
    } catch (const ConflictError &e) {
        conflicts::rethrowForPassage(session(), m_passage, e);
    }
    notify(&LibrarySession::passageRemoved, m_passage.id);
}

// --- RemovePassageCommand ---------------------------------------------------------------------

RemovePassageCommand::RemovePassageCommand(LibrarySession &session, CaseId caseId,
                                           const Passage &passage, const QString &text)
    : SessionCommand(session, caseId, text), m_passage(passage)
{}

void RemovePassageCommand::announceRemovals(bool redo)
{
    if (redo)
        announce(&LibrarySession::passageAboutToBeRemoved, m_passage.id);
}

void RemovePassageCommand::applyRedo()
{
    if (!session().library().passages().find(m_passage.id)) {
        throw LibraryError(
            Kind::NotFound,
            Tr::tr("The passage “%1” no longer exists.").arg(m_passage.quote.left(40)));
    }
    try {
        PassageRepository &passages = session().library().passages();
        passages.remove(m_passage.id,
                        m_removed ? passages.versionWritten(m_passage.id, m_passage.rowVersion)
                                  : m_passage.rowVersion);
        m_removed = true;
    } catch (const ConflictError &e) {
        conflicts::rethrowForPassage(session(), m_passage, e);
    }
    notify(&LibrarySession::passageRemoved, m_passage.id);
}

void RemovePassageCommand::applyUndo()
{
    PassageRepository &passages = session().library().passages();
    m_passage.rowVersion = passages.versionWritten(m_passage.id, m_passage.rowVersion);
    m_passage.rowVersion = passages.add(m_passage).rowVersion;
    notify(&LibrarySession::passageAdded, m_passage.id);
}

// --- UpdatePassageCommand ---------------------------------------------------------------------

UpdatePassageCommand::UpdatePassageCommand(LibrarySession &session, CaseId caseId,
                                           const Passage &before, const Passage &after,
                                           const QString &text)
    : SessionCommand(session, caseId, text), m_before(before), m_after(after),
      m_version(before.rowVersion)
{}

void UpdatePassageCommand::write(const Passage &value, const Passage &seen)
{
    PassageRepository &passages = session().library().passages();
    Passage versioned = value;
    versioned.rowVersion = m_written ? passages.versionWritten(value.id, m_version) : m_version;
    try {
        m_version = passages.update(versioned).rowVersion;
        m_written = true;
    } catch (const ConflictError &e) {
        conflicts::rethrowForPassage(session(), seen, e);
    }
    notify(&LibrarySession::passageChanged, value.id);
}

void UpdatePassageCommand::applyRedo()
{
    write(m_after, m_before);
}

void UpdatePassageCommand::applyUndo()
{
    write(m_before, m_after);
}

} // namespace casebench
