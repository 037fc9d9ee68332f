// SPDX-License-Identifier: GPL-3.0-or-later
#include "anonymisationlist.h"

#include "model/case.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebench::anonymisation {

namespace {

bool isTitleWord(const QString &word)
{
    static const QStringList titles{u"mr"_s,   u"mrs"_s,  u"ms"_s,        u"miss"_s,  u"mx"_s,
                                    u"dr"_s,   u"prof"_s, u"professor"_s, u"nurse"_s, u"sir"_s,
                                    u"dame"_s, u"lord"_s, u"lady"_s};
    QString w = word;
    if (w.endsWith(u'.'))
        w.chop(1);
    return titles.contains(w, Qt::CaseInsensitive);
}

/// A part of a name worth replacing on its own: two letters or more, not an initial or title.
bool isNamePart(const QString &part)
{
    int letters = 0;
    for (const QChar c : part)
        letters += c.isLetter() ? 1 : 0;
    return letters >= 2 && !isTitleWord(part);
}

AnonymisationEntry registrantEntry(const QString &original)
{
    AnonymisationEntry e;
    e.original = original;
    e.replacement = registrantReplacement();
    e.kind = AnonymisationEntry::Kind::Registrant;
    e.confirmed = true;
    return e;
}

} // namespace

QString registrantReplacement()
{
    return QCoreApplication::translate("casebench", "the Registrant");
}

QString registrationNumberReplacement()
{
    return QCoreApplication::translate("casebench", "[registration number]");
}

AnonymisationEntry registrationNumberEntry(const QString &number)
{
    AnonymisationEntry e;
    e.original = number.simplified();
    e.replacement = registrationNumberReplacement();
    e.kind = AnonymisationEntry::Kind::Identifier;
    e.confirmed = true;
    return e;
}

bool sameOriginal(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

bool isAlreadyAnonymous(const QString &name)
{
    static const QRegularExpression anonymous(
        uR"(^(?:the\s+)?(?:(?:service\s+)?users?|registrants?|persons?|patients?|residents?|clients?|colleagues?|witness(?:es)?|individuals?|child(?:ren)?|pupils?|students?|nurses?|doctors?|members?|family\s+members?|relatives?|staff\s+members?)(?:\s+(?:[A-Z]{1,2}|\d{1,3}))?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return anonymous.match(name.simplified()).hasMatch();
}

QList<AnonymisationEntry> registrantEntries(const QString &registrant)
{
    const QString name = registrant.simplified();
    QList<AnonymisationEntry> entries;
    if (name.isEmpty() || isAlreadyAnonymous(name))
        return entries;
    auto addOnce = [&entries](const QString &original) {
        for (const AnonymisationEntry &e : std::as_const(entries)) {
            if (sameOriginal(e.original, original))
                return;
        }
        entries.append(registrantEntry(original));
    };
    QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
    while (!parts.isEmpty() && isTitleWord(parts.constFirst()))
        parts.removeFirst();
    if (parts.isEmpty())
        return entries;
    addOnce(name);
    addOnce(parts.join(u' '));
    for (const QString &part : std::as_const(parts)) {
        if (isNamePart(part))
            addOnce(part);
        if (part.contains(u'-')) {
            for (const QString &side : part.split(u'-', Qt::SkipEmptyParts)) {
                if (isNamePart(side))
                    addOnce(side);
            }
        }
    }
    const QString surname = parts.constLast();
    if (parts.size() > 1 && isNamePart(surname)) {
        addOnce(u"Mr "_s + surname);
        addOnce(u"Ms "_s + surname);
    }
    return entries;
}

QList<AnonymisationEntry> effectiveList(const Case &c, const QList<AnonymisationEntry> &stored)
{
    QList<AnonymisationEntry> list;
    for (const AnonymisationEntry &derived : registrantEntries(c.registrant)) {
        const bool mentioned = std::any_of(stored.cbegin(), stored.cend(),
                                           [&derived](const AnonymisationEntry &s) {
                                               return sameOriginal(s.original, derived.original);
                                           });
        if (!mentioned)
            list.append(derived);
    }
    list.append(stored);
    return list;
}

} // namespace casebench::anonymisation
