# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a tree that breaks each rule of cmake/checklayers.cmake once and checks that the check
# fails naming every one, and that the same tree without them passes.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK})
file(WRITE ${WORK}/core/model/fine.h "#pragma once\n#include \"model/ids.h\"\n")
file(WRITE ${WORK}/core/export/fine.cpp "#include \"import/outline.h\"\n#include \"analysis/x.h\"\n")
file(WRITE ${WORK}/ui/fine.cpp "#include \"storage/library.h\"\nint f() { return library.cases().count(); }\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${WORK} -P ${CHECK}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "A tree without violations was refused:\n${output}")
endif()

file(WRITE ${WORK}/core/storage/up.h "#pragma once\n#include \"import/documentreader.h\"\n")
file(WRITE ${WORK}/core/model/up.cpp "#include \"storage/library.h\"\n")
file(WRITE ${WORK}/core/analysis/side.cpp "#include \"import/outlinedetector.h\"\n")
file(WRITE ${WORK}/core/services/down.cpp "#include \"commands/librarysession.h\"\n")
file(WRITE ${WORK}/ui/raw.cpp "#include \"storage/database.h\"\n")
file(WRITE ${WORK}/app/raw.cpp "void f(Library &l) { l.database().exec(); }\n")
file(WRITE ${WORK}/core/extra/new.cpp "int x;\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${WORK} -P ${CHECK}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "The check passed a tree with violations:\n${output}")
endif()
foreach(expected IN ITEMS
        "core/storage/up.h:2: core/storage includes import/documentreader.h"
        "core/model/up.cpp:1: core/model includes storage/library.h"
        "core/analysis/side.cpp:1: core/analysis includes import/outlinedetector.h"
        "core/services/down.cpp:1: core/services includes commands/librarysession.h"
        "ui/raw.cpp:1: storage/database.h is private"
        "app/raw.cpp:1: database() outside core/storage"
        "core/extra/new.cpp: core/extra/ is not a layer")
    string(FIND "${output}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "The check did not name '${expected}'. It printed:\n${output}")
    endif()
endforeach()
message(STATUS "The layer check refused all 7 violations.")
