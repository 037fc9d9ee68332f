# SPDX-License-Identifier: GPL-3.0-or-later
# The walls inside Casebench, checked on the sources (cmake -DSOURCE_DIR=<root> -P checklayers.cmake):
# - a folder of core/ includes only from the folders below it:
#     model → storage → import, analysis → export → services → commands
# - storage/database.h (Database, exec()) is included only in core/storage/ (and by storage's
#   own tests);
# - nothing outside core/storage/ calls database(): code reaches repositories through Library.
# Prints every violation with its file and line and fails when there is one.
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "checklayers.cmake needs -DSOURCE_DIR=<the source tree>")
endif()

set(allowed_model "model")
set(allowed_storage "model;storage")
set(allowed_import "model;storage;import")
set(allowed_analysis "model;storage;analysis")
set(allowed_export "model;storage;import;analysis;export")
set(allowed_services "model;storage;import;analysis;export;services")
set(allowed_commands "model;storage;import;analysis;export;services;commands")
set(core_folders model storage import analysis export services commands)

set(problems "")
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp
    ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
    ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
foreach(source IN LISTS sources)
    string(REGEX MATCH "^core/([a-z]+)/" in_core "${source}")
    set(layer "")
    if(in_core)
        set(layer "${CMAKE_MATCH_1}")
    endif()
    if(in_core AND NOT layer IN_LIST core_folders)
        string(APPEND problems "  ${source}: core/${layer}/ is not a layer (add it to core/CMakeLists.txt and to this check)\n")
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/${source} lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "^#include \"([a-z]+)/([a-z0-9_]+\\.h)\"")
            set(folder "${CMAKE_MATCH_1}")
            set(header "${CMAKE_MATCH_2}")
            if(in_core AND folder IN_LIST core_folders AND NOT folder IN_LIST allowed_${layer})
                string(APPEND problems "  ${source}:${number}: core/${layer} includes ${folder}/${header}, a layer above it\n")
            endif()
            if(folder STREQUAL "storage" AND header STREQUAL "database.h" AND NOT layer STREQUAL "storage")
                string(APPEND problems "  ${source}:${number}: storage/database.h is private to core/storage (use Library and Transaction)\n")
            endif()
        endif()
        if(NOT layer STREQUAL "storage" AND line MATCHES "[.>]database\\(\\)")
            string(APPEND problems "  ${source}:${number}: database() outside core/storage (use Library's repositories)\n")
        endif()
    endforeach()
endforeach()

# Each folder lists its own sources in its CMakeLists.txt; no fragment adds files from elsewhere.
file(GLOB fragments RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/core/*/*.cmake)
foreach(fragment IN LISTS fragments)
    string(APPEND problems "  ${fragment}: list the folder's sources in its CMakeLists.txt instead of a fragment\n")
endforeach()

if(problems)
    message(FATAL_ERROR "Casebench's layers are broken:\n${problems}")
endif()
list(LENGTH sources count)
message(STATUS "Layers: ${count} files checked, no include upwards, Database private to storage.")
