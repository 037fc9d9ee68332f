# SPDX-License-Identifier: GPL-3.0-or-later
# Case ▸ Anonymisation List… (issue 6, anonymise): the list editor with its preview.
target_sources(casebench_ui PRIVATE
    export/anonymisationlistmodel.h export/anonymisationlistmodel.cpp
    export/anonymisationdialog.h export/anonymisationdialog.cpp
    export/anonymisationcontroller.h export/anonymisationcontroller.cpp)
