# SPDX-License-Identifier: GPL-3.0-or-later
# Tagging: the undoable passage commands behind LibrarySession's passage mutators.
target_sources(casebench_core PRIVATE commands/passagecommands.h commands/passagecommands.cpp)
