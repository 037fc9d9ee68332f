# SPDX-License-Identifier: GPL-3.0-or-later
# The import pipeline: storing what the readers return, one file or many in background threads.
target_sources(casebench_core PRIVATE
    import/storedsuggestion.h import/storedsuggestion.cpp
    import/importservice.h import/importservice.cpp
    import/bulkimporter.h import/bulkimporter.cpp
    import/suggestionrules.h import/suggestionrules.cpp
    import/acceptance.h import/acceptance.cpp)
target_link_libraries(casebench_core PRIVATE Qt6::Concurrent)
