// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymiser.h"
#include "model/ids.h"

#include <QDateTime>
#include <QString>

namespace casebench {

class Library;
struct QdpxProject;

/// What a REFI-QDA export is asked to do.
struct QdpxExportOptions
{
    /// Anonymise with `anonymiser`: an empty one is refused, reviewers become "Reviewer 1"…,
    /// GUIDs are no longer derived from the reference or names, source file names are left out,
    /// and write() reads the package back and refuses it when a name survives. Also on when
    /// `anonymiser` is not empty.
    bool anonymise = false;
    Anonymiser anonymiser; ///< empty: nothing is replaced
    QString reviewer;      ///< the exporting user, written as the project's creating user
    QDateTime now;         ///< the project's creation time; invalid: the current time
};

/// What an export wrote.
struct QdpxExportResult
{
    int documents = 0;
    int passages = 0;
    int codes = 0;
    int orphanedPassages = 0; ///< passages not found again in their document: left out
};

/// Exports one case as a REFI-QDA project (.qdpx): the whole codebook as codes, under one
/// non-codable code per factor category; each document as a TextSource with its passages as
/// PlainTextSelections (positions in code points, the note as the selection's Description, the
/// factor as a Coding); the passages' authors and the reviewer as Users; the case as a Case with
/// its fields as Variables. GUIDs are name-based from the objects' keys and ids, so exporting the
/// same case again gives the same GUIDs. With an anonymiser every text written (document texts,
/// titles, notes, case fields) goes through it, and positions are mapped into the new text.
class QdpxExporter
{
public:
    /// The project for a case. Throws LibraryError (NotFound when the case does not exist).
    [[nodiscard]] static QdpxProject build(Library &library, CaseId id,
                                           const QdpxExportOptions &options,
                                           QdpxExportResult *result = nullptr);
    /// Builds and writes the project to `path` (atomically). Throws LibraryError.
    static QdpxExportResult write(Library &library, CaseId id, const QString &path,
                                  const QdpxExportOptions &options);
};

} // namespace casebench
