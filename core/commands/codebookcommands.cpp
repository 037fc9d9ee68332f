// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookcommands.h"

#include "librarysession.h"
#include "model/libraryerror.h"
#include "storage/codebookrepository.h"
#include "storage/library.h"
#include "storage/passagerepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

using Kind = LibraryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::CodebookCommand)
};

QHash<FactorId, Factor> byId(const QList<Factor> &factors)
{
    QHash<FactorId, Factor> map;
    for (const Factor &f : factors)
        map.insert(f.id, f);
    return map;
}

/// Phrases trimmed, single-spaced, without empties or repeats (ignoring case).
QStringList cleanPhrases(const QStringList &phrases)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &phrase : phrases) {
        const QString clean = phrase.simplified();
        if (!clean.isEmpty() && !seen.contains(clean.toLower())) {
            seen.insert(clean.toLower());
            out.append(clean);
        }
    }
    return out;
}

/// A key for a new factor from its name ("Insight shown" → "insight_shown"), unique in `taken`.
QString keyFor(const QString &name, const QSet<QString> &taken)
{
    static const QRegularExpression other(u"[^a-z0-9]+"_s);
    QString base = name.toLower().replace(other, u"_"_s);
    while (base.startsWith(u'_'))
        base.remove(0, 1);
    while (base.endsWith(u'_'))
        base.chop(1);
    if (base.isEmpty() || !base.at(0).isLetter())
        base.prepend(u"factor_"_s);
    QString key = base;
    for (int n = 2; taken.contains(key); ++n)
        key = base + u'_' + QString::number(n);
    return key;
}

Factor factorOrThrow(const QList<Factor> &codebook, FactorId id)
{
    for (const Factor &f : codebook) {
        if (f.id == id)
            return f;
    }
    throw LibraryError(Kind::NotFound,
                       Tr::tr("The factor (id %1) is not in the codebook.").arg(id.value));
}

QString describeUpdate(const Factor &before, const Factor &after, const QList<Factor> &codebook)
{
    QStringList what;
    if (before.name != after.name)
        what << u"name"_s;
    if (before.colour != after.colour)
        what << u"colour"_s;
    if (before.parent != after.parent)
        what << u"parent"_s;
    if (before.category != after.category)
        what << u"category"_s;
    if (before.polarity != after.polarity)
        what << u"polarity"_s;
    if (before.shortcut != after.shortcut)
        what << u"shortcut"_s;
    if (before.phrases != after.phrases)
        what << u"phrases"_s;
    if (what.size() != 1)
        return Tr::tr("Edit factor %1").arg(before.name);
    const QString &only = what.constFirst();
    if (only == u"name")
        return Tr::tr("Rename factor %1 to %2").arg(before.name, after.name);
    if (only == u"colour")
        return Tr::tr("Recolour factor %1").arg(before.name);
    if (only == u"parent") {
        if (!after.parent.isValid())
            return Tr::tr("Move factor %1 to the top level").arg(before.name);
        return Tr::tr("Move factor %1 under %2")
            .arg(before.name, factorOrThrow(codebook, after.parent).name);
    }
    if (only == u"category")
        return Tr::tr("Set category of %1 to %2").arg(before.name, enumLabel(after.category));
    if (only == u"polarity")
        return Tr::tr("Set polarity of %1 to %2").arg(before.name, enumLabel(after.polarity));
    if (only == u"shortcut") {
        if (after.shortcut.isEmpty())
            return Tr::tr("Remove shortcut of %1").arg(before.name);
        return Tr::tr("Set shortcut of %1 to %2").arg(before.name, after.shortcut);
    }
    return Tr::tr("Edit phrases of %1").arg(before.name);
}

} // namespace

// --- CodebookCommand --------------------------------------------------------------------------

CodebookCommand::CodebookCommand(LibrarySession &session, QList<Factor> before, QList<Factor> after,
                                 const QString &text)
    : SessionCommand(session, CaseId(), text), m_before(std::move(before)),
      m_after(std::move(after))
{}

void CodebookCommand::addNewFactors()
{
    // First redo of an edit that adds factors: they get their ids here, and parents named by key
    // are resolved once every factor exists.
    CodebookRepository &codebook = session().library().codebook();
    QHash<QString, FactorId> idOfKey;
    for (const Factor &f : std::as_const(m_before))
        idOfKey.insert(f.key, f.id);
    for (Factor &f : m_after) {
        if (f.id.isValid())
            continue;
        Factor bare = f;
        bare.parent = FactorId();
        f.id = codebook.add(bare).id;
        idOfKey.insert(f.key, f.id);
    }
    for (Factor &f : m_after) {
        const QString parentKey = m_parentKeyOf.value(f.key);
        if (!parentKey.isEmpty())
            f.parent = idOfKey.value(parentKey);
    }
    m_parentKeyOf.clear();
}

