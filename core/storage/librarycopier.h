// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace casebench {

class Database;
class Library;

/// Copies a whole library between backends — SQLite to PostgreSQL and back, or SQLite to
/// SQLite — losing nothing: every table (cases, sanctions, documents, passages, the codebook,
/// outlines, pages, suggestions, dismissals, …) row for row under the same ids.
class LibraryCopier
{
public:
    /// Rows copied, per table, in the order they were copied.
    struct Report
    {
        QList<QPair<QString, qint64>> tables;
        [[nodiscard]] qint64 totalRows() const;
    };

    /// Opens `source` (a file or a postgresql:// URL) and creates `destination`, which must be a
    /// file that does not exist yet or an empty PostgreSQL database, then copies every table in
    /// one transaction on the destination (PostgreSQL sequences move past the copied ids; the
    /// full-text index is rebuilt) and checks the row counts before committing. On failure a
    /// new destination file is removed again. Throws LibraryError naming the source or the
    /// destination and the problem.
    static Report copy(const QString &source, const QString &destination,
                       const QString &sourcePassword = {}, const QString &destinationPassword = {});

    /// Copies `source` into `destination`, a library just created at the same schema version
    /// and holding nothing but the default codebook (which is replaced by the source's).
    static Report copyInto(Library &source, Library &destination);

    /// The library's own tables, parents before children (the copy order): not SQLite's
    /// bookkeeping, the full-text index or PostgreSQL's casebench_meta. CaseSnapshot lists which
    /// of them belong to a case.
    [[nodiscard]] static QStringList tables(Database &db);
    /// The columns a row of `table` is written with (PostgreSQL's generated columns left out).
    /// Throws LibraryError for a table name Casebench would not write.
    [[nodiscard]] static QStringList columns(Database &db, const QString &table);
};

} // namespace casebench
