# SPDX-License-Identifier: GPL-3.0-or-later
# A case cited in one line (Edit ▸ Copy Citation).
target_sources(casebench_core PRIVATE
    model/casecitation.h model/casecitation.cpp
)
