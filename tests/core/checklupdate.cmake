# SPDX-License-Identifier: GPL-3.0-or-later
# lupdate reads every translatable string of core/, ui/ and app/ without a warning.
#
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repository> -DWORK_DIR=<folder> -P checklupdate.cmake
#
# Writes a throw-away catalogue into WORK_DIR (the project keeps no catalogue yet) and fails on
# any warning: "Cannot invoke tr() like this", "Class '…' lacks Q_OBJECT macro", an unknown
# qualification, or a tr() whose context lupdate cannot tell.

cmake_minimum_required(VERSION 3.25)

foreach(var LUPDATE SOURCE_DIR WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "checklupdate.cmake: set ${var}")
    endif()
endforeach()

set(catalogue "${WORK_DIR}/checklupdate.ts")
file(REMOVE "${catalogue}")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none core ui app -ts "${catalogue}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()

# What lupdate says besides its progress lines is a warning.
string(REPLACE "\n" ";" lines "${output}")
set(warnings)
set(found "")
foreach(line IN LISTS lines)
    if(line MATCHES "Found ([0-9]+) source text")
        set(found "${CMAKE_MATCH_1}")
    elseif(NOT line STREQUAL "" AND NOT line MATCHES "^(Scanning directory|Updating|    Found|    Kept|    Removed)")
        list(APPEND warnings "${line}")
    endif()
endforeach()
if(warnings)
    list(JOIN warnings "\n  " listed)
    message(FATAL_ERROR "lupdate warns about the sources (see docs/development.md, Strings):\n  ${listed}")
endif()
if(found STREQUAL "" OR found LESS 1000)
    message(FATAL_ERROR "lupdate found too few strings (${found}); is it reading core, ui and app?\n${output}")
endif()
message(STATUS "lupdate found ${found} source texts and no warning.")
