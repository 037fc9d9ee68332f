# SPDX-License-Identifier: GPL-3.0-or-later
# Precedents (issue 5): case profiles, ranking, sanction picture, comparison, search, and the
# synthetic corpus generator.
target_sources(casebench_core PRIVATE
    analysis/caseprofile.h analysis/caseprofile.cpp
    analysis/casefilters.h analysis/casefilters.cpp
    analysis/textsimilarity.h analysis/textsimilarity.cpp
    analysis/precedentranker.h analysis/precedentranker.cpp
    analysis/precedentexplanation.h analysis/precedentexplanation.cpp
    analysis/suggestedfactors.h analysis/suggestedfactors.cpp
    analysis/sanctionpicture.h analysis/sanctionpicture.cpp
    analysis/casecomparison.h analysis/casecomparison.cpp
    analysis/librarysearch.h analysis/librarysearch.cpp
    analysis/corpusgenerator.h analysis/corpusgenerator.cpp analysis/corpustext.h analysis/corpustext.cpp
    storage/searchrepository.h storage/searchrepository.cpp storage/ftsquery.h storage/ftsquery.cpp
    storage/analysisrepository.h storage/analysisrepository.cpp
)
