// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/regulator.h"

#include <QDate>
#include <QString>

#include <optional>

namespace casebench {
struct Sanction;
}

namespace casebench::ui {

/// How the views word values, so the case table and the history table agree.
namespace displaytext {

/// "1 month", "18 months", "12 months", "3 years": whole years from two years up.
QString duration(std::optional<int> months);

/// The order in the regulator's own term with its duration: "Caution order, 3 years".
QString sanction(const Sanction &s, Regulator regulator);

/// A date for a table cell, e.g. "13 Mar 2019"; empty when unset.
QString date(const QDate &d);

/// A sort key that puts orders in ladder order (then by duration); -1 for no order.
qint64 sanctionSortKey(const std::optional<Sanction> &s);

} // namespace displaytext

} // namespace casebench::ui
