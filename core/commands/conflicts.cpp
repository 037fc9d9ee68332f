// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflicts.h"

#include "librarysession.h"
#include "model/conflicterror.h"
#include "model/libraryerror.h"
#include "model/sanctiontype.h"
#include "storage/caserepository.h"
#include "storage/codebookrepository.h"
#include "storage/library.h"

#include <QCoreApplication>

#include <exception>
#include <functional>

using namespace Qt::StringLiterals;

namespace casebench::conflicts {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casebench::conflicts)
};

/// Sends the other reviewer's change through the session's signals. The write it conflicted with
/// has already been rolled back; a slot's exception goes to errorOccurred so that it never
/// replaces the ConflictError about to be thrown.
void announce(LibrarySession &session, const std::function<void()> &send)
{
    try {
        send();
    } catch (const LibraryError &e) {
        Q_EMIT session.errorOccurred(e.message());
    } catch (const std::exception &e) {
        Q_EMIT session.errorOccurred(QString::fromLocal8Bit(e.what()));
    }
}

QString who(const ConflictError &error)
{
    return error.changedBy().isEmpty() ? Tr::tr("Another reviewer") : error.changedBy();
}

QString shortQuote(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= 60 ? simple : simple.left(59).trimmed() + u'…';
}

QString factorName(Library &library, FactorId id)
{
    const auto factor = library.codebook().find(id);
    return factor ? factor->name : Tr::tr("a factor no longer in the codebook");
}

/// "Suspension order, 12 months", in the regulator's terms.
QString orderText(const Sanction &s, Regulator regulator)
{
    const QString term = sanctionladder::regulatorTerm(s.type, regulator);
    if (!s.durationMonths)
        return term;
    return Tr::tr("%1, %2 months").arg(term).arg(*s.durationMonths);
}

} // namespace

QString when(const QDateTime &timestamp)
{
    if (!timestamp.isValid())
        return {};
    const QDateTime local = timestamp.toLocalTime();
    if (local.date() == QDate::currentDate())
        return Tr::tr("at %1").arg(local.toString(u"HH:mm"_s));
    return Tr::tr("on %1 at %2").arg(local.toString(u"d MMM yyyy"_s), local.toString(u"HH:mm"_s));
}

QString passageMessage(Library &library, const Passage &seen, const ConflictError &error)
{
    if (error.removed || !error.currentPassage)
        return Tr::tr("Another reviewer deleted this passage; your change was not saved.");
    const Passage &now = *error.currentPassage;
    const QString name = who(error);
    const QString at = when(error.changedAt());
    if (now.note != seen.note) {
        if (now.note.isEmpty())
            return Tr::tr("%1 cleared this passage's note %2; your change was not saved.")
                .arg(name, at);
        return Tr::tr("%1 changed this passage's note %2 to “%3”; your change was not saved.")
            .arg(name, at, shortQuote(now.note));
    }
    if (now.factor != seen.factor) {
        return Tr::tr("%1 tagged this passage as %2 %3; your change was not saved.")
            .arg(name, factorName(library, now.factor), at);
    }
    if (now.start != seen.start || now.end != seen.end || now.orphaned != seen.orphaned) {
        return Tr::tr("%1 moved this passage %2 to “%3”; your change was not saved.")
            .arg(name, at, shortQuote(now.quote));
    }
    return Tr::tr("%1 changed this passage %2; your change was not saved.").arg(name, at);
}

QString caseMessage(const Case &seen, const ConflictError &error)
{
    if (error.removed || !error.currentCase)
        return Tr::tr("Another reviewer deleted the case %1; your change was not saved.")
            .arg(seen.reference);
    const Case &now = *error.currentCase;
    return Tr::
        tr("%1 changed the case %2 %3; your change was not saved, and the case now shows their version.")
            .arg(who(error), now.reference, when(error.changedAt()));
}

QString sanctionMessage(const std::optional<Sanction> &seen, const ConflictError &error,
                        Regulator regulator)
{
    const std::optional<Sanction> &now = error.currentSanction;
    if (error.removed || !now) {
        if (!seen)
            return Tr::tr(
                "Another reviewer removed an entry of this sanction history; your change was not saved.");
        return Tr::tr("Another reviewer removed this sanction (%1); your change was not saved.")
            .arg(orderText(*seen, regulator));
    }
    const QString name = who(error);
    const QString at = when(error.changedAt());
    if (!seen) {
        return Tr::tr("%1 added a sanction to this history %2 (%3); your change was not saved.")
            .arg(name, at, orderText(*now, regulator));
    }
    return Tr::tr("%1 changed this sanction %2 to %3; your change was not saved.")
        .arg(name, at, orderText(*now, regulator));
}

void rethrowForSanctions(LibrarySession &session, CaseId caseId, const QList<Sanction> &written,
                         const ConflictError &error)
{
    std::optional<Sanction> seen;
    if (error.currentSanction) {
        for (const Sanction &s : written) {
            if (s.id == error.currentSanction->id)
                seen = s;
        }
    }
    const auto c = session.library().cases().find(caseId);
    const Regulator regulator = c ? c->regulator : Regulator::Other;
    ConflictError refined(sanctionMessage(seen, error, regulator), error.changedBy(),
                          error.changedAt());
    refined.currentSanction = error.currentSanction;
    refined.removed = error.removed;
    announce(session, [&] { Q_EMIT session.sanctionsChanged(caseId); });
    throw refined;
}

void rethrowForPassage(LibrarySession &session, const Passage &seen, const ConflictError &error)
{
    ConflictError refined(passageMessage(session.library(), seen, error), error.changedBy(),
                          error.changedAt());
    refined.currentPassage = error.currentPassage;
    refined.removed = error.removed || !error.currentPassage;
    announce(session, [&] {
        if (refined.removed) {
            Q_EMIT session.passageAboutToBeRemoved(seen.id);
            Q_EMIT session.passageRemoved(seen.id);
        } else {
            Q_EMIT session.passageChanged(seen.id);
        }
    });
    throw refined;
}

void rethrowForCase(LibrarySession &session, const Case &seen, const ConflictError &error)
{
    ConflictError refined(caseMessage(seen, error), error.changedBy(), error.changedAt());
    refined.currentCase = error.currentCase;
    refined.removed = error.removed || !error.currentCase;
    announce(session, [&] {
        if (refined.removed) {
            Q_EMIT session.caseAboutToBeRemoved(seen.id);
            Q_EMIT session.caseRemoved(seen.id);
        } else {
            Q_EMIT session.caseChanged(seen.id);
        }
    });
    throw refined;
}

} // namespace casebench::conflicts
