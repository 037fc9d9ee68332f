# SPDX-License-Identifier: GPL-3.0-or-later
# Passwords given during this run, reused by background connections to the same team library.
target_sources(casebench_core PRIVATE storage/sessioncredentials.h storage/sessioncredentials.cpp)
