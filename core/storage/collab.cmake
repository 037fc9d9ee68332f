# SPDX-License-Identifier: GPL-3.0-or-later
# Team libraries (issue 7, part 2; schema 6): authors, row versions and conflicts, the change
# feed (LISTEN/NOTIFY), read-only roles and copying a library between backends.
target_sources(casebench_core PRIVATE
    model/conflicterror.h
    storage/collabmigration.h storage/collabmigration.cpp
    storage/authorship.h storage/authorship.cpp)
target_sources(casebench_core PRIVATE
    commands/conflicts.h commands/conflicts.cpp)
target_sources(casebench_core PRIVATE storage/librarycollab.cpp)
target_sources(casebench_core PRIVATE storage/changefeed.h storage/changefeed.cpp)
target_sources(casebench_core PRIVATE commands/sessionrelay.cpp)
target_sources(casebench_core PRIVATE storage/librarycopier.h storage/librarycopier.cpp)
# A whole case's rows, read inside the transaction that removes it and written back by undo
# (issue 14), beside the copier whose table list it shares.
target_sources(casebench_core PRIVATE storage/casesnapshot.h storage/casesnapshot.cpp)
