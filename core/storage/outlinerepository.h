// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/documentformat.h"
#include "model/ids.h"
#include "model/outline.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebench {

class Database;

/// What the import learnt about a document's source file.
struct DocumentSource
{
    DocumentFormat format = DocumentFormat::Text;
    QString textHash;       ///< Document::hashOfText of the text as imported
    int paragraphCount = 0; ///< paragraphs of its outline, as written
    int pageCount = 0;      ///< page starts, as written; 0 when unpaged
    QStringList warnings;   ///< what the reader noted without refusing the file

    friend bool operator==(const DocumentSource &, const DocumentSource &) = default;
};

/// The outlines of imported documents (paragraphs, fields, redactions), their page starts and
/// source formats. A document imported before schema 3, or written by hand, has none: its
/// outline is empty and its page starts too.
class OutlineRepository
{
public:
    explicit OutlineRepository(Database &db) : m_db(db) {}

    /// Stores a document's outline, page starts and source in one transaction, replacing what
    /// was stored for it. `source.paragraphCount` and `pageCount` are taken from the values.
    /// Throws NotFound when the document does not exist.
    void save(DocumentId id, const Outline &outline, const QList<int> &pageStarts,
              const DocumentSource &source);

    /// The document's outline (empty when none was stored).
    [[nodiscard]] Outline outline(DocumentId id);
    /// UTF-16 offsets where pages 1, 2, … begin (empty when unpaged or not imported).
    [[nodiscard]] QList<int> pageStarts(DocumentId id);
    /// The source record, or nothing for a document that was not imported.
    [[nodiscard]] std::optional<DocumentSource> source(DocumentId id);

    /// Whether every imported document is whole: its text still has the hash recorded at import
    /// and its outline and pages have the rows recorded. One sentence per problem.
    [[nodiscard]] QStringList checkImported();

private:
    Database &m_db;
};

} // namespace casebench