void CodebookCommand::signalDifferences(const QList<Factor> &from, const QList<Factor> &to)
{
    const QHash<FactorId, Factor> old = byId(from);
    for (const Factor &f : to) {
        const auto it = old.constFind(f.id);
        if (it == old.constEnd())
            notify(&LibrarySession::factorAdded, f.id);
        else if (it.value() != f)
            notify(&LibrarySession::factorChanged, f.id);
    }
}

QList<FactorId> CodebookCommand::removedBy(bool redo) const
{
    // Redo removes the factors only `before` has; undo those only `after` has (added by redo).
    const QList<Factor> &from = redo ? m_before : m_after;
    const QHash<FactorId, Factor> to = byId(redo ? m_after : m_before);
    QList<FactorId> removed;
    for (const Factor &f : from) {
        if (!to.contains(f.id) && f.id.isValid())
            removed.append(f.id);
    }
    return removed;
}

void CodebookCommand::announceRemovals(bool redo)
{
    for (const FactorId id : removedBy(redo))
        announce(&LibrarySession::factorAboutToBeRemoved, id);
    if (redo) {
        for (const Passage &p : std::as_const(m_deleted))
            announce(&LibrarySession::passageAboutToBeRemoved, p.id);
    }
}

void CodebookCommand::applyRedo()
{
    Library &library = session().library();
    const QList<FactorId> removed = removedBy(true);
    {
        Transaction transaction(library);
        addNewFactors();
        library.codebook().upsertAll(m_after);
        QHash<FactorId, QList<PassageId>> moves;
        for (const Retag &r : std::as_const(m_retags))
            moves[r.after].append(r.passage);
        for (auto it = moves.cbegin(); it != moves.cend(); ++it)
            library.passages().setFactor(it.value(), it.key());
        for (const Passage &p : std::as_const(m_deleted))
            library.passages().remove(p.id);
        // Sub-factors first: a factor goes only once nothing hangs below it.
        QList<FactorId> pending = removed;
        while (!pending.isEmpty()) {
            QList<FactorId> later;
            for (const FactorId id : std::as_const(pending)) {
                bool parentOfPending = false;
                for (const FactorId other : std::as_const(pending)) {
                    const auto f = library.codebook().find(other);
                    parentOfPending = parentOfPending || (f && f->parent == id);
                }
                if (parentOfPending)
                    later.append(id);
                else
                    library.codebook().remove(id);
            }
            if (later.size() == pending.size())
                break; // cannot happen; remove() would refuse and roll back anyway
            pending = later;
        }
        transaction.commit();
    }
    for (const FactorId id : std::as_const(removed))
        notify(&LibrarySession::factorRemoved, id);
    signalDifferences(m_before, m_after);
    for (const Retag &r : std::as_const(m_retags))
        notify(&LibrarySession::passageChanged, r.passage);
    for (const Passage &p : std::as_const(m_deleted))
        notify(&LibrarySession::passageRemoved, p.id);
    notify(&LibrarySession::codebookChanged);
}

void CodebookCommand::applyUndo()
{
    Library &library = session().library();
    const QList<FactorId> added = removedBy(false);
    {
        Transaction transaction(library);
        library.codebook().upsertAll(m_before);
        for (const Passage &p : std::as_const(m_deleted))
            library.passages().add(p);
        QHash<FactorId, QList<PassageId>> moves;
        for (const Retag &r : std::as_const(m_retags))
            moves[r.before].append(r.passage);
        for (auto it = moves.cbegin(); it != moves.cend(); ++it)
            library.passages().setFactor(it.value(), it.key());
        // Added factors never have sub-factors of their own in `before`: children first anyway.
        QList<FactorId> pending = added;
        for (int round = 0; !pending.isEmpty() && round < 64; ++round) {
            QList<FactorId> later;
            for (const FactorId id : std::as_const(pending)) {
                try {
                    library.codebook().remove(id);
                } catch (const LibraryError &e) {
                    if (e.kind() != Kind::Constraint)
                        throw;
                    later.append(id);
                }
            }
            pending = later;
        }
        if (!pending.isEmpty())
            library.codebook().remove(pending.constFirst()); // throws with the reason
        transaction.commit();
    }
    for (const FactorId id : std::as_const(added))
        notify(&LibrarySession::factorRemoved, id);
    signalDifferences(m_after, m_before);
    for (const Passage &p : std::as_const(m_deleted))
        notify(&LibrarySession::passageAdded, p.id);
    for (const Retag &r : std::as_const(m_retags))
        notify(&LibrarySession::passageChanged, r.passage);
    notify(&LibrarySession::codebookChanged);
}

