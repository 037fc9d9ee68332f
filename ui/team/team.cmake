# SPDX-License-Identifier: GPL-3.0-or-later
# Team libraries: File ▸ Connect to Team Library…, read-only libraries.
target_sources(casebench_ui PRIVATE
    team/connectdialog.h team/connectdialog.cpp
    team/teamsettings.h team/teamsettings.cpp
    team/teamwiring.h team/teamwiring.cpp)
