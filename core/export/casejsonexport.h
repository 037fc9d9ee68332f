// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace casebench {

struct ExportedCase;

/// The case JSON format (docs/json-format.md): a whole case with its sanction history,
/// documents (text, outline, pages), the factors its passages use and its passages as W3C Web
/// Annotations. Read back by CaseJsonReader.
namespace casejsonexport {

/// The value of the top-level "format" key.
inline const QString formatName = QStringLiteral("casebench-case");
/// The version this build writes; readers refuse files with a higher one.
constexpr int formatVersion = 1;

/// The document of one case. `anonymised` is recorded at the top (the data itself should
/// already have been passed through ExportedCase::anonymised()).
QJsonObject toJson(const ExportedCase &data, bool anonymised);
/// The same, indented, as UTF-8.
QByteArray toBytes(const ExportedCase &data, bool anonymised);

} // namespace casejsonexport

} // namespace casebench