// --- LibrarySession's codebook mutators -------------------------------------------------------

FactorId LibrarySession::addFactor(const Factor &f)
{
    const QList<Factor> before = m_library->codebook().all();
    Factor added = f;
    added.id = FactorId();
    added.name = f.name.simplified();
    added.phrases = cleanPhrases(f.phrases);
    if (added.name.isEmpty())
        throw LibraryError(Kind::InvalidData, Tr::tr("A factor needs a name."));
    if (added.key.isEmpty()) {
        QSet<QString> keys;
        for (const Factor &other : before)
            keys.insert(other.key);
        added.key = keyFor(added.name, keys);
    }
    int last = -1;
    for (const Factor &other : before) {
        if (other.category == added.category)
            last = std::max(last, other.sortOrder);
    }
    added.sortOrder = last + 1;
    QList<Factor> after = before;
    after.append(added);
    auto *command = new CodebookCommand(*this, before, after,
                                        Tr::tr("Add factor %1").arg(added.name));
    SessionCommand::applyAndPush(m_undoStack, command);
    return command->after().constLast().id;
}

void LibrarySession::updateFactor(const Factor &edited)
{
    const QList<Factor> before = m_library->codebook().all();
    const Factor old = factorOrThrow(before, edited.id);
    Factor changed = edited;
    changed.name = edited.name.simplified();
    changed.phrases = cleanPhrases(edited.phrases);
    if (changed.name.isEmpty())
        throw LibraryError(Kind::InvalidData, Tr::tr("A factor needs a name."));
    if (changed == old)
        return;
    QList<Factor> after = before;
    for (Factor &f : after) {
        if (f.id == changed.id)
            f = changed;
    }
    SessionCommand::applyAndPush(
        m_undoStack,
        new CodebookCommand(*this, before, after, describeUpdate(old, changed, before)));
}

void LibrarySession::mergeFactors(FactorId from, FactorId into)
{
    const QList<Factor> before = m_library->codebook().all();
    const Factor victim = factorOrThrow(before, from);
    const Factor survivor = factorOrThrow(before, into);
    if (from == into)
        throw LibraryError(Kind::InvalidData, Tr::tr("A factor cannot be merged into itself."));
    QList<Factor> after;
    for (Factor f : before) {
        if (f.id == from)
            continue;
        if (f.id == into) {
            f.phrases = cleanPhrases(f.phrases + victim.phrases);
            if (f.parent == from)
                f.parent = victim.parent;
            if (f.description.isEmpty())
                f.description = victim.description;
        } else if (f.parent == from) {
            f.parent = into;
        }
        after.append(f);
    }
    QList<CodebookCommand::Retag> retags;
    for (const Passage &p : m_library->passages().forFactor(from))
        retags.append({p.id, from, into});
    auto *command = new CodebookCommand(
        *this, before, after, Tr::tr("Merge factor %1 into %2").arg(victim.name, survivor.name));
    command->setRetags(retags);
    SessionCommand::applyAndPush(m_undoStack, command);
}

void LibrarySession::removeFactor(FactorId id, PassageDisposal disposal, FactorId moveTo)
{
    const QList<Factor> before = m_library->codebook().all();
    const Factor victim = factorOrThrow(before, id);
    const QList<Passage> passages = m_library->passages().forFactor(id);
    if (!passages.isEmpty() && disposal == PassageDisposal::MoveToFactor) {
        if (moveTo == id || !moveTo.isValid())
            throw LibraryError(
                Kind::InvalidData,
                Tr::tr("Choose another factor for the passages of “%1”.").arg(victim.name));
        factorOrThrow(before, moveTo);
    }
    QList<Factor> after;
    for (Factor f : before) {
        if (f.id == id)
            continue;
        if (f.parent == id)
            f.parent = victim.parent;
        after.append(f);
    }
    auto *command = new CodebookCommand(*this, before, after,
                                        Tr::tr("Delete factor %1").arg(victim.name));
    if (disposal == PassageDisposal::MoveToFactor) {
        QList<CodebookCommand::Retag> retags;
        for (const Passage &p : passages)
            retags.append({p.id, id, moveTo});
        command->setRetags(retags);
    } else {
        command->setDeletedPassages(passages);
    }
    SessionCommand::applyAndPush(m_undoStack, command);
}

