# SPDX-License-Identifier: GPL-3.0-or-later
# Import: the undoable status change of a stored import suggestion (dismiss, restore).
target_sources(casebench_core PRIVATE
    commands/importsuggestioncommands.h commands/importsuggestioncommands.cpp)
