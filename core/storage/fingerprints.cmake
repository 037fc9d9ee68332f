# SPDX-License-Identifier: GPL-3.0-or-later
# The same decision twice (issue 13): text fingerprints of documents (schema 8) and the
# duplicate check at import.
target_sources(casebench_core PRIVATE
    analysis/textfingerprint.h analysis/textfingerprint.cpp
    storage/fingerprintrepository.h storage/fingerprintrepository.cpp
    storage/fingerprintmigration.h storage/fingerprintmigration.cpp)
