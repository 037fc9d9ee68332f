// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace casebench {

/// The one rule by which Casebench picks a reference no case uses yet, wherever a case is made:
/// a new case in the window, a document imported as a new case, a case JSON file, a REFI-QDA
/// project and the demo library.
///
/// - The wanted reference, with its white space simplified, when no case has it.
/// - Otherwise the first free one of "wanted (2)", "wanted (3)", …; a wanted reference that
///   already ends in a number in brackets counts on from it ("REF (2)" taken → "REF (3)").
/// - A blank wanted reference becomes a generated one: the first free of "NEW-001", "NEW-002", …
///
/// `taken` says whether a case already has a reference (CaseRepository::findByReference, or a
/// set in tests). References are identifiers, so nothing here is translated.
[[nodiscard]] QString uniqueReference(const QString &wanted,
                                      const std::function<bool(const QString &)> &taken);

} // namespace casebench
