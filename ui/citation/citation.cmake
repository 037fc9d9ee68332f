# SPDX-License-Identifier: GPL-3.0-or-later
# Edit ▸ Copy Citation: the selected case in one line on the clipboard.
target_sources(casebench_ui PRIVATE
    citation/copycitationfeature.h citation/copycitationfeature.cpp
)
