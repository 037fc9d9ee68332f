# SPDX-License-Identifier: GPL-3.0-or-later
# File ▸ Export ▸ REFI-QDA Project… and File ▸ Import ▸ REFI-QDA Project… (issue 6, qdpx).
find_package(Qt6 REQUIRED COMPONENTS Concurrent)
target_sources(casebench_ui PRIVATE
    export/qdpxcontroller.h export/qdpxcontroller.cpp
    export/qdpximportdialog.h export/qdpximportdialog.cpp)
target_link_libraries(casebench_ui PRIVATE Qt6::Concurrent)
