# SPDX-License-Identifier: GPL-3.0-or-later
# Anonymisation lists (issue 6; schema 5): storage of each case's list.
target_sources(casebench_core PRIVATE
    storage/anonymisationmigration.h storage/anonymisationmigration.cpp
    storage/anonymisationrepository.h storage/anonymisationrepository.cpp)
