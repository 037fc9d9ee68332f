// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/factor.h"
#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {

class Library;
struct QdpxProject;

/// A code of an imported project and what it would become.
struct QdpxCodeMatch
{
    QString guid;
    QString name;
    QString path; ///< "Parent / Child", for showing
    int depth = 0;
    int codings = 0; ///< how many codings use it
    bool codable = true;
    FactorId factor; ///< the factor of the same name or key; invalid when none
    /// The factor category a new factor for it would go under (from a parent code named after a
    /// category, or the parent's factor), Context when nothing says.
    FactorCategory category = FactorCategory::Context;
    /// A non-codable code named after a factor category (Casebench's own exports write these).
    bool isCategory = false;
};

/// How the codes of a project become factors, and where its sources go.
struct QdpxImportOptions
{
    CaseId intoCase; ///< valid: every source goes into this case; else the project's cases
    /// Code name (or GUID) → factor key (or name) chosen by the user; an empty value skips it.
    QHash<QString, QString> map;
    /// Code name (or GUID) → a new factor to be created under this category.
    QHash<QString, FactorCategory> createUnder;
    /// Codes that match no factor and have no mapping become new factors.
    bool createMissing = false;
};

/// What an import did.
struct QdpxImportReport
{
    struct Unmapped
    {
        QString code; ///< its path
        int codings = 0;
    };

    QList<CaseId> cases; ///< the cases written to, new ones included
    int casesCreated = 0;
    int documents = 0;
    int passages = 0;
    int factorsCreated = 0;
    QStringList skippedSources;    ///< names of PDF, picture, audio and video sources
    QList<Unmapped> unmappedCodes; ///< codes with codings that became nothing
    int unmappedCodings = 0;
    int emptySelections = 0; ///< coded selections of no characters, passed over
    QStringList warnings;    ///< sentences for the user
    /// What was written, for undo: new cases, documents added to an existing case (those of new
    /// cases go with them), and new factors in the order made (parents first).
    QList<CaseId> createdCases;
    QList<DocumentId> addedDocuments;
    QList<FactorId> createdFactors;
};

/// Imports a REFI-QDA project read by QdpxReader into a library: codes become factors (an
/// exact name or key match, else the caller's mapping, else a new factor when asked), text
/// sources become documents, codings passages (code points turned into UTF-16 offsets, line ends
/// normalised), the project's cases Casebench cases. One transaction: nothing is written when
/// anything fails.
class QdpxImporter
{
public:
    /// Every code of the project with its match in the codebook, parents before children.
    [[nodiscard]] static QList<QdpxCodeMatch> match(Library &library, const QdpxProject &project);

    /// Writes the project. `fileName` names the file in messages. Throws LibraryError
    /// (InvalidData for a mapping that names no factor or a case that does not exist; the
    /// library's own errors otherwise); the library is then unchanged.
    static QdpxImportReport import(Library &library, const QdpxProject &project,
                                   const QdpxImportOptions &options, const QString &fileName);
};

} // namespace casebench
