// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/document.h"
#include "model/passage.h"
#include "model/sanction.h"
#include "model/validation.h"

#include <QJsonObject>

namespace casebench {

struct CaseSummary;

/// JSON shapes shared by the CLI and the exports. Keys are snake_case; enums are written as
/// their stable identifiers; dates as ISO 8601 (null when unset).
namespace casejson {

QJsonObject toJson(const Case &c);
QJsonObject toJson(const Sanction &s);
QJsonObject toJson(const Document &d, bool withText);
QJsonObject toJson(const Passage &p);
QJsonObject toJson(const ValidationIssue &issue);
/// A case-table row: the case's main fields and its current sanction (or null).
QJsonObject toJson(const CaseSummary &summary);

} // namespace casejson

} // namespace casebench
