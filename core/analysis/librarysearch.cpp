// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysearch.h"

#include "caseprofile.h"

#include "storage/library.h"

namespace casebench {

SearchResult LibrarySearch::search(const QString &query, const CaseFilters &filters, int limit,
                                   int offset)
{
    SearchRequest request;
    request.query = query;
    request.limit = limit;
    request.offset = offset;
    if (!filters.isEmpty()) {
        // Profiles are a few cheap queries; the filter then runs on values, not in SQL, so that
        // search and the precedent list can never disagree about which cases pass.
        QList<CaseId> allowed;
        bool all = true;
        CaseFilters searchFilters = filters;
        searchFilters.includePreparation = true; // search covers every case
        const QList<CaseProfile> profiles = CaseProfile::loadAll(m_library);
        for (const CaseProfile &p : profiles) {
            if (searchFilters.accepts(p))
                allowed.append(p.id);
            else
                all = false;
        }
        if (!all)
            request.cases = allowed;
    }
    SearchRepository &repository = m_library.search();
    return repository.search(request);
}

} // namespace casebench
