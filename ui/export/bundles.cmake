# SPDX-License-Identifier: GPL-3.0-or-later
# File ▸ Export ▸ Bundle… (issue 6, bundles): the Bundle dialog with preview, save and print.
find_package(Qt6 REQUIRED COMPONENTS PrintSupport Concurrent)
target_sources(casebench_ui PRIVATE
    export/bundledialog.h export/bundledialog.cpp
    export/bundlecontroller.h export/bundlecontroller.cpp
)
target_link_libraries(casebench_ui PRIVATE Qt6::PrintSupport Qt6::Concurrent)
