// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDevice>
#include <QString>

namespace casebench::privatefile {

/// Read and write for the owner only (0600): libraries, their companions, backups and exports
/// hold special-category personal data.
inline constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner
                                                      | QFileDevice::WriteOwner;

/// Creates `path` as a new, empty file that only its owner can read and write, whatever the umask.
/// Fails (returns false, with `error` set) when the file exists or cannot be made. SQLite gives a
/// database's write-ahead log and shared-memory file the database file's own permissions, so a
/// library created in such a file keeps all three private.
bool createEmpty(const QString &path, QString *error = nullptr);

/// Whether group or others may read the file (false when it does not exist).
[[nodiscard]] bool readableByOthers(const QString &path);

} // namespace casebench::privatefile
