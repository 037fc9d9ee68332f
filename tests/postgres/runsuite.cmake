# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a Qt Test executable of the PostgreSQL suite without the test functions in SKIP (a
# comma-separated list): those check behaviour only a library file has (a backup copy beside the
# file, SQLite's own trigger syntax or FTS5's messages), named with the reason in CMakeLists.txt.
# cmake -DTEST=<executable> -DSKIP=a,b -P runsuite.cmake
cmake_minimum_required(VERSION 3.21)
execute_process(COMMAND ${TEST} -functions OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${TEST} -functions failed (${status})")
endif()
string(REPLACE "," ";" skip "${SKIP}")
string(REPLACE "\n" ";" lines "${listing}")
set(functions)
foreach(line IN LISTS lines)
    string(STRIP "${line}" function)
    string(REGEX REPLACE "\\(\\)$" "" function "${function}")
    if(function AND NOT function IN_LIST skip)
        list(APPEND functions ${function})
    endif()
endforeach()
foreach(function IN LISTS skip)
    message(STATUS "not run on PostgreSQL (file-only behaviour): ${function}")
endforeach()
execute_process(COMMAND ${TEST} ${functions} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${TEST} failed (${status})")
endif()
