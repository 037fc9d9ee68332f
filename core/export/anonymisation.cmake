# SPDX-License-Identifier: GPL-3.0-or-later
# Anonymisation (issue 6): the Anonymiser, the list's rules and suggestions from a case's text.
target_sources(casebench_core PRIVATE
    export/anonymiser.h export/anonymiser.cpp
    export/anonymisationlist.h export/anonymisationlist.cpp)
target_sources(casebench_core PRIVATE
    export/anonymisationsuggester.h export/anonymisationsuggester.cpp
    export/anonymisationstopwords.cpp)
