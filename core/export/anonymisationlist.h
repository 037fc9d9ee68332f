// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymiser.h"

#include <QList>
#include <QString>

namespace casebench {

struct Case;

/// Rules for a case's anonymisation list that do not depend on storage.
namespace anonymisation {

/// The replacement given to the registrant's names.
QString registrantReplacement();

/// The registrant's names as confirmed entries (id 0, kind Registrant, "the Registrant"): the full
/// name, each part of it of two letters or more (and each side of a hyphenated part), and
/// "Mr Surname" / "Ms Surname". Titles ("Dr") in the name are left out of the parts. Empty for an
/// empty name or one that is already anonymous ("Registrant A", "the Registrant").
QList<AnonymisationEntry> registrantEntries(const QString &registrant);

/// The replacement given to the registrant's registration number or PIN.
QString registrationNumberReplacement();

/// The registrant's registration number or PIN as a confirmed entry (id 0, kind Identifier,
/// "[registration number]"): what an import puts on a case's list.
AnonymisationEntry registrationNumberEntry(const QString &number);

/// The list as applied and shown: the stored entries, preceded by the registrant's entries that
/// the stored list does not mention (compared case-insensitively, whitespace simplified). A
/// stored entry therefore overrides a derived one: unconfirming it stops the replacement.
QList<AnonymisationEntry> effectiveList(const Case &c, const QList<AnonymisationEntry> &stored);

/// Two originals name the same thing (case-insensitive, whitespace simplified).
bool sameOriginal(const QString &a, const QString &b);

/// True for a name that is already anonymous: "Service User A", "Registrant B", "Colleague 1",
/// "Person C", "Patient D", "Witness 2", "the Registrant".
bool isAlreadyAnonymous(const QString &name);

} // namespace anonymisation

} // namespace casebench
