# SPDX-License-Identifier: GPL-3.0-or-later
# Trust (issue 12): library files read without dropping this process's SQLite locks; files
# private to their owner.
find_package(SQLite3 REQUIRED)
target_sources(casebench_core PRIVATE
    storage/sqlitefile.h storage/sqlitefile.cpp
    storage/privatefile.h storage/privatefile.cpp
    storage/migrationbackups.h storage/migrationbackups.cpp
    storage/companionguard.h storage/companionguard.cpp)
target_link_libraries(casebench_core PRIVATE SQLite::SQLite3)
