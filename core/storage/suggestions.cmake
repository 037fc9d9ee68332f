# SPDX-License-Identifier: GPL-3.0-or-later
# Codebook phrases (schema 4): the reviewer's dismissed suggestions.
target_sources(casebench_core PRIVATE
    model/suggestiondismissal.h
    storage/suggestionrepository.h storage/suggestionrepository.cpp)
