# SPDX-License-Identifier: GPL-3.0-or-later
# Schema steps 1 to 4, each with its SQLite and PostgreSQL statements side by side (as 5 to 8 are
# in their own fragments); the list of all steps is migrations.cpp.
target_sources(casebench_core PRIVATE
    storage/tablesmigration.h storage/tablesmigration.cpp
    storage/fulltextmigration.h storage/fulltextmigration.cpp
    storage/outlinemigration.h storage/outlinemigration.cpp
    storage/codebookmigration.h storage/codebookmigration.cpp)
