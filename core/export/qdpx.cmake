# SPDX-License-Identifier: GPL-3.0-or-later
# REFI-QDA project exchange (.qdpx): export of a case and import of other tools' projects.
# Zip writing and reading through QuaZip (as import/formats.cmake does).
find_package(QuaZip-Qt6 REQUIRED)
target_sources(casebench_core PRIVATE
    export/refiqda.h export/refiqda.cpp
    export/qdpxproject.h export/qdpxproject.cpp
    export/zipwriter.h export/zipwriter.cpp
    export/qdpxwriter.h export/qdpxwriter.cpp
    export/qdpxreader.h export/qdpxreader.cpp export/qdeparser.h
    export/qdpxexporter.h export/qdpxexporter.cpp
    export/qdpximporter.h export/qdpximporter.cpp
    commands/importqdpxcommand.h commands/importqdpxcommand.cpp
)
target_link_libraries(casebench_core PRIVATE QuaZip::QuaZip)
