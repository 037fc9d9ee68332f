// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/case.h"
#include "model/document.h"
#include "model/factor.h"
#include "model/outline.h"
#include "model/passage.h"
#include "model/sanction.h"
#include "storage/outlinerepository.h"

#include <QHash>
#include <QList>

#include <optional>

namespace casebench {

class Anonymiser;
class Library;

/// One document of an exported case, with what the import stored beside it.
struct ExportedDocument
{
    Document document;                    ///< with its text
    Outline outline;                      ///< empty when none was stored
    QList<int> pageStarts;                ///< empty when unpaged
    std::optional<DocumentSource> source; ///< nothing for a document that was not imported
    QList<Passage> passages;              ///< ordered by start (orphans included)
    /// Each placed passage's citation ("¶ 27, Decision on sanction, p. 9"), from the stored
    /// outline or, for a document without one, the outline the reader would detect.
    QHash<PassageId, QString> citations;

    /// The passage's citation; empty for an orphan or when the text has no structure.
    [[nodiscard]] QString citation(PassageId id) const { return citations.value(id); }
};

/// A case as the CSV and JSON exports write it: its fields, sanction history, documents with
/// their outlines and passages, and the codebook's factors. A plain value read in one go.
struct ExportedCase
{
    Case caseRecord;
    QList<Sanction> sanctions;         ///< in history order
    QList<ExportedDocument> documents; ///< ordered by date then title
    QHash<FactorId, Factor> factors;   ///< the whole codebook, by id

    /// Reads a case. Throws LibraryError (NotFound when it does not exist).
    static ExportedCase load(Library &library, CaseId id);

    /// The factors the passages use and their ancestors, parents before children.
    [[nodiscard]] QList<Factor> usedFactors() const;
    /// The number of passages over all documents.
    [[nodiscard]] int passageCount() const;

    /// A copy with every text, quote, note, title and case field passed through `anonymiser`.
    /// Document texts are replaced with Anonymiser::applyMapped, and passage, outline and page
    /// offsets are mapped into the new text, so that each passage's quote is exactly the text
    /// at its offsets there (quote, prefix and suffix are taken again from the new text).
    /// Reviewers (passage authors, modified_by stamps) become "Reviewer 1", "Reviewer 2"…;
    /// documents' source file names and the reader's import warnings are left out.
    [[nodiscard]] ExportedCase anonymised(const Anonymiser &anonymiser) const;
};

} // namespace casebench
