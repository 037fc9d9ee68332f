# SPDX-License-Identifier: GPL-3.0-or-later
# The decision reader: read-only view with passages drawn over the text, outline, passages and
# codebook docks, find, zoom, tagging and phrase suggestions.
target_sources(casebench_ui PRIVATE
    reader/readerview.h reader/readerview.cpp
    reader/readerwindow.h reader/readerwindow.cpp reader/readertagging.cpp reader/readerreplace.cpp
    reader/findbar.h reader/findbar.cpp
    reader/quickpick.h reader/quickpick.cpp
    reader/outlinemodel.h reader/outlinemodel.cpp
    reader/passagemodel.h reader/passagemodel.cpp
    reader/factorlistmodel.h reader/factorlistmodel.cpp
    reader/structuralhighlighting.h reader/structuralhighlighting.cpp
    reader/readerwiring.h reader/readerwiring.cpp
)
# Phrase suggestions are found on a worker thread.
target_link_libraries(casebench_ui PRIVATE Qt6::Concurrent)
