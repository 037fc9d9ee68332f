// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefilters.h"

#include "storage/searchrepository.h"

namespace casebench {

class Library;

/// Full-text search across a library combined with the case filters of the precedent list.
/// Filters are applied to the cases first; the index is then searched within them. Cases under
/// preparation are searched too (CaseFilters::includePreparation is ignored).
class LibrarySearch
{
public:
    explicit LibrarySearch(Library &library) : m_library(library) {}

    /// Searches the documents of the cases that pass `filters`. Throws LibraryError
    /// (InvalidQuery with a plain sentence for a malformed query).
    [[nodiscard]] SearchResult search(const QString &query, const CaseFilters &filters = {},
                                      int limit = 50, int offset = 0);

private:
    Library &m_library;
};

} // namespace casebench
