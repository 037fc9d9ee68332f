# SPDX-License-Identifier: GPL-3.0-or-later
# The translation rule of docs/development.md, checked over the sources.
#
#   cmake -DSOURCE_DIR=<repository> -P checktranslation.cmake
#       fails when a file under core/, ui/ or app/ defines a tr() of its own: a function, a
#       static member written by hand or a lambda named tr. lupdate cannot tell which context
#       such a tr() uses; QObject's tr(), Q_DECLARE_TR_FUNCTIONS and the file-local
#       `struct Tr { Q_DECLARE_TR_FUNCTIONS(Context) };` are what the project uses instead.
#   cmake -DSELF_TEST=ON -DWORK_DIR=<folder> -P checktranslation.cmake
#       writes sources that break the rule (and some that keep it) into WORK_DIR and fails
#       unless the check finds exactly the broken ones, so that the check itself can fail.

cmake_minimum_required(VERSION 3.25)

# A line that starts a tr() definition: "QString tr(", "static QString tr(",
# "static inline QString tr (", or a lambda "auto tr = [", "const auto tr=[".
set(definition_pattern
    "(^|\n)[ \t]*(static[ \t]+|inline[ \t]+)*QString[ \t]+tr[ \t]*\\(|(^|\n)[ \t]*(const[ \t]+)?auto[ \t]+tr[ \t]*=")

function(find_local_tr out_var)
    set(offenders)
    foreach(root IN LISTS ARGN)
        file(GLOB_RECURSE files "${root}/*.cpp" "${root}/*.h")
        foreach(file IN LISTS files)
            file(READ "${file}" text)
            if(text MATCHES "${definition_pattern}")
                string(STRIP "${CMAKE_MATCH_0}" found)
                list(APPEND offenders "${file}: ${found}")
            endif()
        endforeach()
    endforeach()
    set(${out_var} "${offenders}" PARENT_SCOPE)
endfunction()

if(SELF_TEST)
    if(NOT WORK_DIR)
        message(FATAL_ERROR "checktranslation.cmake: SELF_TEST needs WORK_DIR")
    endif()
    set(dir "${WORK_DIR}/checktranslation")
    file(REMOVE_RECURSE "${dir}")
    file(WRITE "${dir}/bad/function.cpp"
        "namespace {\nQString tr(const char *text)\n{\n    return QCoreApplication::translate(\"x\", text);\n}\n}\n")
    file(WRITE "${dir}/bad/member.h"
        "class A\n{\n    static QString tr(const char *t) { return QCoreApplication::translate(\"A\", t); }\n};\n")
    file(WRITE "${dir}/bad/lambda.cpp"
        "void f()\n{\n    const auto tr = [](const char *t) { return QCoreApplication::translate(\"x\", t); };\n}\n")
    file(WRITE "${dir}/good/struct.cpp"
        "namespace {\nstruct Tr\n{\n    Q_DECLARE_TR_FUNCTIONS(casebench::Example)\n};\n}\nQString f() { return Tr::tr(\"text\"); }\n")
    file(WRITE "${dir}/good/qobject.cpp"
        "QString Window::title() const { return tr(\"Casebench\"); }\nQString attr(const char *a);\n")
    find_local_tr(bad "${dir}/bad")
    find_local_tr(good "${dir}/good")
    list(LENGTH bad bad_count)
    if(NOT bad_count EQUAL 3 OR good)
        message(FATAL_ERROR "The check is broken: it found ${bad_count} of 3 local tr() definitions "
                            "(${bad}) and flagged these sources that keep the rule: ${good}")
    endif()
    message(STATUS "The check finds all 3 local tr() definitions and passes the 2 good sources.")
    return()
endif()

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "checktranslation.cmake: set SOURCE_DIR to the repository")
endif()
find_local_tr(offenders "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app")
if(offenders)
    list(JOIN offenders "\n  " listed)
    message(FATAL_ERROR
        "These files define a tr() of their own, which lupdate cannot place in a context:\n"
        "  ${listed}\n"
        "Use the class's tr() (QObject or Q_DECLARE_TR_FUNCTIONS), or a file-local "
        "`struct Tr { Q_DECLARE_TR_FUNCTIONS(Context) };` and Tr::tr() (docs/development.md).")
endif()
message(STATUS "No file under core/, ui/ or app/ defines a tr() of its own.")
