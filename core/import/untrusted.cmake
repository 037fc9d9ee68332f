# SPDX-License-Identifier: GPL-3.0-or-later
# Reading files the user imports: regular files only, and never more than a cap.
target_sources(casebench_core PRIVATE
    import/untrustedfile.h import/untrustedfile.cpp
)
