// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/passage.h"
#include "model/sanction.h"

#include <QList>
#include <QString>

#include <optional>

namespace casebench {

class ConflictError;
class Library;
class LibrarySession;

/// Turning a storage conflict (another reviewer wrote the row first) into what the reviewer is
/// told: who changed what, when, and to what; the session's views are then told to reload the
/// other reviewer's version.
namespace conflicts {

/// "Anna changed this passage's note at 14:02 to “…”; your change was not saved." `seen` is the
/// passage as this reviewer had it when making the change.
[[nodiscard]] QString passageMessage(Library &library, const Passage &seen,
                                     const ConflictError &error);

/// "Anna changed the case HCPC-0001 (title, notes) at 14:02; your change was not saved."
[[nodiscard]] QString caseMessage(const Case &seen, const ConflictError &error);

/// Announces the other reviewer's version of the passage (changed or removed) through the
/// session's signals and throws a ConflictError with passageMessage().
[[noreturn]] void rethrowForPassage(LibrarySession &session, const Passage &seen,
                                    const ConflictError &error);

/// The same for a case: caseChanged, or caseAboutToBeRemoved/caseRemoved.
[[noreturn]] void rethrowForCase(LibrarySession &session, const Case &seen,
                                 const ConflictError &error);

/// "Anna changed this sanction at 14:02 to Suspension order, 12 months; your change was not
/// saved." `seen` is the entry as this reviewer had it (nothing when the conflict is an entry
/// another reviewer added); `regulator` gives the order its regulator's term.
[[nodiscard]] QString sanctionMessage(const std::optional<Sanction> &seen,
                                      const ConflictError &error, Regulator regulator);

/// The same for a case's sanction history: sanctionsChanged(caseId), so that the history and
/// the sanction editor reload the other reviewer's version, then a ConflictError with
/// sanctionMessage(). `written` is the history the write was made over.
[[noreturn]] void rethrowForSanctions(LibrarySession &session, CaseId caseId,
                                      const QList<Sanction> &written, const ConflictError &error);

/// "at 14:02" today, "on 26 Nov 2026 at 14:02" another day (local time).
[[nodiscard]] QString when(const QDateTime &timestamp);

} // namespace conflicts

} // namespace casebench
