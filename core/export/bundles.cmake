# SPDX-License-Identifier: GPL-3.0-or-later
# Hearing and defence bundles: options and presets, the guidance checklist, content read from the
# library, the HTML page and the PDF/print writer.
target_sources(casebench_core PRIVATE
    export/bundleoptions.h export/bundleoptions.cpp
    export/guidancechecklist.h export/guidancechecklist.cpp
    export/bundlecontent.h export/bundlecontent.cpp
    export/bundlehtml.h export/bundlehtml.cpp
    export/bundlebuilder.h export/bundlebuilder.cpp
)
