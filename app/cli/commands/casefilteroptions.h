// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The case filters of `precedents` and `search`: --regulator, --profession, --from, --to,
// --sanction and --ground, each taking one value or several separated by commas.

#include "analysis/casefilters.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QJsonObject;

namespace casebench::cli {

QList<QCommandLineOption> caseFilterOptions();

/// The filters given; a usage-free input error (exit 2) naming the value for a bad one.
CaseFilters parseCaseFilters(const QCommandLineParser &options);

/// The filters as JSON (only those set).
QJsonObject caseFiltersJson(const CaseFilters &filters);

/// A non-negative integer option within bounds, or `fallback` when not given.
int intOption(const QCommandLineParser &options, const QString &name, int fallback, int min,
              int max);

} // namespace casebench::cli
