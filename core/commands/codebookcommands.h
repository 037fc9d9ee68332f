// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"
#include "model/passage.h"
#include "sessioncommands.h"

#include <QStringList>

namespace casebench {

/// Every codebook edit: the codebook before and after (whole: it is small), and the passages
/// the edit re-tags or deletes. Redo writes `after`, moves and deletes passages, then removes
/// the factors `after` no longer has; undo does the reverse. One transaction each way.
class CodebookCommand : public SessionCommand
{
public:
    struct Retag
    {
        PassageId passage;
        FactorId before;
        FactorId after;
    };

    CodebookCommand(LibrarySession &session, QList<Factor> before, QList<Factor> after,
                    const QString &text);

    /// Passages moved to another factor by the edit.
    void setRetags(QList<Retag> retags) { m_retags = std::move(retags); }
    /// Passages deleted with their factor (restored by undo under their ids).
    void setDeletedPassages(QList<Passage> passages) { m_deleted = std::move(passages); }
    /// For factors added without an id: their parents' keys, resolved on the first redo.
    void setParentKeys(QHash<QString, QString> parentKeyOf)
    {
        m_parentKeyOf = std::move(parentKeyOf);
    }

    /// The codebook as written by the last redo (new factors have their ids).
    [[nodiscard]] const QList<Factor> &after() const { return m_after; }

protected:
    void announceRemovals(bool redo) override;
    void applyRedo() override;
    void applyUndo() override;

private:
    /// The factors a redo (`redo`) or an undo removes.
    [[nodiscard]] QList<FactorId> removedBy(bool redo) const;
    void addNewFactors();
    void signalDifferences(const QList<Factor> &from, const QList<Factor> &to);

    QList<Factor> m_before;
    QList<Factor> m_after;
    QList<Retag> m_retags;
    QList<Passage> m_deleted;
    QHash<QString, QString> m_parentKeyOf;
};

} // namespace casebench
