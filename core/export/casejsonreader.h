// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/document.h"
#include "model/factor.h"
#include "model/outline.h"
#include "model/passage.h"
#include "model/sanction.h"
#include "storage/outlinerepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebench {

/// A passage read from a case JSON file: its factor is named by key, its span by the file.
struct ParsedPassage
{
    Passage passage; ///< id, document and factor unset
    QString factorKey;
};

/// A document read from a case JSON file.
struct ParsedDocument
{
    Document document; ///< id and case unset
    qint64 fileId = 0; ///< its id in the file, which annotations target
    Outline outline;
    QList<int> pageStarts;
    std::optional<DocumentSource> source;
    QList<ParsedPassage> passages;
};

/// A whole case read from a case JSON file, checked but not yet stored.
struct ParsedCase
{
    Case caseRecord;           ///< id unset
    QList<Sanction> sanctions; ///< ids and case unset
    QList<Factor> factors;     ///< ids unset
    QStringList parentKeys;    ///< parentKeys[i]: the key of factors[i]'s parent, or empty
    QList<ParsedDocument> documents;
    bool anonymised = false;

    [[nodiscard]] int passageCount() const;
};

/// Reads the case JSON format (docs/json-format.md). A pure function of the bytes: nothing is
/// written anywhere.
class CaseJsonReader
{
public:
    /// Parses a file's bytes. Throws LibraryError(InvalidData) with one sentence naming
    /// `fileName` and the problem: not JSON (with line and column), another format, a newer
    /// version, or a missing or malformed field (with where it is).
    [[nodiscard]] static ParsedCase parse(const QByteArray &bytes, const QString &fileName);
    /// The largest case JSON file read (a case with long decisions is a few megabytes).
    static constexpr qint64 maxFileBytes = qint64(64) * 1024 * 1024;

    /// Reads and parses a file: a regular file of at most maxFileBytes (a FIFO or device is
    /// refused unread). Throws LibraryError (FileNotFound; InvalidData when it cannot be read).
    [[nodiscard]] static ParsedCase read(const QString &path);
};

} // namespace casebench
