// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace casebench {

class Anonymiser;
struct CaseSummary;
struct ExportedCase;

/// The CSV tables of the exports (see CsvWriter for the format): a case's passages, one row
/// each, and the case table, one row per case. Labels are the application's display labels.
namespace csvexport {

/// The passages table's header.
QStringList passageHeader();
/// One row per passage of `data` (orphans included, with empty citation): case reference,
/// document title, factor, factor key, category, polarity, quote, citation, note, start, end,
/// orphaned.
QByteArray passagesTable(const ExportedCase &data);

/// The case table's header.
QStringList caseHeader();
/// One row per case, in the order given: reference, title, regulator, profession, registrant,
/// hearing type and dates, allegation, facts, grounds, impairment, role, the current sanction,
/// its duration and dates, and the counts of documents and passages.
QByteArray casesTable(const QList<CaseSummary> &cases);

/// A case-table row with its names passed through `anonymiser`.
CaseSummary anonymised(const CaseSummary &summary, const Anonymiser &anonymiser);

} // namespace csvexport

} // namespace casebench
