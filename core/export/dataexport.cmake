# SPDX-License-Identifier: GPL-3.0-or-later
# CSV and JSON export, JSON import (issue 6, dataexport).
target_sources(casebench_core PRIVATE
    export/csvwriter.h export/csvwriter.cpp
    export/exportedcase.h export/exportedcase.cpp
    export/csvexport.h export/csvexport.cpp
    export/jsonfields.h
    export/outlinejson.h export/outlinejson.cpp
    export/casejsonexport.h export/casejsonexport.cpp
    export/casejsonreader.h export/casejsonreader.cpp
    export/casejsonimporter.h export/casejsonimporter.cpp
)
