# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a staging folder, as the .deb lays it out under /usr, and checks the
# files are where desktops and software centres look for them. Run by CTest
# (packaging_install_tree):
#   cmake -DBUILD_DIR=... -DSTAGE_DIR=... -DAPP_ID=... -DPRIVATE_LIBDIR=... [-DAPPSTREAMCLI=...] -P this
cmake_minimum_required(VERSION 3.21)

file(REMOVE_RECURSE "${STAGE_DIR}")
execute_process(
    COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${STAGE_DIR}/usr"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install into ${STAGE_DIR} failed (${result}):\n${output}")
endif()

set(expected
    usr/bin/casebench
    usr/bin/casebench-cli
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/share/doc/casebench/copyright
    usr/share/mime/packages/${APP_ID}.xml
    usr/${PRIVATE_LIBDIR}/libcasebench_model.so
    usr/${PRIVATE_LIBDIR}/libcasebench_storage.so
    usr/${PRIVATE_LIBDIR}/libcasebench_import.so
    usr/${PRIVATE_LIBDIR}/libcasebench_analysis.so
    usr/${PRIVATE_LIBDIR}/libcasebench_export.so
    usr/${PRIVATE_LIBDIR}/libcasebench_services.so
    usr/${PRIVATE_LIBDIR}/libcasebench_commands.so
    usr/${PRIVATE_LIBDIR}/libcasebench_ui.so)
set(missing "")
foreach(file IN LISTS expected)
    if(NOT EXISTS "${STAGE_DIR}/${file}")
        string(APPEND missing "  - /${file}\n")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "The installed tree in ${STAGE_DIR} lacks:\n${missing}")
endif()

# Nothing but the programs in bin: test executables and helper libraries stay out of the package.
file(GLOB programs RELATIVE "${STAGE_DIR}/usr/bin" "${STAGE_DIR}/usr/bin/*")
list(SORT programs)
if(NOT programs STREQUAL "casebench;casebench-cli")
    message(FATAL_ERROR "The installed bin folder holds '${programs}' instead of casebench and casebench-cli.")
endif()

# The installed programs find Casebench's private libraries in the installed tree itself (their
# RUNPATH is relative to the program), not in the build folder; the command-line tool needs no
# widgets.
foreach(program IN ITEMS casebench casebench-cli)
    execute_process(COMMAND ldd "${STAGE_DIR}/usr/bin/${program}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    set(libraries casebench_model casebench_storage casebench_import casebench_analysis casebench_export casebench_services casebench_commands)
    if(program STREQUAL "casebench")
        list(APPEND libraries casebench_ui)
    elseif(output MATCHES "libcasebench_ui|libQt6Widgets")
        message(FATAL_ERROR "The installed casebench-cli links widgets (ldd printed):\n${output}")
    endif()
    foreach(library IN LISTS libraries)
        if(NOT output MATCHES "lib${library}\\.so => ${STAGE_DIR}/usr/bin/\\.\\./${PRIVATE_LIBDIR}/lib${library}\\.so")
            message(FATAL_ERROR "The installed ${program} does not find lib${library}.so in ${STAGE_DIR}/usr/${PRIVATE_LIBDIR} (ldd printed):\n${output}")
        endif()
    endforeach()
endforeach()
execute_process(COMMAND "${STAGE_DIR}/usr/bin/casebench-cli" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "The installed casebench-cli --version failed (${result}):\n${output}")
endif()

if(APPSTREAMCLI)
    execute_process(
        COMMAND ${APPSTREAMCLI} validate-tree --no-net "${STAGE_DIR}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR output MATCHES "(^|\n)[EWI]: ")
        message(FATAL_ERROR "appstreamcli validate-tree found problems in the installed tree:\n${output}")
    endif()
endif()

file(REMOVE_RECURSE "${STAGE_DIR}")
message(STATUS "The installed tree holds both programs (which find their private libraries), the desktop entry, the metainfo, the icon and the licence.")
