// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factor.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace casebench {

/// A factor as written in a codebook file, with its parent named by key.
struct CodebookEntry
{
    Factor factor;
    QString parentKey;
};

/// Reading and writing codebook JSON ({"format": "casebench-codebook", "version": 1,
/// "factors": [{"key", "name", "category", "polarity", "description", "colour", "parent",
/// "shortcut", "phrases"}]}). "phrases" (a list of texts that suggest the factor) is optional.
namespace codebookjson {

/// The largest codebook file read from the user (a codebook of a thousand factors is well
/// under a megabyte).
constexpr qint64 maxFileBytes = qint64(16) * 1024 * 1024;

/// Parses a codebook. Throws LibraryError(InvalidData) naming `sourceName` and the problem
/// (not JSON, wrong format, unknown category, duplicate key, unknown parent, …).
QList<CodebookEntry> parse(const QByteArray &json, const QString &sourceName);

/// Writes a codebook (factors' parents resolved to keys through the list itself).
QByteArray write(const QList<Factor> &factors);

/// The codebook every new library starts with (resource :/casebench/codebook/default.json).
QList<CodebookEntry> defaultCodebook();

} // namespace codebookjson

} // namespace casebench
