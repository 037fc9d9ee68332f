# SPDX-License-Identifier: GPL-3.0-or-later
# PostgreSQL backend (issue 7): connection URLs and the PostgreSQL schema migrations.
target_sources(casebench_core PRIVATE
    storage/postgresurl.h storage/postgresurl.cpp
    storage/migrationstep.h
    storage/postgresmigrations.cpp
    storage/librarypostgres.cpp)
