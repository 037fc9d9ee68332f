# SPDX-License-Identifier: GPL-3.0-or-later
# The compare view (issue 5): two cases side by side with the factor table between them.
target_sources(casebench_ui PRIVATE
    compare/factortablemodel.h compare/factortablemodel.cpp
    compare/comparepane.h compare/comparepane.cpp
    compare/comparewindow.h compare/comparewindow.cpp
)