void LibrarySession::importCodebook(const QList<CodebookEntry> &entries, CodebookImport mode)
{
    const QList<Factor> before = m_library->codebook().all();
    QHash<QString, qsizetype> indexOfName;
    QHash<QString, qsizetype> indexOfKey;
    for (qsizetype i = 0; i < before.size(); ++i) {
        indexOfName.insert(before.at(i).name.toLower(), i);
        indexOfKey.insert(before.at(i).key, i);
    }
    QList<Factor> after = before;
    QSet<FactorId> listed;
    QHash<QString, QString> parentKeyOf; // for factors added without an id
    QHash<QString, QString> importedParentKey;
    QSet<QString> keys;
    for (const Factor &f : before)
        keys.insert(f.key);
    for (const CodebookEntry &entry : entries) {
        Factor incoming = entry.factor;
        incoming.name = incoming.name.simplified();
        incoming.phrases = cleanPhrases(incoming.phrases);
        qsizetype index = indexOfName.value(incoming.name.toLower(), -1);
        if (index < 0)
            index = indexOfKey.value(incoming.key, -1);
        if (index >= 0) {
            Factor &existing = after[index];
            const FactorId id = existing.id;
            const QString key = existing.key;
            existing = incoming;
            existing.id = id;
            existing.key = key; // passages and exports keep referring to the library's key
            listed.insert(id);
            importedParentKey.insert(incoming.key, entry.parentKey);
        } else {
            if (keys.contains(incoming.key))
                incoming.key = keyFor(incoming.name, keys);
            keys.insert(incoming.key);
            incoming.id = FactorId();
            after.append(incoming);
            importedParentKey.insert(entry.factor.key, entry.parentKey);
        }
    }
    // Parents as the file names them (by the file's keys), mapped to the library's factors.
    QHash<QString, qsizetype> afterIndexOfFileKey;
    for (const CodebookEntry &entry : entries) {
        const QString name = entry.factor.name.simplified().toLower();
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (after.at(i).name.toLower() == name)
                afterIndexOfFileKey.insert(entry.factor.key, i);
        }
    }
    for (auto it = importedParentKey.cbegin(); it != importedParentKey.cend(); ++it) {
        const qsizetype child = afterIndexOfFileKey.value(it.key(), -1);
        if (child < 0)
            continue;
        const qsizetype parent = it.value().isEmpty() ? -1
                                                      : afterIndexOfFileKey.value(it.value(), -1);
        Factor &f = after[child];
        if (parent < 0) {
            f.parent = FactorId();
        } else if (after.at(parent).id.isValid()) {
            f.parent = after.at(parent).id;
        } else {
            f.parent = FactorId();
            parentKeyOf.insert(f.key, after.at(parent).key);
        }
    }
    if (mode == CodebookImport::Replace) {
        // Keep what passages still use, and the parents above it.
        QSet<FactorId> keep = listed;
        for (const Factor &f : before) {
            if (m_library->passages().countForFactor(f.id) > 0) {
                for (FactorId p = f.id; p.isValid() && !keep.contains(p);) {
                    keep.insert(p);
                    p = factorOrThrow(before, p).parent;
                }
            }
        }
        QList<Factor> kept;
        for (const Factor &f : std::as_const(after)) {
            if (!f.id.isValid() || keep.contains(f.id))
                kept.append(f);
        }
        QSet<FactorId> survivors;
        for (const Factor &f : std::as_const(kept))
            survivors.insert(f.id);
        for (Factor &f : kept) {
            if (f.parent.isValid() && !survivors.contains(f.parent))
                f.parent = FactorId();
        }
        after = kept;
    }
    if (after == before)
        return;
    auto *command = new CodebookCommand(*this, before, after,
                                        mode == CodebookImport::Merge
                                            ? Tr::tr("Import codebook (merge)")
                                            : Tr::tr("Import codebook (replace)"));
    command->setParentKeys(parentKeyOf);
    SessionCommand::applyAndPush(m_undoStack, command);
}

} // namespace casebench
