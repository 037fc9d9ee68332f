# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the desktop entry, the metainfo and the icon agree with each other and that the
# metainfo's newest release is the project's version. Run by CTest (packaging_consistency):
#   cmake -DAPP_ID=... -DVERSION=... -DDESKTOP_FILE=... -DMETAINFO_FILE=... -DICON_FILE=... -P this
cmake_minimum_required(VERSION 3.21)

file(READ "${DESKTOP_FILE}" desktop)
file(READ "${METAINFO_FILE}" metainfo)
file(READ "${ICON_FILE}" icon)

set(problems "")

# Fragments the metainfo must hold, each with what it means when it is missing.
set(fragments
    "<id>${APP_ID}</id>|the metainfo's <id> is not ${APP_ID}"
    "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>|the metainfo does not launch ${APP_ID}.desktop"
    "<icon type=\"stock\">${APP_ID}</icon>|the metainfo's icon is not ${APP_ID}"
    "<project_license>GPL-3.0-or-later</project_license>|the metainfo's project licence is not GPL-3.0-or-later")
foreach(entry IN LISTS fragments)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 fragment)
    list(GET parts 1 problem)
    string(FIND "${metainfo}" "${fragment}" at)
    if(at EQUAL -1)
        string(APPEND problems "  - ${problem}\n")
    endif()
endforeach()

# The first <release> is the newest and must be this version.
string(REGEX MATCH "<release version=\"([^\"]+)\"" release "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    string(APPEND problems "  - the metainfo's newest release is '${CMAKE_MATCH_1}', not the project version ${VERSION}: add a <release> for it\n")
endif()

string(REGEX MATCH "\nIcon=([^\n]*)" line "${desktop}")
if(NOT CMAKE_MATCH_1 STREQUAL APP_ID)
    string(APPEND problems "  - the desktop entry's Icon is '${CMAKE_MATCH_1}', not ${APP_ID}\n")
endif()
if(NOT desktop MATCHES "\nExec=casebench( |\n)")
    string(APPEND problems "  - the desktop entry does not run casebench\n")
endif()

if(NOT icon MATCHES "<svg ")
    string(APPEND problems "  - the icon ${ICON_FILE} is not an SVG image\n")
endif()
string(REGEX MATCH "viewBox=\"0 0 ([0-9]+) ([0-9]+)\"" box "${icon}")
if(NOT CMAKE_MATCH_1 OR NOT CMAKE_MATCH_1 STREQUAL CMAKE_MATCH_2 OR CMAKE_MATCH_1 LESS 48)
    string(APPEND problems "  - the icon is not square or is smaller than 48 units (viewBox '${box}')\n")
endif()

if(problems)
    message(FATAL_ERROR "The packaging files disagree:\n${problems}")
endif()
message(STATUS "Desktop entry, metainfo (release ${VERSION}) and icon agree on ${APP_ID}.")
