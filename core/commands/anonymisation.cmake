# SPDX-License-Identifier: GPL-3.0-or-later
# Anonymisation lists (issue 6): undoable edits of a case's list.
target_sources(casebench_core PRIVATE
    commands/anonymisationcommands.h commands/anonymisationcommands.cpp)
