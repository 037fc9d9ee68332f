# SPDX-License-Identifier: GPL-3.0-or-later
# Codebook analysis: phrase suggestions and re-anchoring passages in a replaced text.
target_sources(casebench_core PRIVATE
    analysis/phrasesuggester.h analysis/phrasesuggester.cpp
    analysis/reanchor.h analysis/reanchor.cpp)
