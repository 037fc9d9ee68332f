// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace casebench::companionguard {

/// Marks, for as long as this process has a connection to the library file at `path`, that a
/// Casebench program is using it. The mark is an open-file-description lock on a byte SQLite
/// never locks: unlike SQLite's own POSIX locks it survives when this process (or a library it
/// uses, such as Qt's file-type detection) closes another descriptor of the file. One mark per
/// file per process, counted; release() drops it with the last connection.
/// Returns an opaque key for release() and othersPresent(); empty when the file cannot be marked.
[[nodiscard]] QString acquire(const QString &path);

/// The end of one connection of this process to the file marked under `key`.
void release(const QString &key);

/// Whether another process holds the mark on the file: another Casebench window or command is
/// using it, whatever SQLite's locks say. A connection closing while this is true must not
/// checkpoint and delete the write-ahead log and shared-memory file.
[[nodiscard]] bool othersPresent(const QString &key);

} // namespace casebench::companionguard
