// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/outline.h"
#include "storage/outlinerepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace casebench {

/// The JSON shapes of a document's outline, page starts and source record, as the case JSON
/// format writes and reads them (docs/json-format.md).
namespace outlinejson {

QJsonObject toJson(const Outline &outline);
QJsonObject toJson(const DocumentSource &source);

/// Reads an outline; throws LibraryError(InvalidData) naming `where` (e.g. "documents[1].outline")
/// and the problem, without the file (the caller adds it).
Outline outlineFromJson(const QJsonObject &o, const QString &where);
DocumentSource sourceFromJson(const QJsonObject &o, const QString &where);
QList<int> pageStartsFromJson(const QJsonArray &a, const QString &where);

} // namespace outlinejson

} // namespace casebench
