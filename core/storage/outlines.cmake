# SPDX-License-Identifier: GPL-3.0-or-later
# Import pipeline storage (migration 3): outlines, pages, sources and import suggestions.
target_sources(casebench_core PRIVATE
    storage/outlinerepository.h storage/outlinerepository.cpp
    storage/importsuggestionrepository.h storage/importsuggestionrepository.cpp)
