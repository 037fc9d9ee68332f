# SPDX-License-Identifier: GPL-3.0-or-later
# The precedents dock (issue 5): ranked precedents with filters and weights, the sanction chart,
# and the wiring of the precedents, compare and search windows into the main window.
target_sources(casebench_ui PRIVATE
    precedents/casefilterseditor.h precedents/casefilterseditor.cpp
    precedents/weightseditor.h precedents/weightseditor.cpp
    precedents/precedentsettings.h precedents/precedentsettings.cpp
    precedents/precedentlistmodel.h precedents/precedentlistmodel.cpp
    precedents/scorebardelegate.h precedents/scorebardelegate.cpp
    precedents/sanctionchart.h precedents/sanctionchart.cpp
    precedents/precedentsdock.h precedents/precedentsdock.cpp
    precedents/precedentswiring.h precedents/precedentswiring.cpp
)
