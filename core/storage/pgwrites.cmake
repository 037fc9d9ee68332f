# SPDX-License-Identifier: GPL-3.0-or-later
# No lost writes on a team library (issue 7): sanction row versions (schema 7).
target_sources(casebench_core PRIVATE
    storage/sanctionversionmigration.h storage/sanctionversionmigration.cpp)
# A new library and its first content (the demo) in one go: Library::createFilled.
target_sources(casebench_core PRIVATE storage/librarycreate.cpp)
