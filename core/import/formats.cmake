# SPDX-License-Identifier: GPL-3.0-or-later
# The format readers behind DocumentReader: PDF through Poppler-Qt6, DOCX and ODT through QuaZip.
find_package(PkgConfig REQUIRED)
pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
find_package(QuaZip-Qt6 REQUIRED)

target_sources(casebench_core PRIVATE
    import/documentreader.h import/documentreader.cpp
    import/pdfreader.h import/pdfreader.cpp import/pdflayout.h import/pdflayout.cpp
    import/docxreader.h import/docxreader.cpp
    import/odtreader.h import/odtreader.cpp import/odtliststyles.h import/odtliststyles.cpp
    import/docxnumbering.h import/docxnumbering.cpp
    import/packagexml.h import/packagexml.cpp
    import/ziparchive.h import/ziparchive.cpp
)
target_link_libraries(casebench_core PRIVATE PkgConfig::POPPLER_QT6 QuaZip::QuaZip)
