# SPDX-License-Identifier: GPL-3.0-or-later
# Anonymisation (issue 6): the Anonymiser, the list's rules and suggestions from a case's text.
target_sources(casebench_core PRIVATE
    export/anonymiser.h export/anonymiser.cpp
    export/anonymisationlist.h export/anonymisationlist.cpp)
target_sources(casebench_core PRIVATE
    export/anonymisationsuggester.h export/anonymisationsuggester.cpp
    export/anonymisationstopwords.cpp)
# Issue 12: anonymised files are read back and checked before they are published. Poppler and
# QuaZip are linked by import/formats.cmake.
target_sources(casebench_core PRIVATE
    export/anonymisationverifier.h export/anonymisationverifier.cpp)
