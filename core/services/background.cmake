# SPDX-License-Identifier: GPL-3.0-or-later
# One background path (issue 14): LibraryWorker (a connection of its own on one background
# thread), BackgroundJobs (the request-merging helper every background job goes through) and
# ParallelReaders (parallel jobs that touch no library, such as reading files to import).
target_sources(casebench_core PRIVATE
    services/libraryworker.h services/libraryworker.cpp)
# Public: LibraryWorker and ParallelReaders are templates over QtConcurrent::run.
target_link_libraries(casebench_core PUBLIC Qt6::Concurrent)
