# SPDX-License-Identifier: GPL-3.0-or-later
# Importing documents: the dialog, progress, summary, and the review of suggestions.
target_sources(casebench_ui PRIVATE
    import/importdialog.h import/importdialog.cpp
    import/importsummarymodel.h import/importsummarymodel.cpp
    import/importsummarydialog.h import/importsummarydialog.cpp
    import/suggestionmodel.h import/suggestionmodel.cpp
    import/suggestionsdialog.h import/suggestionsdialog.cpp
    import/bulkreviewmodel.h import/bulkreviewmodel.cpp
    import/bulkreviewdialog.h import/bulkreviewdialog.cpp
    import/importcontroller.h import/importcontroller.cpp)
