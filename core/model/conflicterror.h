// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case.h"
#include "libraryerror.h"
#include "passage.h"
#include "sanction.h"

#include <QDateTime>

#include <optional>

namespace casebench {

/// A write refused because another reviewer changed (or removed) the row since it was read
/// (kind() is Conflict). Carries the row as it now stands, so the session can say who changed
/// what and the view can show the other reviewer's version.
class ConflictError : public LibraryError
{
public:
    ConflictError(QString message, QString changedBy, QDateTime changedAt)
        : LibraryError(Kind::Conflict, std::move(message)), m_changedBy(std::move(changedBy)),
          m_changedAt(std::move(changedAt))
    {}

    /// Who made the write that won; empty when unknown (an older row) or the row is gone.
    [[nodiscard]] const QString &changedBy() const noexcept { return m_changedBy; }
    /// When it was made (UTC).
    [[nodiscard]] const QDateTime &changedAt() const noexcept { return m_changedAt; }
    /// The passage as it now stands; empty when the conflict is not about a passage or it was
    /// removed.
    std::optional<Passage> currentPassage;
    /// The case as it now stands; empty when the conflict is not about a case or it was removed.
    std::optional<Case> currentCase;
    /// The sanction history entry as it now stands (one another reviewer changed or added);
    /// with `removed`, the entry as the writer last saw it.
    std::optional<Sanction> currentSanction;
    /// The row was removed by the other reviewer.
    bool removed = false;

private:
    QString m_changedBy;
    QDateTime m_changedAt;
};

} // namespace casebench
