// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace casebench {

class Library;

/// The demo library: fictional cases written for Casebench, modelled on the kinds of case UK
/// panels hear, each with a decision text, its sanction history and tagged passages.
namespace demolibrary {

/// Adds the demo cases to a library (one transaction; all or nothing). Passages are placed by
/// finding their quote in the document text; a quote that is missing is an error, not skipped.
/// Throws LibraryError.
void populate(Library &library);

/// Same, from a given demo JSON (for tests); `sourceName` names it in error messages.
void populate(Library &library, const QByteArray &json, const QString &sourceName);

/// Creates a new library file at `path` holding the demo cases. Refuses to overwrite.
/// `path` may be a PostgreSQL URL: the schema, the codebook and the demo then commit in one
/// transaction, and a failure leaves the database without any table.
std::unique_ptr<Library> create(const QString &path);

/// Same, from a given demo JSON (for tests).
std::unique_ptr<Library> create(const QString &path, const QByteArray &json,
                                const QString &sourceName);

} // namespace demolibrary

} // namespace casebench
