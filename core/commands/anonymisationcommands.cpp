// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationcommands.h"

#include "export/anonymisationlist.h"
#include "librarysession.h"
#include "model/libraryerror.h"
#include "storage/anonymisationrepository.h"
#include "storage/caserepository.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

namespace casebench {

AnonymisationListCommand::AnonymisationListCommand(LibrarySession &session, CaseId caseId,
                                                   QList<AnonymisationEntry> before,
                                                   QList<AnonymisationEntry> after,
                                                   const QString &text)
    : SessionCommand(session, caseId, text), m_before(std::move(before)), m_after(std::move(after))
{}

void AnonymisationListCommand::applyRedo()
{
    // New entries get their ids here once; a redo after undo writes them back under those ids.
    m_after = session().library().anonymisation().replaceForCase(caseId(), m_after);
    notify(&LibrarySession::anonymisationListChanged, caseId());
}

void AnonymisationListCommand::applyUndo()
{
    session().library().anonymisation().replaceForCase(caseId(), m_before);
    notify(&LibrarySession::anonymisationListChanged, caseId());
}

// --- LibrarySession's anonymisation-list mutators -----------------------------------------------

namespace {

Case caseFor(Library &library, CaseId caseId)
{
    const std::optional<Case> c = library.cases().find(caseId);
    if (!c) {
        throw LibraryError(LibraryError::Kind::NotFound,
                           QCoreApplication::translate("casebench", "There is no case with id %1.")
                               .arg(caseId.value));
    }
    return *c;
}

QString quoted(const QString &original)
{
    return QCoreApplication::translate("casebench", "“%1”").arg(original.simplified());
}

} // namespace

QList<AnonymisationEntry> LibrarySession::addAnonymisationEntries(
    CaseId caseId, const QList<AnonymisationEntry> &entries)
{
    const Case c = caseFor(*m_library, caseId);
    const QList<AnonymisationEntry> before = m_library->anonymisation().forCase(caseId);
    QList<AnonymisationEntry> shown = anonymisation::effectiveList(c, before);
    QList<AnonymisationEntry> after = before;
    for (AnonymisationEntry entry : entries) {
        entry.original = entry.original.simplified();
        if (entry.original.isEmpty()) {
            throw LibraryError(LibraryError::Kind::Constraint,
                               tr("An anonymisation list entry needs a name to replace."));
        }
        for (const AnonymisationEntry &e : std::as_const(shown)) {
            if (anonymisation::sameOriginal(e.original, entry.original)) {
                throw LibraryError(LibraryError::Kind::Constraint,
                                   tr("%1 is already on the anonymisation list of %2.")
                                       .arg(quoted(entry.original), c.reference));
            }
        }
        entry.id = 0;
        shown.append(entry);
        after.append(entry);
    }
    if (entries.isEmpty())
        return {};
    const QString text
        = entries.size() == 1
              ? tr("Add %1 to the anonymisation list").arg(quoted(entries.constFirst().original))
              : tr("Add %n names to the anonymisation list", nullptr, int(entries.size()));
    auto *command = new AnonymisationListCommand(*this, caseId, before, after, text);
    SessionCommand::applyAndPush(m_undoStack, command);
    return command->after().mid(before.size());
}

void LibrarySession::updateAnonymisationEntries(CaseId caseId,
                                                const QList<AnonymisationEntry> &edited)
{
    const Case c = caseFor(*m_library, caseId);
    const QList<AnonymisationEntry> before = m_library->anonymisation().forCase(caseId);
    QList<AnonymisationEntry> after = before;
    bool onlyConfirmation = true;
    bool confirming = false;
    for (AnonymisationEntry entry : edited) {
        entry.original = entry.original.simplified();
        if (entry.original.isEmpty()) {
            throw LibraryError(LibraryError::Kind::Constraint,
                               tr("An anonymisation list entry needs a name to replace."));
        }
        qsizetype index = -1;
        AnonymisationEntry old;
        if (entry.id > 0) {
            for (qsizetype i = 0; i < after.size(); ++i) {
                if (after.at(i).id == entry.id)
                    index = i;
            }
            if (index < 0) {
                throw LibraryError(LibraryError::Kind::NotFound,
                                   tr("The anonymisation list entry %1 no longer exists.")
                                       .arg(quoted(entry.original)));
            }
            old = after.at(index);
        } else {
            // One of the registrant's names, shown but not stored: stored from now on.
            const QList<AnonymisationEntry> derived = anonymisation::effectiveList(c, after);
            const auto found = std::find_if(
                derived.cbegin(), derived.cend(), [&entry](const AnonymisationEntry &d) {
                    return d.id == 0 && anonymisation::sameOriginal(d.original, entry.original);
                });
            old = found != derived.cend() ? *found : AnonymisationEntry{};
            if (found == derived.cend())
                old.original = entry.original; // a new name: treat like an add
            index = after.size();
            after.append(old);
        }
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (i != index && anonymisation::sameOriginal(after.at(i).original, entry.original)) {
                throw LibraryError(LibraryError::Kind::Constraint,
                                   tr("%1 is already on the anonymisation list of %2.")
                                       .arg(quoted(entry.original), c.reference));
            }
        }
        AnonymisationEntry withOldConfirmation = entry;
        withOldConfirmation.confirmed = old.confirmed;
        withOldConfirmation.id = old.id;
        onlyConfirmation = onlyConfirmation && withOldConfirmation == old;
        confirming = confirming || (entry.confirmed && !old.confirmed);
        entry.id = old.id;
        after[index] = entry;
    }
    if (after == before)
        return;
    QString text;
    if (onlyConfirmation && edited.size() == 1) {
        text = confirming ? tr("Confirm %1 on the anonymisation list")
                                .arg(quoted(edited.constFirst().original))
                          : tr("Unconfirm %1 on the anonymisation list")
                                .arg(quoted(edited.constFirst().original));
    } else if (onlyConfirmation) {
        text = confirming
                   ? tr("Confirm %n names on the anonymisation list", nullptr, int(edited.size()))
                   : tr("Unconfirm %n names on the anonymisation list", nullptr,
                        int(edited.size()));
    } else if (edited.size() == 1) {
        text = tr("Edit %1 on the anonymisation list").arg(quoted(edited.constFirst().original));
    } else {
        text = tr("Edit %n names on the anonymisation list", nullptr, int(edited.size()));
    }
    SessionCommand::applyAndPush(m_undoStack,
                                 new AnonymisationListCommand(*this, caseId, before, after, text));
}

void LibrarySession::removeAnonymisationEntries(CaseId caseId, const QList<qint64> &ids)
{
    caseFor(*m_library, caseId);
    const QList<AnonymisationEntry> before = m_library->anonymisation().forCase(caseId);
    const QSet<qint64> removed(ids.cbegin(), ids.cend());
    QList<AnonymisationEntry> after;
    QString firstRemoved;
    for (const AnonymisationEntry &e : before) {
        if (removed.contains(e.id)) {
            if (firstRemoved.isEmpty())
                firstRemoved = e.original;
        } else {
            after.append(e);
        }
    }
    const qsizetype count = before.size() - after.size();
    if (count == 0)
        return;
    const QString text = count == 1
                             ? tr("Remove %1 from the anonymisation list").arg(quoted(firstRemoved))
                             : tr("Remove %n names from the anonymisation list", nullptr,
                                  int(count));
    SessionCommand::applyAndPush(m_undoStack,
                                 new AnonymisationListCommand(*this, caseId, before, after, text));
}

} // namespace casebench
