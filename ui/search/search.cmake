# SPDX-License-Identifier: GPL-3.0-or-later
# Full-text search in the window (issue 5): the search dock, its result model and delegate.
target_sources(casebench_ui PRIVATE
    search/searchresultmodel.h search/searchresultmodel.cpp
    search/richtextdelegate.h search/richtextdelegate.cpp
    search/searchdock.h search/searchdock.cpp
)
