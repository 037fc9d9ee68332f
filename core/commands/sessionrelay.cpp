// SPDX-License-Identifier: GPL-3.0-or-later
// LibrarySession: relaying other reviewers' changes (ChangeFeed) through the session's signals,
// and other programs' changes to an SQLite library as changedElsewhere().
#include "librarysession.h"

#include "storage/caserepository.h"
#include "storage/changefeed.h"
#include "storage/documentrepository.h"
#include "storage/library.h"

using namespace Qt::StringLiterals;

namespace casebench {

void LibrarySession::relayChange(const QString &table, CaseId caseId, qint64 rowId, int operation)
{
    const auto op = static_cast<ChangeFeed::Operation>(operation);
    const bool removed = op == ChangeFeed::Operation::Delete;
    if (table == u"cases"_s) {
        const CaseId id(rowId);
        if (removed) {
            Q_EMIT caseAboutToBeRemoved(id);
            Q_EMIT caseRemoved(id);
        } else if (op == ChangeFeed::Operation::Insert) {
            Q_EMIT caseAdded(id);
        } else {
            Q_EMIT caseChanged(id);
        }
        return;
    }
    if (table == u"passages"_s) {
        const PassageId id(rowId);
        if (removed) {
            Q_EMIT passageAboutToBeRemoved(id);
            Q_EMIT passageRemoved(id);
        } else if (op == ChangeFeed::Operation::Insert) {
            Q_EMIT passageAdded(id);
        } else {
            Q_EMIT passageChanged(id);
        }
    } else if (table == u"sanctions"_s) {
        if (caseId.isValid())
            Q_EMIT sanctionsChanged(caseId);
    } else if (table == u"documents"_s && op == ChangeFeed::Operation::Update) {
        Q_EMIT documentReplaced(DocumentId(rowId));
    }
    // The case table shows counts and the current sanction: its row changes with these too.
    // A case being deleted takes its rows with it; its own notification says so.
    if (caseId.isValid() && m_library->cases().find(caseId))
        Q_EMIT caseChanged(caseId);
}

void LibrarySession::relayChangedElsewhere()
{
    // SQLite says only that something changed: the views re-read the library, and the
    // codebook's views (which listen for codebookChanged) their factors.
    Q_EMIT changedElsewhere();
    Q_EMIT codebookChanged();
}

} // namespace casebench
