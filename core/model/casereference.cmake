# SPDX-License-Identifier: GPL-3.0-or-later
# The one rule for a case reference no case uses yet.
target_sources(casebench_core PRIVATE
    model/casereference.h model/casereference.cpp
)
