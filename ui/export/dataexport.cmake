# SPDX-License-Identifier: GPL-3.0-or-later
# File ▸ Export ▸ CSV… / JSON… and File ▸ Import ▸ Case from JSON… (issue 6, dataexport).
target_sources(casebench_ui PRIVATE export/dataexportcontroller.h export/dataexportcontroller.cpp)
