# SPDX-License-Identifier: GPL-3.0-or-later
# Codebook editing and document replacement: the undoable commands behind LibrarySession's
# codebook, document and suggestion mutators.
target_sources(casebench_core PRIVATE
    commands/codebookcommands.h commands/codebookcommands.cpp
    commands/documentcommands.h commands/documentcommands.cpp)
