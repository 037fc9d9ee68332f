# SPDX-License-Identifier: GPL-3.0-or-later
# Importing a case from a case JSON file as one undoable edit (issue 6, dataexport).
target_sources(casebench_core PRIVATE commands/importcasecommand.h commands/importcasecommand.cpp)
