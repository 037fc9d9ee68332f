# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a validator on a file and fails on anything but a clean pass. Run by CTest:
#   cmake -DTOOL=appstreamcli|desktop-file-validate (full path) -DFILE=... -P this
# appstreamcli exits 0 when it only has notes ("I:") and desktop-file-validate exits 0 on hints;
# both are refused here. appstreamcli's pedantic remarks ("P:") are let through.
cmake_minimum_required(VERSION 3.21)

get_filename_component(tool_name "${TOOL}" NAME)
if(tool_name STREQUAL "appstreamcli")
    set(command "${TOOL}" validate --no-net "${FILE}")
else()
    set(command "${TOOL}" "${FILE}")
endif()

execute_process(COMMAND ${command}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")

if(NOT result EQUAL 0)
    message(FATAL_ERROR "${tool_name} rejected ${FILE} (exit ${result}).")
endif()
if(tool_name STREQUAL "appstreamcli")
    if(output MATCHES "(^|\n)[EWI]: ")
        message(FATAL_ERROR "${tool_name} passed ${FILE} but reported issues: fix them too.")
    endif()
elseif(NOT output STREQUAL "")
    message(FATAL_ERROR "${tool_name} passed ${FILE} but reported issues: fix them too.")
endif()
message(STATUS "${tool_name}: ${FILE} is valid.")
